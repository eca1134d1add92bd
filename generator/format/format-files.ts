import type { Options } from "prettier";
import { prettierVersion } from "../cache/fingerprint.js";
import { memoKey, type Memo } from "../cache/memo.js";
import type { GeneratedFile } from "../emit/generated-file.js";
import { canonicalJson, canonicalMarkdown } from "./canonical-text.js";
import { FormatError, formatMany } from "./prettier-pool.js";

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
 * memo. JSON and Markdown are canonical as emitted (two-space JSON, Markdown
 * with unaligned tables, which keep diffs to the rows that change) and only
 * normalized.
 */
export async function formatFiles(files: readonly GeneratedFile[], memo: Memo | null = null): Promise<GeneratedFile[]> {
  const out = files.map((file) =>
    file.language === "json"
      ? { ...file, content: canonicalJson(file.content) }
      : file.language === "markdown"
        ? { ...file, content: canonicalMarkdown(file.content) }
        : file,
  );
  const typescript = out.flatMap((file, index) => (file.language === "typescript" ? [{ file, index, key: memoKey("format", FORMATTER, file.content) }] : []));
  const remembered = await Promise.all(typescript.map((t) => memo?.get(t.key)));
  const missing = typescript.filter((_, i) => remembered[i] === undefined);
  let formatted: string[];
  try {
    formatted = await formatMany(missing.map((t) => t.file.content), PRETTIER_OPTIONS);
  } catch (error) {
    // A template produced invalid code: a generator bug, reported with the file it concerns.
    const file = error instanceof FormatError ? missing[error.index]?.file.path : undefined;
    throw new Error(`cannot format generated ${file ?? "TypeScript"}: ${(error as Error).message}`, { cause: error });
  }
  typescript.forEach((t, i) => {
    const content = remembered[i];
    if (content !== undefined) out[t.index] = { ...t.file, content };
  });
  await Promise.all(
    missing.map(async (t, i) => {
      const content = formatted[i] ?? "";
      out[t.index] = { ...t.file, content };
      await memo?.set(t.key, content);
    }),
  );
  return out;
}
