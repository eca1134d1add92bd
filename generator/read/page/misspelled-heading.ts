// A heading of a saved page mistyped ("Reponse", "Optionnal", "optional"):
// read as the heading it resembles, with one diagnostic at its place, so that
// a page with one typo is not reported as missing a part, nor every field
// after it as misplaced or absent.

import { didYouMean } from "../../diagnostics/did-you-mean.js";

/**
 * The heading among `headings` that `text` misspells, if any: a near miss as
 * the spec's names are (did-you-mean.ts), and of about its length, so that a
 * short line that merely starts a heading ("Re") is not taken for one. A line
 * in capitals is a value of a list (OPTIONAL), never a heading.
 */
export function misspelledHeading(text: string, headings: readonly string[]): string | undefined {
  if (headings.includes(text) || !/[a-z]/.test(text)) return undefined;
  const heading = didYouMean(text, headings);
  return heading !== undefined && Math.abs(heading.length - text.length) <= 2 ? heading : undefined;
}
