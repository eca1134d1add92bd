// The class table's declaration starts a line: the same words in a comment
// before it (an older table kept for a reader, a note) are not its head, so
// its classes are read from the declaration itself.
import { expect, test } from "vitest";
import { classPatternsOf } from "../../generator/changes/format-classes.js";

const shown = (patterns: ReadonlyMap<string, RegExp> | null) =>
  patterns && Object.fromEntries([...patterns].map(([name, pattern]) => [name, `${pattern}`]));

test("a comment that quotes the declaration before it is not the table's head", () => {
  for (const comment of [
    "// export const FORMAT_PATTERNS = {\n//   N: /^x$/,\n// };\n",
    "/* Was: export const FORMAT_PATTERNS = {\n *   N: /^x$/,\n * };\n */\n",
  ])
    expect(
      shown(classPatternsOf(`${comment}export const FORMAT_PATTERNS = {\n  N: /^[0-9]*$/,\n};\n`)),
      comment,
    ).toEqual({ N: "/^[0-9]*$/" });
});
