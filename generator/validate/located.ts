import type { SourceMap } from "../load/source-map.js";
import type { SpecFile } from "../load/spec-files.js";

/** Raw spec data that passed its schema, with the way back to its source. */
export interface Located<T> {
  readonly raw: T;
  readonly file: SpecFile;
  readonly map: SourceMap;
}

export const entries = <V>(record: Readonly<Record<string, V>> | undefined): [string, V][] =>
  Object.entries(record ?? {});
