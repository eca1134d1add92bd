// The second half of the read stage: the texts of a spec input turned into
// located documents, each parsed here and only here. Parsing YAML with
// positions is the costliest part of reading a spec, so a file whose text
// parsed cleanly before is taken from the memo as data; its places are found
// from its text only if a diagnostic asks for one.

import path from "node:path";
import { checkedText, textIfWhole } from "../memo/checked-text.js";
import { collectWrite, failingAfterWrites, writesEnded } from "../memo/collected-writes.js";
import { generatorFingerprint } from "../memo/fingerprint.js";
import type { Memo } from "../memo/memo.js";
import { memoKey } from "../memo/memo-key.js";
import { parsedOnce } from "../memo/parsed-once.js";
import { readPage, type PageReading } from "./page/read-page.js";
import { parsedFromMemo, parseSpecFile, type ParsedFile } from "./parse-spec-file.js";
import type { SpecFile, SpecInput } from "./spec-files.js";
import { shareWork } from "../threads/share-work.js";
import { knownKeys } from "./field-key-places.js";
import {
  PARSE_THREAD_SHARE,
  plainFile,
  type ParsedElsewhere,
  type ParseThreads,
  type ParseWork,
} from "./parse-threads.js";
import { rememberedData, rememberedDataText } from "./remembered-data.js";
import { SourceMap } from "./source-map.js";
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

/** How a saved page is read: readPage, unless the process put another in its place. */
let readSavedPage: (text: string, file: string) => PageReading = readPage;

/**
 * Puts `reader` in readPage's place in this process, for one that reads the
 * same pages again and again (the tests share readings by text, as they share
 * parses). It must give what readPage gives.
 */
export function usePageReader(reader: (text: string, file: string) => PageReading): void {
  readSavedPage = reader;
}

/**
 * `threads`: whether the files may be parsed on two threads (parse-threads.ts);
 * on this one alone by default. `later`: the operation files known to parse
 * cleanly (their text passed its checks in a run before: the memo has its
 * facts, validate/remembered-facts.ts), each read from the memo only when its
 * data is first asked for (readLater).
 */
export async function readDocuments(
  input: SpecInput,
  memo: Memo | null = null,
  threads: ParseThreads | null = null,
  later: ((file: SpecFile) => boolean) | null = null,
): Promise<SpecDocuments> {
  const { files } = input;
  const found = await Promise.all(files.map((file) => fromMemo(file, memo, later)));
  const missing = found.flatMap((f, i) => ("file" in f ? [] : [i]));
  // Filled in place: each file the memo does not give is parsed below.
  const documents = found as ParsedFile[];
  const fileAt = (j: number) => files[missing[j] as number] as SpecFile;
  const second =
    threads && missing.length >= threads.atLeast && parseFile === parseSpecFile
      ? {
          source: new URL("./parse-thread.ts", import.meta.url),
          data: (first: number, claims: Int32Array): ParseWork => ({
            files: missing.slice(first).map((i) => plainFile(files[i] as SpecFile)),
            first,
            claims,
          }),
          share: PARSE_THREAD_SHARE,
        }
      : null;
  // The memo's entries of the files parsed, written while the next are parsed, all made before the read ends.
  const written: Promise<unknown>[] = [];
  // A parse that failed: the entries begun end before its error goes on.
  await failingAfterWrites(written, () =>
    shareWork<ParsedFile | ParsedElsewhere | null>(
      missing.length,
      async (j) => parseFile(fileAt(j)),
      second,
      (j, made) => {
        const i = missing[j] as number;
        const { key } = found[i] as { key?: string };
        documents[i] = parsedAnew(fileAt(j), made, memo && key !== undefined ? { memo, key, written } : null);
      },
    ),
  );
  await writesEnded(written);
  return { input, documents, pages: readPages(input) };
}

/** A file as the memo gives it; else the key to remember it under, if it may be remembered. */
async function fromMemo(
  file: SpecFile,
  memo: Memo | null,
  later: ((file: SpecFile) => boolean) | null,
): Promise<ParsedFile | { readonly key?: string }> {
  // Bytes that are not clean text may decode to the text of a clean file: such a file never goes through the memo.
  if (!memo || file.textProblem || file.kind === "unexpected") return {};
  if (memo.getNow && file.kind === "operation" && later?.(file)) return readLater(file, memo);
  const key = parseKey(file);
  const data = remembered(file, await memo.get(key), memo);
  return data === undefined ? { key } : parsedFromMemo(file, data);
}

/**
 * The data of a file's entry (checkedText of rememberedDataText), undefined when there is none or its hash does not
 * hold; a message of it that does not parse is taken anew.
 */
const remembered = (file: SpecFile, entry: string | undefined, memo: Memo): unknown =>
  entry === undefined ? undefined : parsedOnce(entry, (e) => dataIfWhole(textIfWhole(e), file, memo));

const dataIfWhole = (text: string | undefined, file: SpecFile, memo: Memo): unknown =>
  text === undefined ? undefined : rememberedData(text, () => parsedAgain(file, memo));

/**
 * The data of a file whose entry was found lost or damaged after the read
 * stage had ended (its data read lazily): parsed anew, and the entry written
 * again at once, so that the next runs read it rather than parse the file
 * each time. Not when it has diagnostics: only a clean file is remembered.
 */
function parsedAgain(file: SpecFile, memo: Memo): unknown {
  const parsed = parseFile(file);
  if (parsed.diagnostics.length === 0) memo.setNow?.(parseKey(file), checkedText(rememberedDataText(parsed.data)));
  return parsed.data;
}

const parseKey = (file: SpecFile): string => memoKey("parse", generatorFingerprint(), file.kind, textKey(file));

/**
 * An operation file known to parse cleanly, its data read from the memo when
 * first asked for: after one edit among a thousand operations, the checks and
 * the model take the others from their facts, and their data is read only
 * where a stage asks for it. Its entry is retained (pruning keeps it); should
 * it be gone or damaged by then, the text is parsed again, and the entry
 * written again (parsedAgain).
 */
function readLater(file: SpecFile, memo: Memo): ParsedFile {
  memo.retain?.(() => parseKey(file));
  let data: { readonly value: unknown } | undefined;
  return {
    file,
    get data() {
      data ??= { value: remembered(file, memo.getNow?.(parseKey(file)), memo) ?? parsedAgain(file, memo) };
      return data.value;
    },
    map: new SourceMap(file.displayPath, file),
    diagnostics: [],
    later: true,
  };
}

/**
 * A file parsed by this thread, or by the second one: its data as the memo
 * keeps it (remembered-data.ts) and its key places when it parsed
 * cleanly, null when it did not (parsed again here, for its diagnostics).
 * Remembered under `key` when clean, the write added to `written` rather than
 * waited for.
 */
function parsedAnew(
  file: SpecFile,
  made: ParsedFile | ParsedElsewhere | null,
  remember: { readonly memo: Memo; readonly key: string; readonly written: Promise<unknown>[] } | null,
): ParsedFile {
  const set = (text: string) => {
    if (remember) collectWrite(remember.written, remember.memo.set(remember.key, checkedText(text)));
  };
  if (made && "keys" in made) {
    set(made.data);
    return parsedFromMemo(
      file,
      rememberedData(made.data, () => parseFile(file).data),
      knownKeys(made.keys),
    );
  }
  const parsed = made ?? parseFile(file);
  if (remember && parsed.diagnostics.length === 0) set(rememberedDataText(parsed.data));
  return parsed;
}

/** Diagnostics name a page as the spec's files are named. */
function readPages(input: SpecInput): Map<string, PageReading> {
  const pages = new Map<string, PageReading>();
  for (const [relPath, text] of input.pages ?? [])
    pages.set(relPath, readSavedPage(text, path.posix.join(input.displayRoot, relPath)));
  return pages;
}
