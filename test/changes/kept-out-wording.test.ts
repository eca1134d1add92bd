// How the generated values and reference page word a field's values given no
// meaning, beside kept-out-meanings.test.ts: where every value has none (the
// constants keep the shared list's names because none has a meaning, not
// "some"), and where some have the operation's own meaning and others none,
// each of the two reasons (its page gives none; its page's meanings, kept out,
// name other operations only) said where it holds. On the golden fixture,
// whose cardCheck orderChannel takes the whole channel list (INTERNET, MOTO).
import { expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import type { SpecInput } from "../../generator/read/spec-files.js";
import { OP, edited, goldenInput, type Edit } from "../support/golden-changes.js";

const FIELD = "      valueList: channel\n      description: |-";
const meanings = (text: string): Edit => [
  OP,
  FIELD,
  `      valueList: channel\n      meanings: ${text}\n      description: |-`,
];
const keptOut = (...values: string[]): Edit => [
  OP,
  "method: POST\n",
  `source:\n  deviations:\n${values
    .map(
      (v) =>
        `    - about: request.fields.orderChannel.values.${v}.meaning\n      reason: Its page's meaning names other operations only.\n      meaningNames: other-operations\n`,
    )
    .join("")}method: POST\n`,
];

/** The values module's and the reference page's sentences about the field's values. */
async function wording(input: SpecInput): Promise<{ values: string[]; page: string[] }> {
  const result = await generateFromInput(input);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const file = (path: string) => result.files.find((f) => f.path === path)?.content ?? "";
  return {
    values: file("operations/cardCheck/values.ts")
      .split("\n")
      .filter((line) => line.includes("The values of channel that cardCheck takes")),
    page: file("docs/cardCheck.md")
      .split("\n")
      .filter((line) => line.startsWith("The values of the shared list `channel`")),
  };
}

test("constants of a field none of whose values has a meaning say none has one, whichever the reason", async () => {
  const none = "{ INTERNET: [], MOTO: [] }";
  const kept = await wording(edited(goldenInput, [meanings(none), keptOut("INTERNET", "MOTO")]));
  expect(kept.values[0]).toContain(
    "with the shared list's names (none has a meaning: the meanings its page prints for them name other operations only)",
  );
  const mixed = await wording(edited(goldenInput, [meanings(none), keptOut("MOTO")]));
  expect(mixed.values[0]).toContain(
    "with the shared list's names (none has a meaning: its page gives some of them none, and the meanings it prints for the others name other operations only)",
  );
  const silent = await wording(edited(goldenInput, [meanings(none)]));
  expect(silent.values[0]).toContain("with the shared list's names (its page gives none a meaning)");
  for (const { values } of [kept, mixed]) expect(values.join("\n")).not.toContain("some have no meaning");
});

test("a field with a value of its own meaning and one with none says why the other has none", async () => {
  const oneOwn = "{ INTERNET: [Web], MOTO: [] }";
  const kept = await wording(edited(goldenInput, [meanings(oneOwn), keptOut("MOTO")]));
  expect(kept.values[1]).toContain(
    "with the meanings that hold for it (some its own, none where the meanings its page prints for them name other operations only)",
  );
  expect(kept.page[0]).toContain(
    "some with this operation's own meaning, some with none, as the meanings this operation's page prints for them name other operations only.",
  );
  const silent = await wording(edited(goldenInput, [meanings(oneOwn)]));
  expect(silent.values[1]).toContain(
    "with the meanings that hold for it (some its own, none where its page gives none)",
  );
  expect(silent.page[0]).toContain(
    "some with this operation's own meaning, some with none, as this operation's page gives none.",
  );
});
