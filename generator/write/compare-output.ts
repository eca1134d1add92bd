import { createTwoFilesPatch } from "diff";
import type { GeneratedFile } from "../emit/generated-file.js";
import { compareText } from "../rules/code-point-order.js";
import { fileHash } from "../memo/content-hash.js";
import { manifestText } from "./manifest.js";
import type { OutputFile, OutputState } from "./output-state.js";

export type OutputChangeKind = "added" | "changed" | "removed";

export interface OutputChange {
  readonly path: string;
  readonly kind: OutputChangeKind;
  /** What is on disk now, null when absent. */
  readonly before: string | null;
  /** What the spec gives, null when the file should go. */
  readonly after: string | null;
  /** The file on disk is not what the generator wrote there (its manifest hash): edited since, by hand or by another program. */
  readonly edited?: boolean;
}

export interface OutputPlan {
  /** What differs between the folder and the files the spec gives, by path; the manifest apart. */
  readonly changes: readonly OutputChange[];
  /** Files of the folder that the manifest does not list: not the generator's to replace or remove. */
  readonly foreign: readonly string[];
  /** SHA-256 of each new file's content. */
  readonly hashes: ReadonlyMap<string, string>;
  /** The manifest of the new files, and whether the folder's differs from it. */
  readonly manifestText: string;
  readonly manifestChanged: boolean;
}

/**
 * What writing `files` would change in the folder, by comparing hashes: a new
 * file's with what its path holds. A changed or removed file's old text is
 * read only if asked for (a diff).
 */
export function planOutput(
  state: OutputState,
  files: readonly GeneratedFile[],
  hashAt?: (rel: string, offset: number) => void,
): OutputPlan {
  const hashes = new Map<string, string>();
  const changes: OutputChange[] = [];
  const edited = (rel: string, hash: string) => {
    const written = state.manifest?.get(rel);
    return written !== undefined && written !== hash;
  };
  for (const file of files) {
    const hashed = fileHash(file);
    hashes.set(file.path, hashed);
    const now = state.files.get(file.path);
    if (now === undefined) changes.push(lazyChange(file.path, "added", null, file, false));
    else if (now.hash !== hashed)
      changes.push(lazyChange(file.path, "changed", now, file, edited(file.path, now.hash)));
  }
  for (const [rel, now] of state.files) {
    if (!hashes.has(rel)) changes.push(lazyChange(rel, "removed", now, null, edited(rel, now.hash)));
  }
  const text = manifestText(hashes, hashAt);
  return {
    changes: changes.sort((a, b) => compareText(a.path, b.path)),
    foreign: [...state.files.keys()].filter((rel) => !state.manifest?.has(rel)),
    hashes,
    manifestText: text,
    manifestChanged: state.manifestText !== text,
  };
}

/**
 * A change whose texts are taken only when asked for: a diff needs them, a
 * write needs only the new one, as bytes when the file was made so
 * (openapi.json alone is megabytes).
 */
export function lazyChange(
  path: string,
  kind: OutputChangeKind,
  now: OutputFile | null,
  file: GeneratedFile | null,
  edited: boolean,
): OutputChange {
  let before: string | undefined;
  return {
    path,
    kind,
    get before() {
      if (now === null) return null;
      before ??= now.text();
      return before;
    },
    get after() {
      return file === null ? null : file.content;
    },
    ...(now !== null && { edited }),
  };
}

/** A unified diff from what is on disk to what the spec gives, paths prefixed with the output directory. */
export function unifiedDiff(changes: readonly OutputChange[], outLabel: string): string {
  return changes
    .map((c) =>
      createTwoFilesPatch(
        c.before === null ? "/dev/null" : `a/${outLabel}/${c.path}`,
        c.after === null ? "/dev/null" : `b/${outLabel}/${c.path}`,
        c.before ?? "",
        c.after ?? "",
        undefined,
        undefined,
        { context: 3 },
      ).replace(/^=+\n/, ""),
    )
    .join("");
}
