import { createHash } from "node:crypto";
import { compareText } from "../rules/code-point-order.js";

/**
 * The record of what the generator wrote, kept in the output folder: every
 * generated path with the SHA-256 of its content. A file is the generator's
 * to replace or remove because it is listed here, not because it quotes the
 * generated header (a hand-written note may quote it too).
 */
export const MANIFEST_FILE = ".manifest.json";

export interface Manifest {
  readonly files: ReadonlyMap<string, string>;
}

export const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** The manifest of a set of files, as its file holds it: sorted, deterministic. */
export function manifestText(files: readonly { readonly path: string; readonly content: string }[]): string {
  const entries = [...files]
    .sort((a, b) => compareText(a.path, b.path))
    .map((f) => [f.path, sha256(f.content)] as const);
  const record = {
    about: "Files written by `npm run generate`, with their SHA-256: only these are ever replaced or removed.",
    files: Object.fromEntries(entries),
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** The manifest in `text`, or undefined when it is not one (then files are recognised by their header, once). */
export function parseManifest(text: string | undefined): Manifest | undefined {
  if (text === undefined) return undefined;
  try {
    const files = (JSON.parse(text) as { files?: unknown }).files;
    if (typeof files !== "object" || files === null) return undefined;
    return { files: new Map(Object.entries(files).filter((e): e is [string, string] => typeof e[1] === "string")) };
  } catch {
    return undefined;
  }
}

/** Temporary files of earlier versions of the write stage, left by a killed run: `a.ts.1234.tmp`. */
const LEFTOVER = /^(.+)\.\d+\.tmp$/;

export interface Ownership {
  /** Files of the generator, by path, with their content. */
  readonly owned: Map<string, string>;
  /** Leftovers of a killed run of an earlier version, to clean up. */
  readonly leftovers: string[];
  /** Files that someone else put there: never removed nor replaced. */
  readonly foreign: string[];
}

/**
 * Which files of the output folder are the generator's. With a manifest, those
 * it lists; without one (a folder written before manifests existed), those
 * that carry the generated header, adopted once: the next run writes a manifest.
 */
export function ownership(
  onDisk: ReadonlyMap<string, string>,
  manifest: Manifest | undefined,
  produced: ReadonlySet<string>,
  hasHeader: (text: string) => boolean,
): Ownership {
  const owned = new Map<string, string>();
  const leftovers: string[] = [];
  const foreign: string[] = [];
  const isOwned = (rel: string, text: string): boolean => (manifest ? manifest.files.has(rel) : hasHeader(text));
  for (const [rel, text] of onDisk) {
    if (rel === MANIFEST_FILE) continue;
    const leftover = LEFTOVER.exec(rel)?.[1];
    if (isOwned(rel, text)) owned.set(rel, text);
    else if (leftover !== undefined && (produced.has(leftover) || owned.has(leftover) || manifest?.files.has(leftover)))
      leftovers.push(rel);
    else foreign.push(rel);
  }
  return { owned, leftovers, foreign };
}
