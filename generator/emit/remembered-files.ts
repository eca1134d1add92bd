// An operation's generated files in the memo, as two entries: the list of its
// files (path, language, SHA-256), small, read on every run; and their
// contents, read only when a run needs the text of one of them, which is
// when that file is written or shown in a diff. A run with one operation
// changed among a thousand reads a thousand lists and one or two contents,
// not every operation's files.
//
// The files that span operations are few and large (openapi.json is megabytes):
// each content is an entry of its own, its text as it is under the key of its
// hash (rememberFilesApart), which spares JSON-escaping it on the way in and
// parsing it on the way out.

import type { GeneratedFile } from "./generated-file.js";
import { fileBytes, fileHash, sha256, VOUCHED_HASH } from "../memo/content-hash.js";
import { memoKey, type Memo } from "../memo/memo.js";
import { parseRemembered } from "../memo/parsed-once.js";

interface ListedFile {
  readonly path: string;
  readonly language: GeneratedFile["language"];
  readonly verbatim?: true;
  readonly hash: string;
}

const contentsKey = (key: string): string => memoKey("contents", key);

/** Remembers `files` under `key`: the contents first, so that a list is never found without them. */
export async function rememberFiles(memo: Memo, key: string, files: readonly GeneratedFile[]): Promise<void> {
  await memo.set(contentsKey(key), JSON.stringify(files.map((f) => f.content)));
  await memo.set(key, JSON.stringify(listOf(files)));
}

/**
 * The files remembered under `key`, or undefined. With a memo that reads at
 * once (getNow), each file's content is read when first asked for; without,
 * now. A content is checked against its listed hash before it is given: a
 * damaged entry never becomes output.
 */
export async function rememberedFiles(memo: Memo, key: string): Promise<GeneratedFile[] | undefined> {
  return listedFiles(memo, key, parseRemembered<unknown>(await memo.get(key)));
}

/**
 * The files of a list remembered under `key` and read from elsewhere (the
 * store of every operation's pieces and list, piece-store.ts), or undefined
 * when it is not a list; their contents read as rememberedFiles reads them.
 */
/**
 * Says that a run uses the files listed under `key` again (an operation's
 * output a --watch run kept as the run before left it): their contents are
 * read from the memo when a write or a diff needs them.
 */
export function retainListed(memo: Memo, key: string): void {
  memo.retain?.(key);
  memo.retain?.(contentsKey(key));
}

export async function listedFiles(memo: Memo, key: string, list: unknown): Promise<GeneratedFile[] | undefined> {
  if (!isList(list)) return undefined;
  retainListed(memo, key);
  if (memo.getNow) {
    const getNow = memo.getNow.bind(memo);
    return filesOf(
      list,
      contentsOf(list, () => getNow(contentsKey(key)), key),
    );
  }
  const texts = checkedContents(list, await memo.get(contentsKey(key)));
  return texts && filesOf(list, (i) => texts[i] as string);
}

const fileKey = (hash: string): string => memoKey("file", hash);

/** Remembers `files` under `key`, each content apart under its hash, before the list. */
export async function rememberFilesApart(memo: Memo, key: string, files: readonly GeneratedFile[]): Promise<void> {
  const list = listOf(files);
  for (const [i, file] of files.entries()) {
    const key = fileKey(list[i]?.hash as string);
    const bytes = fileBytes(file);
    await (bytes && memo.setBytes ? memo.setBytes(key, bytes) : memo.set(key, file.content));
  }
  await memo.set(key, JSON.stringify(list));
}

/** The files remembered by rememberFilesApart, or undefined; as rememberedFiles, each content read when first asked for, and checked. */
export async function rememberedFilesApart(memo: Memo, key: string): Promise<GeneratedFile[] | undefined> {
  const list = parseRemembered<ListedFile[]>(await memo.get(key));
  if (!isList(list)) return undefined;
  const checked = (hash: string, text: string | undefined) =>
    text !== undefined && sha256(text) === hash ? text : undefined;
  if (memo.getNow) {
    const getNow = memo.getNow.bind(memo);
    for (const { hash } of list) memo.retain?.(fileKey(hash));
    return filesOf(list, (index) => {
      const { hash } = list[index] as ListedFile;
      const text = checked(hash, getNow(fileKey(hash)));
      if (text === undefined) throw gone(fileKey(hash));
      return text;
    });
  }
  const texts: string[] = [];
  for (const { hash } of list) {
    const text = checked(hash, await memo.get(fileKey(hash)));
    if (text === undefined) return undefined;
    texts.push(text);
  }
  return filesOf(list, (i) => texts[i] as string);
}

/** What the memo lists of each file: its path, language and hash (JSON data). */
export const listOf = (files: readonly GeneratedFile[]): ListedFile[] =>
  files.map((f) => ({
    path: f.path,
    language: f.language,
    ...(f.verbatim && { verbatim: true as const }),
    hash: fileHash(f),
  }));

/** A content a list names and the memo no longer holds, read after the run began: the run stops before writing. */
const gone = (entry: string): Error =>
  new Error(
    `the memo's entry ${entry} is missing or damaged (its files are removed while a run uses them?); run again with --no-cache`,
  );

function filesOf(list: readonly ListedFile[], contentAt: (index: number) => string): GeneratedFile[] {
  return list.map((entry, index) => new ListedGeneratedFile(entry, index, contentAt));
}

/**
 * A file the memo lists, its content read when first asked for, and its hash
 * the one listed (checked when the content is read). A class, not an object
 * with a getter of its own: a run makes one for each of some ten thousand
 * files, and an object literal with a getter costs a call into the engine and
 * a closure each. Its hash is vouched through the prototype (VOUCHED_HASH), so
 * a copy (`{ ...file, content }`) carries neither the content nor the hash.
 */
class ListedGeneratedFile implements GeneratedFile {
  readonly path: string;
  readonly language: GeneratedFile["language"];
  readonly verbatim?: boolean;
  readonly #hash: string;
  readonly #index: number;
  readonly #contentAt: (index: number) => string;

  constructor(entry: ListedFile, index: number, contentAt: (index: number) => string) {
    this.path = entry.path;
    this.language = entry.language;
    if (entry.verbatim) this.verbatim = true;
    this.#hash = entry.hash;
    this.#index = index;
    this.#contentAt = contentAt;
  }

  get content(): string {
    return this.#contentAt(this.#index);
  }

  get [VOUCHED_HASH](): string {
    return this.#hash;
  }
}

/** Reads the contents once, when first needed; fails loudly if they are gone: the run then writes nothing. */
function contentsOf(list: readonly ListedFile[], read: () => string | undefined, key: string) {
  let texts: readonly string[] | undefined;
  return (index: number): string => {
    texts ??= checkedContents(list, read());
    if (texts === undefined) throw gone(contentsKey(key));
    return texts[index] as string;
  };
}

function checkedContents(list: readonly ListedFile[], text: string | undefined): readonly string[] | undefined {
  const texts = parseRemembered<unknown>(text);
  if (!Array.isArray(texts) || texts.length !== list.length) return undefined;
  return texts.every((t, i) => typeof t === "string" && sha256(t) === list[i]?.hash) ? (texts as string[]) : undefined;
}

function isList(value: unknown): value is ListedFile[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e: Partial<ListedFile> | null) =>
        typeof e === "object" && e !== null && typeof e.path === "string" && typeof e.hash === "string",
    )
  );
}
