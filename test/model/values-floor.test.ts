// The lowest version an interface's prefix values give is one rule
// (rules/values-floor.ts), which the model's floor and the spec's checks both
// call: the model from its values, the checks from the raw list before any
// model exists. Held here on its own, and on the golden fixture with its IR_WS_
// value printed several ways, where the floor each path works out must agree.
import { expect, test } from "vitest";
import { parse } from "yaml";
import { versionFloor } from "../../generator/model/version-floor.js";
import { rawRequiredFloor } from "../../generator/rules/required-floor.js";
import type { RawDictionary, RawField, RawOperation } from "../../generator/rules/raw-spec.js";
import { valuesFloor } from "../../generator/rules/values-floor.js";
import { interfaceFloor } from "../../generator/validate/check-list-prefixes.js";
import type { SpecInput } from "../../generator/read/spec-files.js";
import { FIELDS, LISTS, OP, REFUND, edited, goldenInput, modelOf, textOf } from "../support/golden-changes.js";

test("the lowest version the values print; none where one of them says nothing of the version, or none is given", () => {
  expect(valuesFloor("CD_EF_", ["CD_EF_2."])).toEqual({
    version: { text: "2.0", major: 2, minor: 0 },
    values: ["CD_EF_2."],
  });
  expect(valuesFloor("CD_EF_", ["CD_EF_2.47", "CD_EF_2.5"])?.version.text).toBe("2.5");
  expect(valuesFloor("CD_EF_", ["CD_EF_3", "CD_EF_2.39"])?.version.text).toBe("2.39");
  expect(valuesFloor("CD_EF_", ["CD_EF_2.4", "CD_EF_"])).toBeNull();
  expect(valuesFloor("AB_", ["AB_x.x"])).toBeNull();
  expect(valuesFloor("AB_", ["CD_EF_2."])).toBeNull();
  expect(valuesFloor("AB_", [])).toBeNull();
});

/** The golden fixture with its IR_WS_ value (IR_WS_2.4, which cardRefund's own values name) printed as `printed`. */
const printedAs = (printed: string): SpecInput =>
  edited(goldenInput, [
    [LISTS, "      IR_WS_2.4:\n", `      ${printed}:\n`],
    [REFUND, "values: [IR_WS_2.4]", `values: [${printed}]`],
  ]);

/** The floor the spec's checks work out for an operation, from its raw YAML. */
function checkedFloor(input: SpecInput, file: string) {
  const op = parse(textOf(input, file)) as RawOperation;
  const dictionaries = [FIELDS, LISTS].map((f) => parse(textOf(input, f)) as RawDictionary);
  const dictionary = new Map<string, RawField>(dictionaries.flatMap((d) => Object.entries(d.fields ?? {})));
  const written = op.request.fields["interfaceVersion"] as RawField;
  const listName = written.valueList ?? dictionary.get("interfaceVersion")?.valueList ?? "";
  const list = dictionaries.map((d) => d.valueLists?.[listName]).find((l) => l !== undefined);
  const floor = interfaceFloor(
    op.interfaceVersion.prefix,
    list,
    written.values,
    rawRequiredFloor(op.request.fields, dictionary),
  );
  return (
    floor && {
      version: `${floor.major}.${floor.minor}`,
      values: floor.value === null ? [] : [floor.value],
      required: floor.required,
    }
  );
}

// cardCheck's required fields are of 2.0: where the value gives no version, they give the floor.
test.each([
  ["IR_WS_2.4", "2.4"],
  ["IR_WS_2.", "2.0"],
  ["IR_WS_2", "2.0"],
  ["IR_WS_2.45", "2.45"],
  ["IR_WS_", "2.0"],
  ["IR_WS_x.x", "2.0"],
])(
  "the model's floor and the checks' agree, the IR_WS_ value printed %s (cardCheck's floor %s)",
  async (printed, lowest) => {
    const input = printedAs(printed);
    const model = await modelOf(input);
    for (const [name, file] of [
      ["cardCheck", OP],
      ["cardRefund", REFUND],
    ] as const) {
      const op = model.operations.find((o) => o.name === name);
      const floor = op && versionFloor(op.request);
      const modelled = floor && { version: floor.version.text, values: floor.values, required: floor.required };
      expect(modelled, name).toEqual(checkedFloor(input, file));
      if (name === "cardCheck") expect(modelled?.version).toBe(lowest);
    }
  },
);
