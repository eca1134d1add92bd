import { format, version as prettierVersion, type Options } from "prettier";
import { memoKey, type Memo } from "../cache/memo.js";
import type { GeneratedFile } from "../emit/generated-file.js";
import { canonicalJson, canonicalMarkdown } from "./canonical-text.js";

/**
 * Prettier's options for TypeScript, all given here so that no .prettierrc or
 * editor setting can change the output: `--check` compares formatted text with
 * formatted text.
 */
export const PRETTIER_OPTIONS = {
  parser: "typescript",
  printWidth: 120,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
} as const satisfies Options;

/** What a cached result depends on besides the text: prettier's version and options. */
const FORMATTER = `prettier@${prettierVersion} ${JSON.stringify(PRETTIER_OPTIONS)}`;

/**
 * Formats every file. TypeScript goes through prettier, its results memoized
 * in `memo` by a hash of the formatter and the text, so a file is formatted
 * once whatever the number of runs: the output is the same with or without the
 * cache. JSON and Markdown are canonical as emitted (two-space JSON, Markdown
 * with unaligned tables, which keep diffs to the rows that change) and only
 * normalized.
 */
export async function formatFiles(files: readonly GeneratedFile[], memo: Memo | null = null): Promise<GeneratedFile[]> {
  return Promise.all(files.map((file) => formatFile(file, memo)));
}

async function formatFile(file: GeneratedFile, memo: Memo | null): Promise<GeneratedFile> {
  if (file.language === "json") return { ...file, content: canonicalJson(file.content) };
  if (file.language === "markdown") return { ...file, content: canonicalMarkdown(file.content) };
  const key = memoKey("format", FORMATTER, file.content);
  const cached = await memo?.get(key);
  if (cached !== undefined) return { ...file, content: cached };
  try {
    const content = await format(file.content, PRETTIER_OPTIONS);
    await memo?.set(key, content);
    return { ...file, content };
  } catch (error) {
    // A template produced invalid code: a generator bug, reported with the file it concerns.
    throw new Error(`cannot format generated ${file.path}: ${(error as Error).message}`, { cause: error });
  }
}
