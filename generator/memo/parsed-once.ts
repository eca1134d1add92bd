// What is parsed of a remembered text, made once per text in a process that
// keeps its memo in memory (kept-in-memory.ts), and frozen there.

import { textIfWhole } from "./checked-text.js";

/**
 * What parseRemembered made of each text, once a memo is kept in memory (a
 * process that generates again and again): the same text is not parsed again.
 * The values are frozen, so that a stage that changed one would fail at once
 * rather than hand the change to the next run.
 */
let parsedTexts: Map<string, unknown> | undefined;

/**
 * A remembered JSON value, written as checkedText(JSON), or undefined when
 * there is none, its hash does not hold or it does not parse (a damaged entry
 * is a miss).
 */
export function parseRemembered<T>(entry: string | undefined): T | undefined {
  return entry === undefined ? undefined : (parsedOnce(entry, jsonOrUndefined) as T | undefined);
}

function jsonOrUndefined(entry: string): unknown {
  const text = textIfWhole(entry);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** What `parse` makes of a remembered text (undefined: damaged), made once per text as parseRemembered's values are. */
export function parsedOnce<T>(text: string, parse: (text: string) => T | undefined): T | undefined {
  const known = parsedTexts?.get(text);
  if (known !== undefined) {
    parsedThisRun?.add(text);
    return known as T;
  }
  const value = parse(text);
  if (value !== undefined && parsedTexts) {
    parsedTexts.set(text, deepFreeze(value));
    parsedThisRun?.add(text);
  }
  return value;
}

/** The texts of parsedTexts a run used since the last forgetUnusedParses. */
let parsedThisRun: Set<string> | undefined;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Keeps what is parsed from now on, for a process that generates again and again (kept-in-memory.ts). */
export function keepParses(): void {
  parsedTexts ??= new Map();
  parsedThisRun ??= new Set();
}

/** Drops what was parsed and not used since the last call: the process's memory follows the spec, not the saves. */
export function forgetUnusedParses(): void {
  if (parsedTexts && parsedThisRun) {
    for (const text of parsedTexts.keys()) if (!parsedThisRun.has(text)) parsedTexts.delete(text);
    parsedThisRun = new Set();
  }
}
