// A doc comment of one line that links a name (the container descriptors'
// "The fields of {@link S10TransactionReference}.") is printed once: a file
// rendered with its comments put apart printed such a comment's one line as
// its first line and again as its last.
import { expect, test } from "vitest";
import { declare, ts } from "../../generator/emit/ts/code.js";
import { docLink, jsdoc } from "../../generator/emit/ts/comment-escape.js";
import type { Sym } from "../../generator/emit/ts/symbols.js";
import { TsFile } from "../../generator/emit/ts/ts-file.js";
import { tsModule } from "../../generator/emit/ts/ts-module.js";
import type { Declaration } from "../../generator/rules/declaration.js";

const path = "containers/descriptors.ts";
const own: Declaration = {
  module: path,
  name: "THING_FIELDS",
  kind: "value",
  exported: true,
  owner: { kind: "package" },
  role: "a test's name",
};
const linked: Sym = { module: "containers/types.ts", name: "Thing", kind: "type" };

test.each([
  ["one line", [["The fields of ", docLink("Thing"), "."]]],
  ["several lines", [["The fields of ", docLink("Thing"), "."], "", "And a second paragraph."]],
] as const)("a linked doc comment of %s is printed once", (_, doc) => {
  const file = new TsFile(tsModule(path, [own]), ["spec/dictionary/fields.yaml"], "A test's file.").add(
    ts`
      ${jsdoc(doc, [linked])}
      ${declare("const", own)}: readonly ${linked}[] = [];
    `,
  );
  const text = file.render();
  expect(text.split("The fields of {@link Thing}.").length - 1, text).toBe(1);
  expect(text).toContain('import type { Thing } from "./types.js";');
});
