// An operation's generated files in the memo, as two entries: the list of its
// files (path, language, SHA-256, length in bytes), small, read on every run;
// and their contents, the UTF-8 bytes of each file one after the other (cut
// apart by the lengths listed; no JSON escaping on the way in, no parsing on
// the way out), read only when a run needs one of them, which is when that
// file is written or shown in a diff. A run with one operation changed among
// a thousand reads a thousand lists and one or two contents, not every
// operation's files.
//
// The files that span operations are few and large (openapi.json is megabytes):
// each content is an entry of its own, its text as it is under the key of its
// hash (rememberFilesApart), which spares JSON-escaping it on the way in and
// parsing it on the way out.

import type { GeneratedFile } from "./generated-file.js";
import { fileBytes, sha256 } from "../memo/content-hash.js";
import { keepsInMemory } from "../memo/kept-in-memory.js";
import { entryLost } from "../memo/lost-entries.js";
import type { Memo } from "../memo/memo.js";
import { memoKey } from "../memo/memo-key.js";
import { checkedText } from "../memo/checked-text.js";
import { parseRemembered } from "../memo/parsed-once.js";
import { filesAsBytes } from "./files-as-bytes.js";
import { cutApart, filesOf, hasLength, isList, listOf, type ListedFile } from "./listed-file.js";

/** The key of the entry holding the contents of the files listed under `key`. */
export const contentsKey = (key: string): string => memoKey("contents", key);

/**
 * Remembers `files` under `key`: the contents first, so that a list is never
 * found without them (nor written when they could not be). Gives the files as bytes (files-as-bytes.ts), to be used
 * in their place: the bytes remembered are those then hashed and written.
 */
export async function rememberFiles(
  memo: Memo,
  key: string,
  files: readonly GeneratedFile[],
): Promise<GeneratedFile[]> {
  const made = rememberFilesMeanwhile(memo, key, files);
  await made.written;
  return made.files;
}

/**
 * The same, the files as bytes given at once and their entries written
 * meanwhile (`written` settles once both are, false when the contents could
 * not be stored): a first run emits the next operation while the disk takes
 * this one's, where it waited for each write.
 */
export function rememberFilesMeanwhile(
  memo: Memo,
  key: string,
  files: readonly GeneratedFile[],
): { readonly files: GeneratedFile[]; readonly written: Promise<boolean> } {
  const made = filesAsBytes(files);
  const list = checkedText(JSON.stringify(listOf(made.files)));
  // A memo kept in memory (--watch) keeps texts, not bytes: the contents stay at hand though the disk take none.
  const contents =
    memo.setBytes && !keepsInMemory(memo)
      ? memo.setBytes(contentsKey(key), made.parts)
      : memo.set(contentsKey(key), Buffer.concat(made.parts).toString("utf8"));
  return {
    files: made.files,
    written: contents.then(async (stored) => {
      if (stored === false) return false;
      await memo.set(key, list);
      return true;
    }),
  };
}

/**
 * The files remembered under `key`, or undefined. With a memo that reads at
 * once (getNow), each file's content is read when first asked for; without,
 * or with `readNow`, now. A content is checked against its listed hash before
 * it is given: a damaged entry never becomes output. `readNow`: the run's
 * (lost-entries.ts), for a run that must find a lost content a miss, not an
 * error once the files are given.
 */
export async function rememberedFiles(memo: Memo, key: string, readNow = false): Promise<GeneratedFile[] | undefined> {
  return listedFiles(memo, key, parseRemembered<unknown>(await memo.get(key)), readNow);
}

/**
 * Says that a run uses the files listed under `key` again (an operation's
 * output a --watch run kept as the run before left it): their contents are
 * read from the memo when a write or a diff needs them.
 */
export function retainListed(memo: Memo, key: string): void {
  memo.retain?.(key);
  memo.retain?.(() => contentsKey(key));
}

/**
 * The files of a list remembered under `key` and read from elsewhere (the
 * store of every operation's pieces and list, piece-store.ts), or undefined
 * when it is not a list; their contents read as rememberedFiles reads them.
 */
export async function listedFiles(
  memo: Memo,
  key: string,
  list: unknown,
  readNow = false,
): Promise<GeneratedFile[] | undefined> {
  if (!isList(list) || !list.every(hasLength)) return undefined;
  retainListed(memo, key);
  if (memo.getNow && !readNow) {
    const getNow = memo.getNow.bind(memo);
    return filesOf(
      list,
      contentsOf(list, () => bytesNow(getNow, contentsKey(key)), key),
    );
  }
  // Read now: by a memo that cannot read later, or after an entry read later was found lost (lost-entries.ts).
  const entry = memo.getBytes ? memo.getBytes(contentsKey(key)) : encoded(await memo.get(contentsKey(key)));
  const contents = cutApart(list, entry);
  return contents && filesOf(list, (i) => contents[i] as Uint8Array);
}

/**
 * An entry as bytes, read at once (by a memo that reads at once): its text,
 * read as every entry but the store of pieces is (a process kept in memory
 * holds the texts it read), encoded. Read only for a file written or shown in
 * a diff.
 */
const bytesNow = (getNow: (key: string) => string | undefined, key: string): Uint8Array | undefined =>
  encoded(getNow(key));

const encoded = (text: string | undefined): Uint8Array | undefined =>
  text === undefined ? undefined : Buffer.from(text, "utf8");

const fileKey = (hash: string): string => memoKey("file", hash);

/** Remembers `files` under `key`, each content apart under its hash, before the list. */
export async function rememberFilesApart(memo: Memo, key: string, files: readonly GeneratedFile[]): Promise<void> {
  const list = listOf(files);
  for (const [i, file] of files.entries()) {
    const key = fileKey(list[i]?.hash as string);
    const bytes = fileBytes(file);
    const stored = await (bytes && memo.setBytes ? memo.setBytes(key, bytes) : memo.set(key, file.content));
    if (stored === false) return;
  }
  await memo.set(key, checkedText(JSON.stringify(list)));
}

/** The files remembered by rememberFilesApart, or undefined; as rememberedFiles, each content read when first asked for (unless `readNow`), and checked. */
export async function rememberedFilesApart(
  memo: Memo,
  key: string,
  readNow = false,
): Promise<GeneratedFile[] | undefined> {
  const list = parseRemembered<ListedFile[]>(await memo.get(key));
  if (!isList(list)) return undefined;
  const checked = (hash: string, bytes: Uint8Array | undefined) =>
    bytes !== undefined && sha256(bytes) === hash ? bytes : undefined;
  if (memo.getNow && !readNow) {
    const getNow = memo.getNow.bind(memo);
    for (const { hash } of list) memo.retain?.(fileKey(hash));
    return filesOf(list, (index) => {
      const { hash } = list[index] as ListedFile;
      const bytes = checked(hash, bytesNow(getNow, fileKey(hash)));
      if (bytes === undefined) throw entryLost(fileKey(hash));
      return bytes;
    });
  }
  const contents: Uint8Array[] = [];
  for (const { hash } of list) {
    const key = fileKey(hash);
    const bytes = checked(hash, memo.getBytes ? memo.getBytes(key) : encoded(await memo.get(key)));
    if (bytes === undefined) return undefined;
    contents.push(bytes);
  }
  return filesOf(list, (i) => contents[i] as Uint8Array);
}

/**
 * Reads the contents once, when first needed. Should they be gone or damaged by then, the run stops before it writes
 * anything, and is run again with every content read when looked up (lost-entries.ts), where a lost one is a miss.
 */
function contentsOf(list: readonly ListedFile[], read: () => Uint8Array | undefined, key: string) {
  let contents: readonly Uint8Array[] | undefined;
  return (index: number): Uint8Array => {
    contents ??= cutApart(list, read());
    if (contents === undefined) throw entryLost(contentsKey(key));
    return contents[index] as Uint8Array;
  };
}
