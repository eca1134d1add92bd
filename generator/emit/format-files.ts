import type { Options } from "prettier";
import type { GeneratedFile } from "./generated-file.js";
import { PRINT_WIDTH } from "./ts/ts-file.js";
import { canonicalJson, canonicalMarkdown } from "./canonical-text.js";

/**
 * prettier's options, all given here so that no .prettierrc or editor setting
 * can change the output. The printer of generated TypeScript lays out its text
 * with the same width and indentation; a test holds every generated file to
 * prettier with these options.
 */
export const PRETTIER_OPTIONS = {
  parser: "typescript",
  printWidth: PRINT_WIDTH,
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

/** Lines prettier cannot break either: comments, and a string literal alone on its line. */
const UNBREAKABLE = /^\s*(\/\/|\/\*\*|\*|"(?:[^"\\]|\\.)*",?;?$|'(?:[^'\\]|\\.)*',?;?$)/;

/**
 * A longer code line is a shape the printer does not break (a very long
 * name): prettier lays out that file instead.
 */
export const overWidth = (text: string): boolean =>
  text.split("\n").some((line) => line.length > PRINT_WIDTH && !UNBREAKABLE.test(line));

/**
 * The final text of every file. TypeScript is final as the printer wrote it,
 * but for a file with a line over the width, which prettier formats (loaded
 * only then). JSON and Markdown are canonical as emitted (two-space JSON,
 * Markdown with unaligned tables, which keep diffs to the rows that change).
 */
export async function formatFiles(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      switch (file.language) {
        case "json":
          return { ...file, content: canonicalJson(file.content) };
        case "markdown":
          return { ...file, content: canonicalMarkdown(file.content) };
        case "typescript":
          return !file.verbatim && overWidth(file.content) ? { ...file, content: await prettierFormat(file) } : file;
      }
    }),
  );
}

async function prettierFormat(file: GeneratedFile): Promise<string> {
  const prettier = await import("prettier");
  try {
    return await prettier.format(file.content, { ...PRETTIER_OPTIONS, filepath: file.path });
  } catch (error) {
    // The printer produced invalid code: a generator bug, reported with the file it concerns.
    throw new Error(`cannot format generated ${file.path}: ${(error as Error).message}`, { cause: error });
  }
}
