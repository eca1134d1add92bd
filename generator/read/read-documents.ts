// The second half of the read stage: the texts of a spec input turned into
// located documents, each parsed here and only here. Parsing YAML with
// positions is the costliest part of reading a spec, so a file whose text
// parsed cleanly before is taken from the memo as data; its places are found
// from its text only if a diagnostic asks for one.

import path from "node:path";
import { generatorFingerprint } from "../memo/fingerprint.js";
import { memoKey, type Memo } from "../memo/memo.js";
import { parseRemembered } from "../memo/parsed-once.js";
import { readPage, type PageReading } from "./page/read-page.js";
import { parsedFromMemo, parseSpecFile, type ParsedFile } from "./parse-spec-file.js";
import type { SpecFile, SpecInput } from "./spec-files.js";
import { textKey } from "./text-key.js";

/** The spec as the later stages see it. */
export interface SpecDocuments {
  readonly input: SpecInput;
  /** Every YAML file of the input, in its order: data, places, and what parsing found. */
  readonly documents: readonly ParsedFile[];
  /** Every saved page (sources/*.page.txt) read into its page model, by path relative to the spec directory. */
  readonly pages: ReadonlyMap<string, PageReading>;
}

/** How a file no memo gives is parsed: parseSpecFile, unless the process put another in its place. */
let parseFile: (file: SpecFile) => ParsedFile = parseSpecFile;

/**
 * Puts `parser` in parseSpecFile's place in this process, for one that parses
 * the same texts again and again (the tests share parses by text:
 * test/support/shared-parses.ts). It must give what parseSpecFile gives.
 */
export function useParser(parser: (file: SpecFile) => ParsedFile): void {
  parseFile = parser;
}

export async function readDocuments(input: SpecInput, memo: Memo | null = null): Promise<SpecDocuments> {
  const documents = await Promise.all(input.files.map((file) => parseOnce(file, memo)));
  return { input, documents, pages: readPages(input) };
}

async function parseOnce(file: SpecFile, memo: Memo | null): Promise<ParsedFile> {
  // Bytes that are not clean text may decode to the text of a clean file: such a file never goes through the memo.
  if (!memo || file.textProblem || file.kind === "unexpected") return parseFile(file);
  const key = memoKey("parse", generatorFingerprint(), file.kind, textKey(file));
  const data = parseRemembered<unknown>(await memo.get(key));
  if (data !== undefined) return parsedFromMemo(file, data);
  const parsed = parseFile(file);
  if (parsed.diagnostics.length === 0) await memo.set(key, JSON.stringify(parsed.data));
  return parsed;
}

/** Diagnostics name a page as the spec's files are named. */
function readPages(input: SpecInput): Map<string, PageReading> {
  const pages = new Map<string, PageReading>();
  for (const [relPath, text] of input.pages ?? [])
    pages.set(relPath, readPage(text, path.posix.join(input.displayRoot, relPath)));
  return pages;
}
