// The form of a file sync makes (a new operation's): that of the spec's
// operation files when they all agree, so that a spec kept with CRLF line ends
// or byte order marks (saved on Windows) does not get one file unlike the
// others; LF without a mark otherwise, or when there is no operation file yet.
// (An edited file keeps its own form: text-form.ts, write/write-files.ts.)

import { closeSync, openSync, readSync } from "node:fs";
import path from "node:path";
import type { SpecFile } from "../read/spec-files.js";
import { formOf } from "./text-form.js";

export interface NewFileForm {
  /** Its lines end with CRLF. */
  readonly crlf: boolean;
  /** It begins with a UTF-8 byte order mark. */
  readonly bom: boolean;
}

export function newFileForm(specDir: string, files: readonly SpecFile[]): NewFileForm {
  const operations = files.filter((file) => file.kind === "operation");
  if (operations.length === 0) return { crlf: false, bom: false };
  return {
    crlf: operations.every((file) => formOf(file.text).crlf),
    // The text read has no mark (read/decode-text.ts): the file's first bytes tell.
    bom: operations.every((file) => startsWithBom(path.join(specDir, file.relPath))),
  };
}

/** A text made with "\n" line ends in `form` (its byte order mark is the write's: FileEdit.bom). */
export const inNewFileForm = (text: string, form: NewFileForm): string =>
  form.crlf ? text.replaceAll("\n", "\r\n") : text;

/** Whether `file` begins with a UTF-8 byte order mark; false when it cannot be read (gone since). */
function startsWithBom(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const head = Buffer.alloc(3);
    return readSync(fd, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
