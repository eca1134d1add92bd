// How bench/RESULTS.md writes a ratio and whether a target is met, the same
// in every section's rows.

/** A target's verdict, its miss in bold. */
export const mark = (met: boolean): string => (met ? "met" : "**missed**");

/** A ratio as the tables print it: 1.23x. */
export const ratioX = (ratio: number): string => `${ratio.toFixed(2)}x`;
