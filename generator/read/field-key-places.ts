// Where the fields' keys of a spec file parsed on the parse thread are
// (parse-thread.ts), handed over with its data. The main thread has only the
// file's text, and the check that one name is written out by one file
// (validate/check-written-once.ts) asks where every field written out is, for
// the file's facts: it parsed each of the thread's files again to say (about
// 1 s of a first run of 1,000 operations, the read stage's parse on the main
// thread a second time). Each place is what SourceMap.key gives on the
// thread, for the same text, so the main thread answers as it would have.
// The keys at the top level are placed too: a key there that the format does
// not know is reported at its place, and a file of 150,000 of them was parsed
// whole a second time to say where each was (a few places more a file).

import { isMap, isPair, isScalar, type Node } from "yaml";
import { keyText, type KnownKeys, type SourceMap, type SpecPath } from "./source-map.js";

type KeyPlace = NonNullable<ReturnType<KnownKeys>>;

/**
 * The place of the key of every entry at the top level and of every mapping under a `fields` key, at any depth
 * through mappings (every field a message, the dictionary, a container or a list's item writes), as JSON text:
 * the path of each (pathKey), its line and column, one after the other. A top-level entry whose value is text
 * written out (not empty) has its value's place after its key's, under valueKey: the model's warning of a
 * `family:` (model/family-slips.ts) is placed at its value, and parsed the file whole for it.
 */
export function fieldKeyPlaces(map: SourceMap): string {
  const out: (string | number)[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (!isMap(node)) return;
    const placed = path.length === 0 || path.at(-1) === "fields";
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyPath = [...path, keyText(pair.key)];
      if (placed) {
        const { line, column } = map.key(keyPath);
        out.push(pathKey(keyPath), line, column);
        const value = pair.value;
        if (path.length === 0 && isScalar(value) && value.range && value.range[0] < value.range[1]) {
          const at = map.value(keyPath);
          out.push(valueKey(keyPath), at.line, at.column);
        }
      }
      walk(pair.value as Node | null, keyPath);
    }
  };
  walk(map.document.contents, []);
  return JSON.stringify(out);
}

/** The places `fieldKeyPlaces` gave, read when the first is looked up. */
export function knownKeys(text: string): KnownKeys {
  let places: Map<string, KeyPlace> | undefined;
  return (path, value) => {
    places ??= placesOf(text);
    return places.get(value ? valueKey(path) : pathKey(path));
  };
}

function placesOf(text: string): Map<string, KeyPlace> {
  const list = JSON.parse(text) as (string | number)[];
  const places = new Map<string, KeyPlace>();
  for (let i = 0; i < list.length; i += 3)
    places.set(list[i] as string, [list[i + 1] as number, list[i + 2] as number]);
  return places;
}

/** A path as one text: its segments as text (a mapping looks a number up as its text), each quoted. */
const pathKey = (path: SpecPath): string => JSON.stringify(path.map(String));

/** The place of the value at a path, apart from its key's: a pathKey starts with `[`. */
export const valueKey = (path: SpecPath): string => `=${pathKey(path)}`;
