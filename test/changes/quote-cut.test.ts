// A long text reworded is quoted cut short around where it first differs (changes/meaning-words.ts): the cut is
// made between code points, so that a text of characters beyond the Basic Multilingual Plane (an emoji, a CJK
// extension ideograph) is never quoted with half of a surrogate pair, which a JSON or Markdown reader shows as
// a replacement character, and what is quoted is a piece of the text.
import { expect, test } from "vitest";
import { rewordedPair } from "../../generator/changes/meaning-words.js";

const wide = "😀";
/** Half of a surrogate pair, alone. */
const LONE_SURROGATE = /\p{Surrogate}/u;

test.each(["", "a", "ab "])("a text of wide characters after %j is cut between code points, on both sides", (lead) => {
  for (const kept of [20, 50, 75, 90]) {
    const before = `${lead}${wide.repeat(kept)}x${wide.repeat(100 - kept)}`;
    const after = `${lead}${wide.repeat(kept)}y${wide.repeat(100 - kept)}`;
    const quoted = rewordedPair({ before, after });
    expect(quoted).not.toMatch(LONE_SURROGATE);
    const [was = "", now = ""] = quoted.split(" → ").map((side) => side.replace(/^“…?|…?”$/gu, ""));
    expect(before, quoted).toContain(was);
    expect(after, quoted).toContain(now);
    // Each side keeps the difference, and no more than a line's share of the text.
    expect(was).toContain("x");
    expect(now).toContain("y");
    expect([...was].length).toBeLessThanOrEqual(72);
  }
});
