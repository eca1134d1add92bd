// `npm run changes` on the golden fixture, a request field's `since` where the
// operation's interfaceVersion values say which versions a valid request
// declares (IR_WS_2. : 2.0 and above; IR_WS_2.4, the fixture's : 2.4 and
// above): the validators refuse a request below the lowest of them, so a
// version at or below it restricts no valid request.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport } from "../../generator/changes/report.js";
import type { SpecInput } from "../../generator/read/spec-files.js";
import { LISTS, OP, REFUND, changeLine, edited, goldenInput, modelOf, type Edit } from "../support/golden-changes.js";

/**
 * The fixture with its IR_WS_ prefix value (IR_WS_2.4) printed as `printed`: cardCheck takes the whole list, cardRefund
 * that value. Where the value gives no version, cardCheck's required request fields (2.0) still give the floor 2.0, as
 * every request carries them: they are made 1.0 too, so that no floor holds and a request may declare 1.0.
 */
const withFloor = (printed: string): SpecInput =>
  edited(goldenInput, [
    [LISTS, "      IR_WS_2.4:\n", `      ${printed}:\n`],
    [REFUND, "values: [IR_WS_2.4]", `values: [${printed}]`],
    ...(printed === "IR_WS_" ? requiredAt("1.0") : []),
  ]);

/** cardCheck's required request fields (interfaceVersion, keyVersion, merchantId, seal: 2.0) given another version. */
const requiredAt = (version: string): Edit[] => [
  ...["interfaceVersion", "keyVersion"].map((name): Edit => [
    OP,
    `    ${name}:\n      presence: required\n      since: "2.0"`,
    `    ${name}:\n      presence: required\n      since: "${version}"`,
  ]),
  [
    OP,
    'merchantId: { from: dictionary, presence: required, since: "2.0" }',
    `merchantId: { from: dictionary, presence: required, since: "${version}" }`,
  ],
  [OP, 'seal: { from: dictionary, since: "2.0" }', `seal: { from: dictionary, since: "${version}" }`],
];

/** referenceId (since: undocumented) given a version. */
const referenceSince = (version: string): Edit => [
  OP,
  "    referenceId:\n      presence: undocumented\n      since: undocumented",
  `    referenceId:\n      presence: undocumented\n      since: "${version}"`,
];
const orderChannelSince = (version: string, was = "2.5"): Edit => [
  OP,
  `    orderChannel:\n      presence: optional\n      since: "${was}"`,
  `    orderChannel:\n      presence: optional\n      since: "${version}"`,
];

async function changesOf(base: SpecInput, edit: Edit): Promise<{ lines: string[]; semver: string; text: string[] }> {
  const changes = compareSpecs(await modelOf(base), await modelOf(edited(base, [edit])));
  return {
    lines: changes.map(changeLine),
    semver: changesReport(changes).semver,
    text: changes.map((c) => c.summary),
  };
}

test.each([
  { values: "IR_WS_2.", edit: referenceSince("2.0"), classes: "docs", semver: "patch" },
  { values: "IR_WS_2.4", edit: referenceSince("2.4"), classes: "docs", semver: "patch" },
  { values: "IR_WS_2.4", edit: referenceSince("2.3"), classes: "docs", semver: "patch" },
  // Above the floor: requests declaring 2.4 are refused it.
  { values: "IR_WS_2.4", edit: referenceSince("2.5"), classes: "breaking-request", semver: "major" },
  // From above the floor to it: requests declaring 2.4 may carry it now.
  { values: "IR_WS_2.4", edit: orderChannelSince("2.4"), classes: "additive", semver: "minor" },
  // Values that say nothing of the version (the fixture's IR_WS_): a request may declare 1.0.
  { values: "IR_WS_", edit: referenceSince("2.0"), classes: "breaking-request", semver: "major" },
  // No floor, but a field of 1.0 is in every version (the validators check none against it), as an undocumented one is.
  { values: "IR_WS_", edit: referenceSince("1.0"), classes: "docs", semver: "patch" },
])("values $values, $edit.2: $classes", async ({ values, edit, classes, semver }) => {
  const field = edit[2].includes("referenceId") ? "referenceId" : "orderChannel";
  const { lines, semver: verdict } = await changesOf(withFloor(values), edit);
  expect(lines).toEqual([`cardCheck request /${field} since ${classes}`]);
  expect(verdict).toBe(semver);
});

/** cardCheck's response field statusCode (since 1.0) given another version. */
const statusSince = (version: string): Edit => [
  OP,
  '    statusCode:\n      presence: required\n      since: "1.0"',
  `    statusCode:\n      presence: required\n      since: "${version}"`,
];

test.each([
  // A response is read at its request's version: at or below the floor, no valid request's response is checked against it.
  { values: "IR_WS_2.", classes: "docs", semver: "patch" },
  // No floor: validation pinned to 1.x, strict, refuses a response carrying it now.
  { values: "IR_WS_", classes: "breaking-response", semver: "major" },
])("values $values, a response field's since 1.0 → 2.0: $classes", async ({ values, classes, semver }) => {
  const { lines, semver: verdict, text } = await changesOf(withFloor(values), statusSince("2.0"));
  expect(lines).toEqual([`cardCheck response /statusCode since ${classes}`]);
  expect(verdict).toBe(semver);
  if (classes === "docs")
    expect(text[0]).toBe(
      "statusCode: since 1.0 → 2.0. No valid request declares a version before 2.0, nor is its response read at one: the operation's interfaceVersion values (IR_WS_2.) start there.",
    );
});

test("a since moved earlier, both versions at or below the floor: docs", async () => {
  const base = edited(withFloor("IR_WS_2.4"), [orderChannelSince("2.4")]);
  const { lines, semver, text } = await changesOf(base, orderChannelSince("2.3", "2.4"));
  expect(lines).toEqual(["cardCheck request /orderChannel since docs"]);
  expect(semver).toBe("patch");
  expect(text[0]).toContain("No valid request declares a version before 2.4");
});

test("a since within the versions no valid request declares says which interfaceVersion values say so", async () => {
  const { text } = await changesOf(withFloor("IR_WS_2."), referenceSince("2.0"));
  expect(text).toEqual([
    "referenceId: since undocumented → 2.0. No valid request declares a version before 2.0: the operation's interfaceVersion values (IR_WS_2.) start there.",
  ]);
});

test("a since within the versions no valid request declares, where the required fields set them, names those fields", async () => {
  // The values say nothing of the version; every request carries interfaceVersion, keyVersion, merchantId and seal (2.0).
  const base = edited(goldenInput, [
    [LISTS, "      IR_WS_2.4:\n", "      IR_WS_:\n"],
    [REFUND, "values: [IR_WS_2.4]", "values: [IR_WS_]"],
  ]);
  const { lines, text } = await changesOf(base, referenceSince("2.0"));
  expect(lines).toEqual(["cardCheck request /referenceId since docs"]);
  expect(text).toEqual([
    "referenceId: since undocumented → 2.0. No valid request declares a version before 2.0: every request carries its required fields, and interfaceVersion, keyVersion, merchantId, seal appeared in 2.0.",
  ]);
});

test.each([
  // The values narrowed (and the required fields at 2.0) in the same release: a request may declare IR_WS_1.0 before,
  // none may after.
  { before: "IR_WS_", after: "IR_WS_2.", since: "2.0" },
  // Raised from 2.0 to 2.4: a request declaring 2.0 to 2.3 is refused now.
  { before: "IR_WS_2.", after: "IR_WS_2.4", since: "2.4" },
])(
  "a floor given or raised ($before → $after) is reported once, not again at a field's since below it",
  async ({ before, after, since }) => {
    const changes = compareSpecs(
      await modelOf(withFloor(before)),
      await modelOf(edited(withFloor(after), [referenceSince(since)])),
    );
    const cardCheck = changes.filter((c) => c.operation === "cardCheck");
    // The floor's rise is the one breaking fact; each field's since below it (the required fields' too, where they
    // moved with it) is docs.
    const lines = cardCheck.map(changeLine);
    expect(lines.filter((line) => !line.endsWith(" docs"))).toEqual([
      "cardCheck request /interfaceVersion interface-version-floor breaking-request",
    ]);
    expect(lines).toContain("cardCheck request /referenceId since docs");
    const reference = cardCheck.find((c) => c.field === "/referenceId");
    expect(reference?.summary).toContain(`No valid request declares a version before ${since}`);
    expect(changesReport(changes).semver).toBe("major");
  },
);

test.each([
  // The values widened and the required fields made 1.0 in the same release: a request may declare IR_WS_1.0 now.
  {
    before: "IR_WS_2.",
    after: "IR_WS_",
    floor: "2.0",
    moved: ["request /interfaceVersion", "request /keyVersion", "request /merchantId", "request /seal"],
  },
  // Lowered from 2.4 to 2.0, referenceId's since moved below the old floor with it.
  { before: "IR_WS_2.4", after: "IR_WS_2.", floor: "2.4", moved: ["request /referenceId"] },
  // A page detached: its values give no version, and the required fields no longer set one.
  {
    before: "IR_WS_2.4",
    after: "IR_WS_",
    floor: "2.4",
    moved: [
      "request /interfaceVersion",
      "request /keyVersion",
      "request /merchantId",
      "request /seal",
      "request /referenceId",
    ],
  },
])(
  "a floor lowered or taken back ($before → $after) is one additive line, which names the fields whose since moved below the old floor with it",
  async ({ before, after, floor, moved }) => {
    const changes = compareSpecs(
      await modelOf(edited(withFloor(before), [referenceSince(floor)])),
      await modelOf(edited(withFloor(after), [referenceSince("2.0")])),
    );
    const cardCheck = changes.filter((c) => c.operation === "cardCheck");
    const lines = cardCheck.map(changeLine);
    // The floor's fall is the one additive fact: requests declaring a version below the old floor were refused before.
    expect(lines.filter((line) => !line.endsWith(" docs"))).toEqual([
      "cardCheck request /interfaceVersion interface-version-floor additive",
    ]);
    // Without it: a docs line for each field whose since moved with it, which only pointed to the floor's line.
    expect(cardCheck.filter((c) => c.kind === "since")).toEqual([]);
    const line = cardCheck.find((c) => c.kind === "interface-version-floor")?.summary ?? "";
    const count = moved.length === 1 ? "1 field's version" : `${moved.length} fields' versions`;
    expect(line).toContain(` With it, ${count} moved at or below IR_WS_${floor}, which no valid request declared`);
    expect(line).toContain(`: ${moved.join(", ")}.`);
    expect(changesReport(changes).semver).toBe("minor");
  },
);

test("a field whose since moved below a lowered floor and whose presence changed too keeps its own lines", async () => {
  const presence = (to: string): Edit => [
    OP,
    '    referenceId:\n      presence: undocumented\n      since: "2.0"',
    `    referenceId:\n      presence: ${to}\n      since: "2.0"`,
  ];
  const changes = compareSpecs(
    await modelOf(edited(withFloor("IR_WS_2.4"), [referenceSince("2.4")])),
    await modelOf(edited(withFloor("IR_WS_2."), [referenceSince("2.0"), presence("optional")])),
  );
  const cardCheck = changes.filter((c) => c.operation === "cardCheck");
  expect(cardCheck.filter((c) => c.field === "/referenceId").map((c) => c.kind)).toEqual(["presence", "since"]);
  const since = cardCheck.find((c) => c.kind === "since" && c.field === "/referenceId");
  expect(since?.summary).toContain("No valid request declared a version before 2.4 until the lowest version");
  // The floor's line does not name it again.
  expect(cardCheck.find((c) => c.kind === "interface-version-floor")?.summary).not.toContain("With it");
});

test("a request that loses its version field has no floor's change to point to: a field's since is not said to be below a lowered floor", async () => {
  // Removed, the field takes the floor with it, and no interface-version-floor line is printed (floor-changes.ts).
  const noVersionField: Edit = [
    OP,
    '    interfaceVersion:\n      presence: required\n      since: "2.0"\n      type: interfaceVersion\n      valueList: family\n      description: Version of the interface used.\n',
    "",
  ];
  const changes = compareSpecs(
    await modelOf(edited(withFloor("IR_WS_2.4"), [referenceSince("2.4")])),
    await modelOf(edited(withFloor("IR_WS_2.4"), [referenceSince("2.0"), noVersionField])),
  );
  const cardCheck = changes.filter((c) => c.operation === "cardCheck");
  expect(cardCheck.map(changeLine)).toContain("cardCheck request /interfaceVersion field-removed breaking-request");
  expect(cardCheck.filter((c) => c.kind === "interface-version-floor")).toEqual([]);
  // Without it: "No valid request declared a version before 2.4 until the lowest version a request may declare was
  // lowered (interface-version-floor)", a line the report does not hold.
  for (const c of cardCheck) expect(c.summary).not.toContain("interface-version-floor");
});

test("a response's field, and a list item's, whose since moved below a lowered floor are named by the floor's line too", async () => {
  // cards (2.40) and its items' panExpiryDate (2.40) at the old floor 2.4, then at 2.0: read at no valid request's
  // version below 2.4 before, and at every one now.
  const cards = (since: string): Edit[] => [
    [
      OP,
      '    cards:\n      presence: optional\n      since: "2.40"',
      `    cards:\n      presence: optional\n      since: "${since}"`,
    ],
    [
      OP,
      '          panExpiryDate:\n            presence: required\n            since: "2.40"',
      `          panExpiryDate:\n            presence: required\n            since: "${since}"`,
    ],
  ];
  const changes = compareSpecs(
    await modelOf(edited(withFloor("IR_WS_2.4"), [referenceSince("2.4"), ...cards("2.4")])),
    await modelOf(edited(withFloor("IR_WS_2."), [referenceSince("2.4"), ...cards("2.0")])),
  );
  const cardCheck = changes.filter((c) => c.operation === "cardCheck");
  expect(cardCheck.filter((c) => c.kind === "since")).toEqual([]);
  expect(cardCheck.find((c) => c.kind === "interface-version-floor")?.summary).toContain(
    "With it, 2 fields' versions moved at or below IR_WS_2.4, which no valid request declared nor its response was read at (docs, said here alone): response /cards, response /cards/-/panExpiryDate.",
  );
});
