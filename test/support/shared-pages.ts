// Saved pages read once per worker for all the generations that read the same
// page: each generation of a spec with sources/ reads every page it holds
// (generator/read/read-documents.ts), and the tests generate and sync the
// repository's spec, with one file edited or one page released, again and
// again. Its reader is put in readPage's place when this module is loaded, and
// the setup file (file-setup.ts) puts it back before each test file, as it
// does the shared parses'.
//
// readPage is a function of the page's text and of the path its diagnostics
// and places name: both are the key. A reading given is the reading that
// would be made; it is frozen, shared by the generations that read it, so that
// a stage that changed it in place would throw in every test rather than leak
// into another.
import { usePageReader } from "../../generator/read/read-documents.js";
import { readPage, type PageReading } from "../../generator/read/page/read-page.js";

/** A page longer than this (the tests of hostile pages) is read each time and not kept. */
const LONGEST = 100_000;
/** The characters of page text whose readings are kept; those used least recently are dropped past it. */
const KEPT_CHARACTERS = 1_000_000;

/** By path and text: most recently used last. */
const kept = new Map<string, { readonly reading: PageReading; readonly characters: number }>();
let keptCharacters = 0;

export function sharedPageRead(text: string, file: string): PageReading {
  if (text.length > LONGEST) return readPage(text, file);
  const key = `${file}\0${text}`;
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    kept.set(key, found);
    return found.reading;
  }
  const reading = readPage(text, file);
  deepFreeze(reading);
  kept.set(key, { reading, characters: text.length });
  keptCharacters += text.length;
  for (const [old, { characters }] of kept) {
    if (keptCharacters <= KEPT_CHARACTERS) break;
    kept.delete(old);
    keptCharacters -= characters;
  }
  return reading;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

usePageReader(sharedPageRead);
