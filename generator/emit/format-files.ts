import type { GeneratedFile } from "./generated-file.js";
import { PRETTIER_OPTIONS } from "./ts/layouts.js";
import { overWidth } from "./ts/over-width.js";
import { canonicalJson, canonicalMarkdown } from "./canonical-text.js";
import { fileBytes } from "../memo/content-hash.js";

/**
 * The final text of every file. TypeScript is final as the printer wrote it,
 * but for a file with a line over the width, which prettier formats (loaded
 * only then). JSON and Markdown are canonical as emitted (two-space JSON,
 * Markdown with unaligned tables, which keep diffs to the rows that change).
 * A file made as bytes is final as made (encoded-file.ts).
 */
export async function formatFiles(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      if (fileBytes(file) !== undefined) return file;
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
