/**
 * A manifest as manifestText writes it (manifest.ts), read where it stands:
 * where each file's path and hash are in its text, with no string nor object
 * per file. Some 12,000 lines, read on every run.
 */
export interface ManifestLines {
  readonly text: string;
  readonly count: number;
  /** Where the i-th path starts in the text. */
  readonly pathStart: Int32Array;
  /** Where it ends: its closing quote, after which come `: "` and its hash. */
  readonly pathEnd: Int32Array;
}

/** Where the manifest lists its files, and how it ends. */
const FILES_OPEN = '\n  "files": {\n';
const FILES_CLOSE = "  }\n}\n";

/**
 * The lines of `text` when it is as manifestText writes it (one `    "path": "hash",` a line, nothing escaped);
 * undefined otherwise. A hash is not checked to be hex here: the files' hashes it is compared with are, so a
 * manifest's other hash matches none.
 */
export function manifestLines(text: string): ManifestLines | undefined {
  const open = text.indexOf(FILES_OPEN);
  if (open === -1 || text.includes("\\")) return undefined;
  let pathStart: Int32Array<ArrayBuffer> = new Int32Array(1024);
  let pathEnd: Int32Array<ArrayBuffer> = new Int32Array(1024);
  let count = 0;
  let start = open + FILES_OPEN.length;
  for (let end = text.indexOf("\n", start); end !== -1 && text.startsWith('    "', start);) {
    const quote = text.indexOf('"', start + 5);
    const hashAt = quote + 4;
    const after = hashAt + 65;
    if (quote === -1 || !text.startsWith('": "', quote) || text.charCodeAt(hashAt + 64) !== 34) return undefined;
    if (end !== after && !(end === after + 1 && text.charCodeAt(after) === 44)) return undefined;
    if (count === pathStart.length) {
      pathStart = grown(pathStart);
      pathEnd = grown(pathEnd);
    }
    pathStart[count] = start + 5;
    pathEnd[count] = quote;
    count++;
    start = end + 1;
    end = text.indexOf("\n", start);
  }
  return text.slice(start) === FILES_CLOSE ? { text, count, pathStart, pathEnd } : undefined;
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/** The i-th path. */
export const linePath = (lines: ManifestLines, i: number): string =>
  lines.text.slice(lines.pathStart[i], lines.pathEnd[i]);

/** Where the i-th hash starts in the text. */
export const lineHashAt = (lines: ManifestLines, i: number): number => (lines.pathEnd[i] as number) + 4;

/** The i-th hash. */
export const lineHash = (lines: ManifestLines, i: number): string =>
  lines.text.slice(lineHashAt(lines, i), lineHashAt(lines, i) + 64);

/** Whether the i-th path is `rel`, compared in place. */
export const lineIs = (lines: ManifestLines, i: number, rel: string): boolean =>
  (lines.pathEnd[i] as number) - (lines.pathStart[i] as number) === rel.length &&
  lines.text.startsWith(rel, lines.pathStart[i]);
