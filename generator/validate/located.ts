import type { SourceMap } from "../read/source-map.js";
import type { SpecFile } from "../read/spec-files.js";

/** Raw spec data that passed its schema, with the way back to its source. */
export interface Located<T> {
  readonly raw: T;
  readonly file: SpecFile;
  readonly map: SourceMap;
}

export const entries = <V>(record: Readonly<Record<string, V>> | undefined): [string, V][] =>
  Object.entries(record ?? {});
