import { format, type Options } from "prettier";
import type { FileLanguage, GeneratedFile } from "../emit/generated-file.js";

/**
 * Prettier's options, all given here so that no .prettierrc or editor setting
 * can change the output: `--check` compares formatted text with formatted text.
 */
export const PRETTIER_OPTIONS = {
  printWidth: 120,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  proseWrap: "preserve",
  endOfLine: "lf",
} as const satisfies Options;

const PARSERS: Record<FileLanguage, string> = { typescript: "typescript", markdown: "markdown", json: "json" };

export async function formatFile(file: GeneratedFile): Promise<GeneratedFile> {
  try {
    const content = await format(file.content, { ...PRETTIER_OPTIONS, parser: PARSERS[file.language], filepath: file.path });
    return { ...file, content };
  } catch (error) {
    // A template produced invalid code: a generator bug, reported with the file it concerns.
    throw new Error(`cannot format generated ${file.path}: ${(error as Error).message}`, { cause: error });
  }
}

export const formatFiles = (files: readonly GeneratedFile[]): Promise<GeneratedFile[]> => Promise.all(files.map(formatFile));
