// How bench/RESULTS.md writes a time, a ratio and whether a target is met,
// the same in every section's rows.

/** A target's verdict, its miss in bold. */
export const mark = (met: boolean): string => (met ? "met" : "**missed**");

/** A ratio as the tables print it: 1.23x. */
export const ratioX = (ratio: number): string => `${ratio.toFixed(2)}x`;

/** A wall or CPU time given in ms: "850 ms", "1.25 s". */
export const ms = (t: number): string => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(0)} ms`);
