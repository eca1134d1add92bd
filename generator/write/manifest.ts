import { compareText } from "../rules/code-point-order.js";

/**
 * The record of what the generator wrote, kept in the output folder and
 * committed with it: every generated path with the SHA-256 of its content. A
 * file is the generator's to replace or remove because it is listed here, not
 * because it quotes the generated header (a hand-written note may quote it
 * too). Its hashes say what each file held when it was written: a file whose
 * content hashes otherwise was edited since.
 */
export const MANIFEST_FILE = ".manifest.json";

/** The manifest of files given by path and SHA-256, as its file holds it: sorted, deterministic. */
export function manifestText(hashes: ReadonlyMap<string, string>): string {
  const entries = [...hashes].sort(([a], [b]) => compareText(a, b));
  const record = {
    about: "Files written by `npm run generate`, with their SHA-256: only these are ever replaced or removed.",
    files: Object.fromEntries(entries),
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** The files a manifest lists, with their SHA-256; undefined when `text` is not a manifest. */
export function parseManifest(text: string): Map<string, string> | undefined {
  try {
    const files = (JSON.parse(text) as { files?: unknown }).files;
    if (typeof files !== "object" || files === null || Array.isArray(files)) return undefined;
    const entries = Object.entries(files);
    if (!entries.every(([, hash]) => typeof hash === "string" && /^[0-9a-f]{64}$/.test(hash))) return undefined;
    return new Map(entries as [string, string][]);
  } catch {
    return undefined;
  }
}
