import type { RawMeaning } from "./raw-spec.js";

// Meanings as the spec writes them (one text, or one per context) and as
// pages print them: compared line by line, each line's blanks squashed, so
// that a line folded otherwise in YAML is the same meaning.

/** One text per context. */
export const meaningsOf = (raw: RawMeaning): string[] =>
  typeof raw === "string" ? [raw] : "meaning" in raw ? meaningsOf(raw.meaning) : [...raw];

/** The name an own meaning gives its value's constant, if any. */
export const meaningNameOf = (raw: RawMeaning): string | undefined =>
  typeof raw === "object" && "name" in raw ? raw.name : undefined;

/** Line breaks and runs of blanks are one space: a text as a page shows it. */
export const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The text two meanings compare by: each squashed, one per line. */
export const meaningKey = (meanings: readonly string[]): string => meanings.map(squash).join("\n");

export const sameMeanings = (a: readonly string[], b: readonly string[]): boolean => meaningKey(a) === meaningKey(b);

/** The name of a deviation on one value's own meaning: the name sync's check gives the difference it keeps out. */
export const keptMeaningAbout = (message: string, field: string, value: string): string =>
  `${message}.fields.${field}.values.${value}.meaning`;

/** A deviation on one value's own meaning (`keptMeaningAbout`'s name, read back): the value may hold dots. */
export const KEPT_MEANING = /^([a-z]+)\.fields\.([^.]+)\.values\.(.+)\.meaning$/;
