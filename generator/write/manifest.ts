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

const ABOUT = "Files written by `npm run generate`, with their SHA-256: only these are ever replaced or removed.";

/** What a manifest's text starts with, up to its first file. */
export const MANIFEST_HEAD = `{\n  "about": ${JSON.stringify(ABOUT)},\n  "files": {`;

/**
 * The manifest of files given by path and SHA-256, as its file holds it:
 * sorted, deterministic; the text `JSON.stringify(record, null, 2)` gives,
 * written out directly (a run makes it from some 12,000 entries each time).
 * `hashAt` is told where each path's hash is in the text (kept-plan.ts
 * patches it there).
 */
export function manifestText(
  hashes: ReadonlyMap<string, string>,
  hashAt?: (rel: string, offset: number) => void,
): string {
  const paths = [...hashes.keys()].sort(compareText);
  const head = MANIFEST_HEAD;
  let files = "";
  for (const rel of paths) {
    files += `${files === "" ? "" : ","}\n    ${JSON.stringify(rel)}: `;
    // After the opening quote: a SHA-256 in hex needs no escape.
    hashAt?.(rel, head.length + files.length + 1);
    files += JSON.stringify(hashes.get(rel));
  }
  return `${head}${files === "" ? "}" : `${files}\n  }`}\n}\n`;
}

/** The files a manifest lists, with their SHA-256; undefined when `text` is not a manifest. */
export function parseManifest(text: string): Map<string, string> | undefined {
  try {
    const files = (JSON.parse(text) as { files?: unknown }).files;
    if (typeof files !== "object" || files === null || Array.isArray(files)) return undefined;
    // Straight into the map, with no array per entry: every run reads some 12,000 of them.
    const listed = new Map<string, string>();
    for (const rel of Object.keys(files)) {
      const hash = (files as Record<string, unknown>)[rel];
      if (typeof hash !== "string" || !SHA256_HEX.test(hash)) return undefined;
      listed.set(rel, hash);
    }
    return listed;
  } catch {
    return undefined;
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
