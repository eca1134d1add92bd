// `npm run changes` on random releases of the golden fixture: any set of the
// edits below, applied together. Whatever the set, the changes from the
// fixture to the release mirror those back (an addition is a removal the
// other way, every other change is met again at the same place), a spec
// compared with itself has none, a release has some, the order of the model's
// operations, lists and types decides nothing, and the Markdown lists each
// change once.
import fc from "fast-check";
import { expect, test } from "vitest";
import type { Change, ChangeKind } from "../../generator/changes/change.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { lineSummary } from "../../generator/changes/line-summary.js";
import { changesReport, toldOnce, toMarkdown } from "../../generator/changes/report.js";
import { valueRuns } from "../../generator/changes/value-runs.js";
import { codeSpan, inlineText } from "../../generator/emit/markdown-escape.js";
import type { SpecModel } from "../../generator/model/ir.js";
import { drawOf } from "../support/property-runs.js";
import {
  FIELDS,
  LISTS,
  OP,
  PAYPAGE,
  REFUND,
  edited,
  goldenInput,
  modelOf,
  modelOfGolden,
  type Edit,
} from "../support/golden-changes.js";

/** Edits of the fixture, each valid alone and with any others, each a change a downstream team notices. */
const EDITS: readonly Edit[] = [
  [OP, "    keyVersion:\n      presence: required", "    keyVersion:\n      presence: optional"],
  [
    OP,
    '    orderChannel:\n      presence: optional\n      since: "2.5"',
    '    orderChannel:\n      presence: optional\n      since: "2.6"',
  ],
  [OP, "            format: N6", "            format: N4"],
  [
    OP,
    '    cards:\n      presence: optional\n      since: "2.40"',
    '    cards:\n      presence: optional\n      since: "2.50"',
  ],
  [OP, "      format: AN35\n", "      format: ANS40\n"],
  [OP, "recommended: IR_WS_2.46", "recommended: IR_WS_2.50"],
  [OP, "      description: Outcome.\n", "      description: Outcome of the check.\n"],
  [
    OP,
    "    referenceId:\n",
    '    note: { presence: optional, since: "2.50", description: A note. }\n    referenceId:\n',
  ],
  [OP, "checkout/cardCheck\n", "checkout/cardCheck2\n"],
  [LISTS, "meaning: Internet", "meaning: The Internet"],
  [LISTS, "      MOTO:\n", "      MOBILE:\n        meaning: Mobile\n      MOTO:\n"],
  [FIELDS, "typeName: PostalAddress", "typeName: BuyerAddress"],
  [REFUND, '        "00": Refund accepted', '        "00": Refund granted'],
  [
    REFUND,
    '    interfaceVersion:\n      presence: required\n      since: "2.0"\n      type: interfaceVersion\n      valueList: family\n      values: [IR_WS_2.4]\n      description: Version of the interface used.\n',
    "",
  ],
  [PAYPAGE, "    responseCode:\n      presence: optional", "    responseCode:\n      presence: required"],
  // The POST interface under another prefix: paypagePostForm's default version and the callback's prefix follow it.
  // (Taken away, it takes the callback with it, whose prefix no other interface's stands in for: operation-changes.)
  [PAYPAGE, "  recommended:\n    HP_: HP_3.4\n", "  recommended:\n    WR_WS_: WR_WS_3.4\n"],
  ["sips.yaml", "exclude: [seal]", "exclude: [statusCode, seal]"],
  // A plain field made a container: its changelog rows come with its type change.
  [
    OP,
    "      valueList: channel\n      description: |-\n",
    '      type: container\n      fields:\n        label: { presence: optional, since: "2.5", format: AN10, example: web, description: A label. }\n      description: |-\n',
  ],
  // A seal change that breaks a side too.
  [REFUND, "\nresponse:\n", "\nresponse:\n  encoding: data\n"],
];

/** The classes that each have a section of their own in the Markdown. */
const SIDES = ["seal", "breaking-request", "breaking-response"] as const;

const ADDED_REMOVED: Readonly<Partial<Record<ChangeKind, ChangeKind>>> = {
  "operation-added": "operation-removed",
  "field-added": "field-removed",
  "value-added": "value-removed",
  "shared-list-added": "shared-list-removed",
  "shared-value-added": "shared-value-removed",
  "callback-added": "callback-removed",
};
const MIRRORED: Readonly<Partial<Record<ChangeKind, ChangeKind>>> = {
  ...ADDED_REMOVED,
  ...Object.fromEntries(Object.entries(ADDED_REMOVED).map(([added, removed]) => [removed, added])),
};

/** Where a change is and what it is, its kind as the other direction names it; a rename's new name left out. */
function place(change: Change, kind = change.kind): string {
  const renamed = kind === "type-renamed" || kind === "shared-list-renamed";
  const subject = renamed ? "" : `${change.list ?? ""} ${change.type ?? ""}`;
  return `${change.operation ?? "-"} ${subject} ${change.message ?? "-"} ${change.field ?? "-"} ${kind}`;
}

/** Whether `line` names the field at `pointer`: by its path, or among its container's fields (field-paths.ts). */
const namesField = (line: string, pointer: string): boolean => {
  const at = pointer.lastIndexOf("/");
  const [parent, token] = [pointer.slice(0, at), pointer.slice(at + 1)];
  return (
    line.includes(codeSpan(pointer)) ||
    new RegExp(`\`${escaped(parent)}/\\{([^}]*, )?${escaped(token)}[,}]`, "u").test(line)
  );
};
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** The model with its operations, value lists and container types in the reverse order. */
const reversed = (model: SpecModel): SpecModel => ({
  ...model,
  operations: [...model.operations].reverse(),
  valueLists: [...model.valueLists].reverse(),
  containers: [...model.containers].reverse(),
});

test("any release of the fixture: changes mirror, none against itself, some against the fixture, in one order", async () => {
  const golden = await modelOfGolden();
  const drawn = new Set<Edit>();
  await fc.assert(
    fc.asyncProperty(fc.subarray([...EDITS], { minLength: 1 }), async (edits) => {
      for (const edit of edits) drawn.add(edit);
      const release = await modelOf(edited(goldenInput, edits));
      const forth = compareSpecs(golden, release);
      const back = compareSpecs(release, golden);
      expect(forth.length).toBeGreaterThan(0);
      expect(compareSpecs(release, release)).toEqual([]);
      expect(forth.map((c) => place(c, MIRRORED[c.kind])).sort()).toEqual(back.map((c) => place(c)).sort());
      expect(compareSpecs(reversed(golden), reversed(release))).toEqual(forth);
      const listed = toMarkdown(changesReport(forth), "main")
        .split("\n")
        .filter((line) => line.startsWith("- "));
      // Every change is listed, under each of the seal's, the senders' and the readers' sections it belongs to;
      // changes alike but for their place (kind, classes, at a field or not, and summary less the place's names)
      // on one line, which names the change's field; a field's values taken or dropped alike, one change; a field's
      // value now taken that its list adds, on the list's line (toldOnce).
      const told = toldOnce(forth);
      const sections = (c: Change): number => Math.max(1, SIDES.filter((side) => c.classes.includes(side)).length);
      const alike = new Map(
        valueRuns(told).map((c) => [JSON.stringify([c.kind, c.classes, c.field !== null, lineSummary(c)]), c]),
      );
      expect(listed).toHaveLength([...alike.values()].reduce((n, c) => n + sections(c), 0));
      for (const c of valueRuns(told))
        expect(
          listed.some(
            (line) =>
              line.includes(`**${c.operation ?? ""}`) &&
              (c.field === null || namesField(line, c.field)) &&
              line.includes(`: ${inlineText(lineSummary(c))} _(`),
          ),
        ).toBe(true);
    }),
    drawOf(12, 150),
  );
  // Every edit was part of some release drawn.
  expect(drawn.size).toBe(EDITS.length);
});
