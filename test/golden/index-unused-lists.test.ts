// The reference index's section of a value list no operation takes (a list the
// dictionary alone holds, which validation only warns of) says so, where the
// others list the operations that take it, one a line.
import { expect, test } from "vitest";
import { indexPage } from "../../generator/emit/reference/index-page.js";
import { modelOfGolden } from "../support/golden-changes.js";

test("a list no operation takes: its section says it is in the dictionary only, and lists nothing", async () => {
  const model = await modelOfGolden();
  const page = indexPage(
    model,
    model.operations.map(() => []),
  ).content;
  const sections = page.slice(page.indexOf("\n### ")).split("\n### ").slice(1);
  expect(sections.map((s) => s.split("\n")[0])).toEqual(model.valueLists.map((l) => l.typeName));
  for (const section of sections) {
    expect(section).toContain("No operation takes its values: it is in the dictionary only.");
    expect(section).not.toMatch(/^- /m);
  }
});
