// An operation's generated files in the memo, as two entries: the list of its
// files (path, language, SHA-256), small, read on every run; and their
// contents, read only when a run needs the text of one of them, which is
// when that file is written or shown in a diff. A run with one operation
// changed among a thousand reads a thousand lists and one or two contents,
// not every operation's files.

import type { GeneratedFile } from "./generated-file.js";
import { fileHash, sha256, vouchHash } from "../memo/content-hash.js";
import { memoKey, parseRemembered, type Memo } from "../memo/memo.js";

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
  const list: ListedFile[] = files.map((f) => ({
    path: f.path,
    language: f.language,
    ...(f.verbatim && { verbatim: true as const }),
    hash: fileHash(f),
  }));
  await memo.set(key, JSON.stringify(list));
}

/**
 * The files remembered under `key`, or undefined. With a memo that reads at
 * once (getNow), each file's content is read when first asked for; without,
 * now. A content is checked against its listed hash before it is given: a
 * damaged entry never becomes output.
 */
export async function rememberedFiles(memo: Memo, key: string): Promise<GeneratedFile[] | undefined> {
  const list = parseRemembered<ListedFile[]>(await memo.get(key));
  if (!isList(list)) return undefined;
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

function filesOf(list: readonly ListedFile[], contentAt: (index: number) => string): GeneratedFile[] {
  return list.map((entry, index) => {
    const file: GeneratedFile = {
      path: entry.path,
      language: entry.language,
      ...(entry.verbatim && { verbatim: true }),
      get content() {
        return contentAt(index);
      },
    };
    vouchHash(file, entry.hash);
    return file;
  });
}

/** Reads the contents once, when first needed; fails loudly if they are gone: the run then writes nothing. */
function contentsOf(list: readonly ListedFile[], read: () => string | undefined, key: string) {
  let texts: readonly string[] | undefined;
  return (index: number): string => {
    texts ??= checkedContents(list, read());
    if (texts === undefined)
      throw new Error(
        `the memo's entry ${contentsKey(key)} is missing or damaged (its files are removed while a run uses them?); run again with --no-cache`,
      );
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
