import { readFileSync } from "node:fs";
import path from "node:path";
import { listFiles, pathsUnder } from "../list-files.js";
import { decodeSpecText, type TextProblem } from "./decode-text.js";
import { readEachTime, type KeptTexts } from "./kept-texts.js";
import { SpecChanged } from "./spec-changed.js";
import { memoKey } from "../memo/memo-key.js";
import { knowTextKey } from "./text-key.js";
import { shownPath } from "./shown-path.js";

export type SpecFileKind = "platform" | "dictionary" | "operation" | "unexpected";

export interface SpecFile {
  /** Path relative to the spec directory, with "/" separators. */
  readonly relPath: string;
  /** Path as diagnostics print it (relative to the working directory). */
  readonly displayPath: string;
  readonly kind: SpecFileKind;
  readonly text: string;
  /** Set when the bytes are not clean UTF-8 text; `text` is then good for locating things only. */
  readonly textProblem?: TextProblem;
}

export interface SpecInput {
  readonly specDir: string;
  /** The spec directory as diagnostics print it. */
  readonly displayRoot: string;
  /** Every YAML spec file, sorted by relPath. */
  readonly files: readonly SpecFile[];
  /** Every other file under spec/ (source pages, schemas), for reference checks. */
  readonly otherPaths: ReadonlySet<string>;
  /** Text of each saved documentation page (sources/*.page.txt), by relPath. */
  readonly pages?: ReadonlyMap<string, string>;
}

const utf8 = (bytes: Buffer): string => bytes.toString("utf8");

export const PAGE_FILE = /^sources\/.*\.page\.txt$/;

export const PLATFORM_FILE = "sips.yaml";
export const YAML_FILE = /\.ya?ml$/;

export function specFileKindOf(relPath: string): SpecFileKind {
  if (relPath === PLATFORM_FILE) return "platform";
  if (relPath.startsWith("dictionary/")) return "dictionary";
  if (relPath.startsWith("operations/")) return "operation";
  return "unexpected";
}

/**
 * The first half of the read stage: every file under specDir, YAML files as
 * strictly decoded text, saved pages as text. The spec folder is read here and
 * nowhere else; read-documents.ts parses what this returns. `known`: the
 * text key (text-key.ts) of each YAML file unchanged since it was keyed, by
 * path relative to specDir (read/spec-keys.ts); such a file is read only if
 * its text is asked for (a parse the memo does not give, a diagnostic's place).
 */
export async function readSpecInput(
  specDir: string,
  cwd = process.cwd(),
  kept: KeptTexts = readEachTime,
  known: ReadonlyMap<string, string> = new Map(),
): Promise<SpecInput> {
  const relPaths = listFiles(specDir);
  const displayRoot = shownPath(cwd, specDir);
  const fileOf = pathsUnder(specDir);
  const displayPathOf = pathsUnder(displayRoot, path.posix);
  const files: SpecFile[] = [];
  const otherPaths = new Set<string>();
  const pages = new Map<string, string>();
  for (const relPath of relPaths) {
    if (!YAML_FILE.test(relPath)) {
      otherPaths.add(relPath);
      if (PAGE_FILE.test(relPath)) pages.set(relPath, kept.read(fileOf(relPath), utf8));
      continue;
    }
    const displayPath = displayPathOf(relPath);
    const key = known.get(relPath);
    if (key !== undefined) {
      files.push(keyedFile(fileOf(relPath), relPath, displayPath, key));
      continue;
    }
    const decoded = kept.read(fileOf(relPath), decodeSpecText);
    files.push(specFile(decoded, relPath, displayPath));
  }
  return { specDir, displayRoot, files, otherPaths, pages };
}

/** The file made of a text kept from a read before (kept-texts.ts), so that what is known of it (read/text-key.ts) is kept too. */
const filesOf = new WeakMap<object, SpecFile>();

function specFile(decoded: ReturnType<typeof decodeSpecText>, relPath: string, displayPath: string): SpecFile {
  const known = filesOf.get(decoded);
  if (known?.relPath === relPath && known.displayPath === displayPath) return known;
  const { text, problem } = decoded;
  const file = { relPath, displayPath, kind: specFileKindOf(relPath), text };
  const made = problem ? { ...file, textProblem: problem } : file;
  filesOf.set(decoded, made);
  return made;
}

/**
 * A file whose text key is known, its text read when first asked for. Read
 * then, it must be the text keyed: one changed since (a save during the run)
 * would place the diagnostics of the text keyed in another; the run stops, to
 * be made again.
 */
function keyedFile(file: string, relPath: string, displayPath: string, key: string): SpecFile {
  let text: string | undefined;
  const made: SpecFile = {
    relPath,
    displayPath,
    kind: specFileKindOf(relPath),
    get text() {
      if (text === undefined) {
        const decoded = decodeSpecText(readOrGone(file, displayPath));
        if (decoded.problem !== undefined || memoKey(decoded.text) !== key)
          throw new SpecChanged(`${displayPath} changed while the spec folder was read: run the command again.`);
        text = decoded.text;
      }
      return text;
    },
  };
  knowTextKey(made, key);
  return made;
}

/** A file's bytes; one removed since the run keyed it (or a folder in its place) is a change of the spec. */
function readOrGone(file: string, displayPath: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR")
      throw new SpecChanged(`${displayPath} was removed while the spec folder was read: run the command again.`);
    throw error;
  }
}
