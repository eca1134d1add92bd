// Edits of a text, each a range replaced, applied together to the text as it
// was: every edit is placed by the offsets of the original, whatever the
// others insert or remove before it.

import { compareText } from "../rules/code-point-order.js";

/** The text between `start` and `end` replaced by `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Two insertions at one place keep the order they were asked in, unless both are ranked: they are then in the order of their rank, whatever order they were asked in. */
  readonly rank?: string;
}

export class TextSplices {
  private readonly splices: (Splice & { readonly order: number })[] = [];

  /** Adds an edit; the same edit asked twice (two differences that one fix settles) is made once. */
  add(splice: Splice): void {
    if (this.splices.some((s) => s.start === splice.start && s.end === splice.end && s.text === splice.text)) return;
    this.splices.push({ ...splice, order: this.splices.length });
  }

  /** Sets the edit of the range `start`..`end`, in place of the one asked before for that range: an edit that grows as its parts are asked. */
  replace(splice: Splice): void {
    const index = this.splices.findIndex((s) => s.start === splice.start && s.end === splice.end);
    if (index < 0) this.add(splice);
    else this.splices[index] = { ...splice, order: this.splices[index]?.order ?? index };
  }

  /** `text` with every edit applied, from the last to the first so that each finds its offsets as they were. */
  applyTo(text: string): string {
    let out = text;
    const last = [...this.splices].sort((a, b) => b.start - a.start || b.end - a.end || insertionOrder(b, a));
    for (const s of last) out = out.slice(0, s.start) + s.text + out.slice(s.end);
    return out;
  }
}

/** The order of two insertions at one place: by rank when both have one, else in the order they were asked. */
export const insertionOrder = (
  a: { readonly rank?: string; readonly order: number },
  b: { readonly rank?: string; readonly order: number },
): number => (a.rank !== undefined && b.rank !== undefined ? compareText(a.rank, b.rank) : 0) || a.order - b.order;
