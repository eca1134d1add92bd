// sync on a small fixture spec whose operation cites a page: given a change of
// the page, want the differences `sync --check` prints and the spec `sync`
// writes; and the guarantees: idempotent, all or nothing, deviations kept.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { fixturesDir } from "../support/paths.js";
import { syncInMemory, withFiles } from "../support/sync-memory.js";
import { editFile, tempWorkspace, writeFiles } from "../support/temp-spec.js";

const fixture = path.join(fixturesDir, "sync", "spec");
const PAGE = "sources/cardCheck.page.txt";
const OP = "operations/office/cardCheck.yaml";
const SIMU_SOAP = "- SIMU\n-\nhttps://office-server.example.com/services/v2/OfficeService?wsdl";
const SIMU_JSON_BLOCK =
  "- SIMU\n-\nhttps://office-server.simu.example.com/rs-services/v2/office/cardCheck\n- method\n- POST\n-";
let roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
  roots = [];
});

async function workspace(pageEdits: readonly [string, string][] = []): Promise<string> {
  const { root, spec } = await tempWorkspace(fixture);
  roots.push(root);
  for (const [from, to] of pageEdits) await editFile(path.join(spec, PAGE), from, to);
  return spec;
}

/**
 * What `sync --check` prints, but the warning that a field is written out by two operations: these tests copy an
 * operation, fields and all, beside the one that cites the page (test/diagnostics/written-once.test.ts has it).
 */
async function check(spec: string): Promise<string[]> {
  const result = await checkSync(await readSpecInput(spec, path.dirname(spec)));
  return result.diagnostics.filter((d) => d.code !== "field-written-twice").map(formatDiagnostic);
}

async function sync(spec: string, family: string | null = null) {
  const input = await readSpecInput(spec, path.dirname(spec));
  return syncSpec(input, await checkSync(input), { family });
}

const read = (spec: string, rel: string) => readFile(path.join(spec, rel), "utf8");

test("the fixture spec agrees with its page", async () => {
  expect(await check(await workspace())).toEqual([]);
});

test("a page whose changelog heading row is printed twice still agrees with the spec, row for row", async () => {
  const heading = "Interface version | Data | Attendance | Container |\n";
  // Without it: "the spec says a Request row, the page says no row" for every other row, left to the maintainer.
  expect(await check(await workspace([[heading, heading + heading]]))).toEqual([]);
});

const releases: { name: string; edits: [string, string][]; check: string[]; want: [string, string, string][] }[] = [
  {
    name: "a recommended version",
    edits: [["IR_WS_2.50", "IR_WS_2.60"]],
    check: [
      'spec/operations/office/cardCheck.yaml:15:16 error page-mismatch interfaceVersion.recommended: the spec says "IR_WS_2.50", the page says "IR_WS_2.60"\n  spec/sources/cardCheck.page.txt:4:1 the page',
    ],
    want: [[OP, "recommended: IR_WS_2.50", "recommended: IR_WS_2.60"]],
  },
  {
    name: "a presence, changed in place",
    edits: [
      ["Response\nRequired\n-\nseal\n- presence\n- Required", "Response\nOptional\n-\nseal\n- presence\n- Optional"],
    ],
    check: [
      "spec/operations/office/cardCheck.yaml:31:41 error page-mismatch response.fields.seal.presence: the spec says required, the page says optional\n  spec/sources/cardCheck.page.txt:60:3 the page",
    ],
    want: [
      [
        OP,
        'seal: { from: dictionary, presence: required, since: "2.10" }',
        'seal: { from: dictionary, presence: optional, since: "2.10" }',
      ],
    ],
  },
  {
    name: "a new value in a shared list, with its meaning",
    edits: [["CREDIT\n- Credit card", "CHARGE\n- Charge card\nCREDIT\n- Credit card"]],
    check: [
      'spec/dictionary/lists.yaml:5:7 error page-mismatch valueLists.cardKind.values.CHARGE: the spec says no value "CHARGE" in list cardKind, the page says "CHARGE" (sources/cardCheck.page.txt)\n  spec/sources/cardCheck.page.txt:51:1 the page',
    ],
    want: [
      [
        "dictionary/lists.yaml",
        "    values:\n      CREDIT:",
        "    values:\n      CHARGE:\n        meaning: Charge card\n      CREDIT:",
      ],
    ],
  },
  {
    name: "a new optional field after its page neighbour, and its changelog row",
    edits: [
      [
        "Optional\n-\ncardKind",
        "Optional\n-\ncardBrand\n- presence\n- Optional\n- Interface version\n- 2.60\nBrand of the card.\n-\ncardKind",
      ],
      ["---|---|---|---|\n", "---|---|---|---|\n2.60 |\ncardBrand\n|\nRequest | |\n"],
    ],
    check: [
      "spec/operations/office/cardCheck.yaml:19:5 error page-mismatch request.fields.cardBrand: the spec says no such field, the page says an optional field\n  spec/sources/cardCheck.page.txt:42:1 the page",
    ],
    want: [
      [
        OP,
        '    seal: { from: dictionary, presence: required, since: "2.0" }\n    cardKind:',
        '    seal: { from: dictionary, presence: required, since: "2.0" }\n    cardBrand:\n      presence: optional\n      since: "2.60"\n      description: Brand of the card.\n    cardKind:',
      ],
    ],
  },
  {
    name: "an environment's JSON address, set in place",
    edits: [
      [
        "office-server.test.example.com/rs-services/v2/office/cardCheck",
        "office-server.test.example.com/rs-services/v3/office/cardCheck",
      ],
    ],
    check: [
      'spec/operations/office/cardCheck.yaml:12:9 error page-mismatch endpoints.test.json: the spec says "https://office-server.test.example.com/rs-services/v2/office/cardCheck", the page says "https://office-server.test.example.com/rs-services/v3/office/cardCheck"\n  spec/sources/cardCheck.page.txt:15:1 the page',
    ],
    want: [
      [OP, "test.example.com/rs-services/v2/office/cardCheck", "test.example.com/rs-services/v3/office/cardCheck"],
    ],
  },
  {
    name: "a JSON address where the environment had a SOAP one only: its addresses by kind",
    edits: [[SIMU_SOAP, `${SIMU_JSON_BLOCK}\n${SIMU_SOAP}`]],
    check: [
      'spec/operations/office/cardCheck.yaml:11:5 error page-mismatch endpoints.simu.json: the spec says nothing, the page says "https://office-server.simu.example.com/rs-services/v2/office/cardCheck"\n  spec/sources/cardCheck.page.txt:21:1 the page',
    ],
    want: [
      [
        OP,
        "  simu:\n    soap:",
        "  simu:\n    json: https://office-server.simu.example.com/rs-services/v2/office/cardCheck\n    soap:",
      ],
    ],
  },
  {
    name: "an environment the page no longer gives, removed",
    edits: [
      ["-\n- TEST\n-\nhttps://office-server.test.example.com/rs-services/v2/office/cardCheck\n- method\n- POST\n", ""],
    ],
    check: [
      'spec/operations/office/cardCheck.yaml:12:9 error page-mismatch endpoints.test.json: the spec says "https://office-server.test.example.com/rs-services/v2/office/cardCheck", the page says nothing\n  spec/sources/cardCheck.page.txt:9:1 the page',
    ],
    want: [[OP, "  test: https://office-server.test.example.com/rs-services/v2/office/cardCheck\n", ""]],
  },
  {
    name: "a recommended version per interface",
    edits: [
      [
        "Recommended interfaceVersion: IR_WS_2.50",
        "Recommended interfaceVersion:\n- POST : HP_3.4\n- JSON/SOAP : IR_WS_2.50",
      ],
    ],
    check: [
      'spec/operations/office/cardCheck.yaml:15:16 error page-mismatch interfaceVersion.recommended.HP_: the spec says nothing, the page says "HP_3.4"\n  spec/sources/cardCheck.page.txt:5:1 the page',
    ],
    want: [[OP, "  recommended: IR_WS_2.50", "  recommended:\n    HP_: HP_3.4\n    IR_WS_: IR_WS_2.50"]],
  },
  {
    name: "a description",
    edits: [["Kind of card.", "Kind of the card."]],
    check: [
      'spec/operations/office/cardCheck.yaml:26:20 error page-mismatch request.fields.cardKind.description: the spec says "Kind of card.", the page says "Kind of the card."\n  spec/sources/cardCheck.page.txt:47:1 the page',
    ],
    want: [[OP, "description: Kind of card.", "description: Kind of the card."]],
  },
];

test.each(releases)(
  "$name: check lists it, sync writes it and nothing else",
  async ({ edits, check: wantCheck, want }) => {
    const spec = await workspace(edits);
    const before = new Map(await Promise.all(want.map(async ([rel]) => [rel, await read(spec, rel)] as const)));
    expect(await check(spec)).toEqual(wantCheck);
    const report = await sync(spec);
    expect(report.ok).toBe(true);
    expect([...report.written.keys()].sort()).toEqual([...new Set(want.map(([rel]) => rel))].sort());
    for (const [rel, from, to] of want) expect(await read(spec, rel)).toBe((before.get(rel) ?? "").replace(from, to));
    expect(await check(spec)).toEqual([]);
    // Idempotent: a second run writes nothing.
    expect((await sync(spec)).written.size).toBe(0);
  },
);

/**
 * The page adds CHARGE to the list cardKind, and beside its operation stands a copy without a page (cardVerify),
 * whose field takes the whole list: the spec and that copy's text.
 */
async function chargeAddedBesidePageless(): Promise<{ spec: string; other: string }> {
  const spec = await workspace([["CREDIT\n- Credit card", "CHARGE\n- Charge card\nCREDIT\n- Credit card"]]);
  const other = (await read(spec, OP))
    .replace("source:\n  page: sources/cardCheck.page.txt\n", "")
    .replace("operation: cardCheck", "operation: cardVerify")
    .replaceAll("/cardCheck", "/cardVerify");
  await writeFiles(spec, { "operations/office/cardVerify.yaml": other });
  return { spec, other };
}

test("a value added to a shared list does not reach an operation without a page: its values are written out", async () => {
  const { spec, other } = await chargeAddedBesidePageless();
  const report = await sync(spec);
  expect(report.messages, report.messages.join("\n")).toContain(
    "value CHARGE added to list cardKind (from sources/cardCheck.page.txt); not taken by cardVerify (it has no saved page)",
  );
  expect(await read(spec, "operations/office/cardVerify.yaml")).toBe(
    other.replace("      valueList: cardKind\n", "      valueList: cardKind\n      values: [CREDIT, DEBIT]\n"),
  );
  expect(await check(spec)).toEqual([]);
  expect((await sync(spec)).written.size).toBe(0);
});

test("a field no page gives values for keeps its values, naming the page that added one; its notes are to read again", async () => {
  const { spec } = await chargeAddedBesidePageless();
  // cardVerify has no saved page: no page says anything of it, and the page beside is the one that grew the list.
  expect((await check(spec)).filter((d) => d.includes("cardVerify.yaml"))).toEqual([
    expect.stringMatching(
      /error page-values-kept request\.fields\.cardKind\.values: the spec says every value of cardKind; cardVerify has no saved page, so the field keeps its current 2 values: CREDIT, DEBIT, written out \(sources\/cardCheck\.page\.txt adds CHARGE to the list for its own operation\)\n {2}spec\/sources\/cardCheck\.page\.txt:\d+:\d+ the page that adds to the list$/,
    ),
  ]);
  const report = await sync(spec);
  expect(report.messages).toContain(
    "cardVerify: request field cardKind now takes 2 values of cardKind, no longer the whole list: read its notes again (sync does not edit them)",
  );
  // The field with a page takes the whole list, as before: its notes need no second look.
  expect(report.messages.filter((m) => m.includes("read its notes again"))).toHaveLength(1);
});

test("a field whose own page prints no values keeps its values too: that page says nothing of them", async () => {
  const { spec, other } = await chargeAddedBesidePageless();
  const page = (await read(fixture, PAGE))
    .replace("DEBIT\n- Debit card\nCREDIT\n- Credit card\n- Or a charge card\n", "")
    .replace("List of values\n", "")
    .replace("cardCheck\n", "cardVerify\n")
    .replaceAll("/cardCheck", "/cardVerify");
  await writeFiles(spec, {
    "sources/cardVerify.page.txt": page,
    "operations/office/cardVerify.yaml": other.replace(
      "family: Office\n",
      "family: Office\nsource:\n  page: sources/cardVerify.page.txt\n",
    ),
  });
  expect((await check(spec)).filter((d) => d.includes("cardVerify.yaml"))).toEqual([
    expect.stringContaining(
      "error page-mismatch request.fields.cardKind.values: the spec says every value of cardKind, the page says nothing of this field's values: it keeps its current 2 values: CREDIT, DEBIT, written out (sources/cardCheck.page.txt adds CHARGE to the list for its own operation)",
    ),
  ]);
  expect((await sync(spec)).messages).toContain(
    "value CHARGE added to list cardKind (from sources/cardCheck.page.txt); not taken by cardVerify (its page gives no values for this field)",
  );
});

test("a value a page adds does not reach a callback field no page gives values for: sync writes out what it took", async () => {
  const spec = await workspace([
    ["CREDIT\n- Credit card", "CHARGE\n- Charge card\nCREDIT\n- Credit card"],
    // The POST interface the callback comes through, on the page and in the spec.
    [
      "Recommended interfaceVersion: IR_WS_2.50",
      "Recommended interfaceVersion:\n- POST : HP_3.4\n- JSON/SOAP : IR_WS_2.50",
    ],
  ]);
  await editFile(
    path.join(spec, OP),
    "  recommended: IR_WS_2.50\n",
    "  recommended:\n    HP_: HP_3.4\n    IR_WS_: IR_WS_2.50\n",
  );
  const callback = [
    "callback:",
    "  name: cardCheckResult",
    "  summary: What the platform posts back after a check.",
    "  encoding: data",
    "  fields:",
    "    cardKind:",
    "      presence: optional",
    '      since: "2.0"',
    "      valueList: cardKind",
    "      description: Kind of the card checked.",
    "",
  ].join("\n");
  await writeFiles(spec, { [OP]: `${await read(spec, OP)}${callback}` });
  const report = await sync(spec);
  // Before, the callback's field took the whole list, CHARGE and the other page's wording with it.
  expect(report.messages, report.messages.join("\n")).toEqual(
    expect.arrayContaining([
      "value CHARGE added to list cardKind (from sources/cardCheck.page.txt); not taken by cardCheck callback (it has no saved page)",
      "cardCheck: callback field cardKind takes 2 values of cardKind (CREDIT, DEBIT), written out so that values other pages add do not reach it",
    ]),
  );
  const text = await read(spec, OP);
  expect(text.slice(text.indexOf("callback:"))).toContain("      values: [CREDIT, DEBIT]\n");
});

test("a field the page renames: removed and added, each said to be perhaps the other renamed", async () => {
  // cardKind, in the field list and the changelog, becomes cardType: same presence, version, values and place.
  const spec = await workspace([
    ["\ncardKind\n- presence", "\ncardType\n- presence"],
    ["\ncardKind\n|", "\ncardType\n|"],
  ]);
  const lines = (await check(spec)).filter((d) => d.includes("page-mismatch request.fields"));
  expect(lines.map((d) => d.split("\n")[0]?.replace(/^.* error page-mismatch /, ""))).toEqual([
    "request.fields.cardType: the spec says no such field, the page says an optional field (it may be cardKind renamed: the page no longer lists cardKind, which has the same presence, version and values, between the same fields)",
    "request.fields.cardKind: the spec says an optional field, the page says no such field (it may have been renamed cardType: the page lists cardType, new, with the same presence, version and values, between the same fields)",
  ]);
  const report = await sync(spec);
  expect(report.messages).toEqual(
    expect.arrayContaining([
      "cardCheck: request field cardType added (optional, 2.50); give its type and format from the data dictionary (or cardKind's, removed beside it: it may be cardKind renamed)",
      "cardCheck: request field cardKind removed (the page no longer lists it; it may have been renamed cardType)",
    ]),
  );
});

// cardKind (2.50) goes; cardType (2.60) comes in its place, in the field list and the changelog.
const laterInPlace: [string, string][] = [
  ["\ncardKind\n- presence", "\ncardType\n- presence"],
  ["- Optional\n- Interface version\n- 2.50", "- Optional\n- Interface version\n- 2.60"],
  ["2.50 |\ncardKind\n|", "2.60 |\ncardType\n|"],
];

test("a field the page drops and another of a later version it adds, described alike, are said to be one renamed", async () => {
  // A release that renames a field prints the new name with a version of its own: the description says it is the same.
  const spec = await workspace(laterInPlace);
  const lines = (await check(spec)).filter((d) => / error /.test(d) && !d.includes("valueLists"));
  expect(lines.map((d) => d.split("\n")[0]?.replace(/^.* error /, ""))).toEqual([
    "page-mismatch request.fields.cardType: the spec says no such field, the page says an optional field (it may be cardKind renamed: the page no longer lists cardKind, which has the same presence, values and description, between the same fields)",
    "page-mismatch request.fields.cardKind: the spec says an optional field, the page says no such field (it may have been renamed cardType: the page lists cardType, new, with the same presence, values and description, between the same fields)",
  ]);
  const report = await sync(spec);
  expect(report.messages).toEqual(
    expect.arrayContaining([
      "cardCheck: request field cardType added (optional, 2.60); give its type and format from the data dictionary (or cardKind's, removed beside it: it may be cardKind renamed)",
      "cardCheck: request field cardKind removed (the page no longer lists it; it may have been renamed cardType)",
    ]),
  );
});

test("a field the page drops and another of a later version it adds, described otherwise, are not said to be one renamed", async () => {
  const spec = await workspace([...laterInPlace, ["2.60\nKind of card.\n", "2.60\nType of card.\n"]]);
  const lines = (await check(spec)).filter((d) => / error /.test(d) && !d.includes("valueLists"));
  expect(lines.map((d) => d.split("\n")[0]?.replace(/^.* error /, ""))).toEqual([
    "page-mismatch request.fields.cardType: the spec says no such field, the page says an optional field",
    "page-mismatch request.fields.cardKind: the spec says an optional field, the page says no such field",
  ]);
});

test("a new field the page lists twice, each listing like another field gone, is said to be neither renamed", async () => {
  // cardType takes seal's place as a required field of 2.0, and cardKind's as an optional one of 2.50 with its values.
  const spec = await workspace([
    [
      "\nseal\n- presence\n- Required\n- Interface version\n- 2.0\n",
      "\ncardType\n- presence\n- Required\n- Interface version\n- 2.0\n",
    ],
    ["\ncardKind\n- presence", "\ncardType\n- presence"],
    ["\ncardKind\n|", "\ncardType\n|"],
  ]);
  const lines = (await check(spec)).map((d) => d.split("\n")[0]?.replace(/^.* error /, ""));
  expect(lines).toContain('page-duplicate-field field "cardType" is listed twice in the Request');
  expect(lines.filter((d) => d?.startsWith("page-mismatch request.fields"))).toEqual([
    "page-mismatch request.fields.cardType: the spec says no such field, the page says a required field",
    "page-mismatch request.fields.seal: the spec says a required field, the page says no such field",
    "page-mismatch request.fields.cardKind: the spec says an optional field, the page says no such field",
  ]);
});

test("a defective page: sync writes nothing and says where the page is wrong", async () => {
  const spec = await workspace([
    ["IR_WS_2.50", "IR_WS_2.60"],
    ["merchantId\n- presence\n- Required", "merchantId\n- presence\n- Requird"],
  ]);
  const report = await sync(spec);
  expect(report.ok).toBe(false);
  expect(report.written.size).toBe(0);
  expect(report.messages.join("\n")).toContain(
    'cardCheck.page.txt:29:3 error page-unknown-presence field "merchantId" has an unknown presence "Requird"; did you mean "Required"?',
  );
  expect(await read(spec, OP)).toContain("recommended: IR_WS_2.50");
});

test("a page saved decomposed (e then U+0301): read as the composed text the spec has, and written composed", async () => {
  const composed = "Carte à débit différé";
  const decomposed = composed.normalize("NFD");
  expect(decomposed).not.toBe(composed);
  // The spec's text as the page shows it: no difference. Without it: a mismatch between texts that show alike.
  const agreeing = await workspace([["Kind of card.", decomposed]]);
  await editFile(path.join(agreeing, OP), "description: Kind of card.", `description: ${composed}`);
  expect(await check(agreeing)).toEqual([]);
  // A new value's meaning is written as the spec writes text. Without it: written decomposed into the shared list.
  const spec = await workspace([["CREDIT\n- Credit card", `CHARGE\n- ${decomposed}\nCREDIT\n- Credit card`]]);
  const report = await sync(spec);
  expect(report.ok).toBe(true);
  const lists = await read(spec, "dictionary/lists.yaml");
  expect(lists).toContain(`CHARGE:\n        meaning: ${composed}\n`);
  expect(lists.normalize("NFC")).toBe(lists);
});

test("a new value the page prints without a meaning: the page's defect, and no meaning made up", async () => {
  const spec = await workspace([["CREDIT\n- Credit card", "CHARGE\nCREDIT\n- Credit card"]]);
  const before = await read(spec, "dictionary/lists.yaml");
  const report = await sync(spec);
  expect([report.ok, report.written.size]).toEqual([false, 0]);
  // Without it: CHARGE written into the shared list with the meaning "CHARGE".
  expect(report.messages.join("\n")).toContain(
    'cardCheck.page.txt:51:1 error page-value-without-meaning value "CHARGE" of field "cardKind" of the Request has no meaning',
  );
  expect(await read(spec, "dictionary/lists.yaml")).toBe(before);
});

test("a new value whose meaning the page prints with a tab and a run of spaces: written with single spaces", async () => {
  const spec = await workspace([["CREDIT\n- Credit card", "CHARGE\n- Charge\tcard,  deferred\nCREDIT\n- Credit card"]]);
  expect((await sync(spec)).ok).toBe(true);
  // Without it: the tab and both spaces written into the shared list.
  expect(await read(spec, "dictionary/lists.yaml")).toContain("CHARGE:\n        meaning: Charge card, deferred\n");
});

test("a page without its summary line: the page's defect where the summary belongs, and nothing written", async () => {
  const spec = await workspace([["Checks a card.\n", ""]]);
  // Without it: no summary to compare, and the spec's kept in silence while the page reads as sound.
  expect(await check(spec)).toEqual([
    "spec/sources/cardCheck.page.txt:3:1 error page-missing-summary the page has no summary; a Sips page prints it on the line after its title (and the search hint)",
  ]);
  const report = await sync(spec);
  expect([report.ok, report.written.size]).toEqual([false, 0]);
});

test("a value the page lists twice, with two meanings: the page's defect, and neither meaning written", async () => {
  const spec = await workspace([["- Or a charge card\n", "- Or a charge card\nDEBIT\n- Deferred debit card\n"]]);
  const before = await read(spec, OP);
  const report = await sync(spec);
  expect([report.ok, report.written.size]).toEqual([false, 0]);
  expect(report.messages.join("\n")).toContain(
    'cardCheck.page.txt:54:1 error page-duplicate-value value "DEBIT" is listed twice in the values of field "cardKind" of the Request',
  );
  expect(await read(spec, OP)).toBe(before);
});

test("an interface version printed without its value: the page's defect, and the bullet not written as the description", async () => {
  const spec = await workspace([
    ["- Interface version\n- 2.0\nIdentifier of the shop.", "- Interface version\nIdentifier of the shop."],
  ]);
  const before = await read(spec, OP);
  const report = await sync(spec);
  expect([report.ok, report.written.size]).toEqual([false, 0]);
  expect(report.messages.join("\n")).toContain(
    'cardCheck.page.txt:30:1 error page-unreadable-line line not understood in the attributes of "merchantId": "- Interface version"',
  );
  expect(await read(spec, OP)).toBe(before);
});

test("a list of values that lost its heading: the page's defect, and the list not written as the description", async () => {
  const spec = await workspace([["Kind of card.\nList of values\n", "Kind of card.\n"]]);
  const before = await read(spec, OP);
  const report = await sync(spec);
  expect([report.ok, report.written.size]).toEqual([false, 0]);
  expect(report.messages.join("\n")).toContain(
    'cardCheck.page.txt:48:1 error page-unreadable-line line not understood in the description of "cardKind": "DEBIT"',
  );
  expect(await read(spec, OP)).toBe(before);
});

test("a page without its Response heading: the section is reported missing, and no response field is 'no such field'", async () => {
  // The response's fields then sit in the request sample's part, read as nothing.
  const spec = await workspace([["Request sample\nResponse\n", "Request sample\n"]]);
  expect(await check(spec)).toEqual([
    'spec/sources/cardCheck.page.txt:79:1 error page-missing-section the page has no "Response" section; is it a saved Sips operation page?',
  ]);
  expect((await sync(spec)).written.size).toBe(0);
});

test("a page that is no Sips page (HTML saved in its place): one defect, and no comparison with its first lines", async () => {
  const spec = await workspace();
  await writeFiles(spec, {
    [PAGE]: "<!doctype html>\n<html><head><title>cardCheck</title></head>\n<body></body></html>\n",
  });
  expect(await check(spec)).toEqual([
    "spec/sources/cardCheck.page.txt:1:1 error page-no-sections the page has none of the sections of a Sips page (Endpoints, Request, Response, Changelog); is it a saved Sips operation page, saved as text?",
  ]);
  expect((await sync(spec)).written.size).toBe(0);
});

test("a page whose Endpoints list no address: that defect alone, and no environment removed", async () => {
  // Read as given, the page removed every environment: sync tried, and the spec's check refused an empty endpoints.
  const page = await read(await workspace(), PAGE);
  const endpoints = page.slice(page.indexOf("Endpoints\n"), page.indexOf("Request\n"));
  const spec = await workspace([[endpoints, "Endpoints\n"]]);
  expect(await check(spec)).toEqual([
    "spec/sources/cardCheck.page.txt:5:1 error page-no-endpoints the Endpoints section lists no address; is the page saved whole?",
  ]);
  expect((await sync(spec)).written.size).toBe(0);
});

test("edits that would leave the spec invalid: its errors are placed in the files on disk, and the edits are listed", async () => {
  // The release adds a request field (the lines after it move) and drops the response field the status block names.
  const spec = await workspace([
    [
      "Request sample",
      "-\ncardLabel\n- presence\n- Optional\n- Interface version\n- 2.60\nLabel of the card.\nRequest sample",
    ],
  ]);
  const code = '    responseCode: { presence: optional, since: "2.10", type: string, description: Code. }\n';
  await editFile(
    path.join(spec, OP),
    '    seal: { from: dictionary, presence: required, since: "2.10" }\n',
    `$&${code}status:\n  field: responseCode\n  accepted: "00"\n  formatError: "30"\n  signatureError: "34"\n`,
  );
  const before = await read(spec, OP);
  const report = await sync(spec);
  expect(report.ok).toBe(false);
  expect(await read(spec, OP)).toBe(before);
  const line = before.split("\n").indexOf("  field: responseCode") + 1;
  expect(report.messages).toEqual([
    `spec/operations/office/cardCheck.yaml:${line}:10 error unknown-status-field the response has no field "responseCode"; status names response fields`,
    "",
    "The edits would leave the spec invalid (above); nothing was written. The edits were:\n  cardCheck: request field cardLabel added (optional, 2.60); give its type and format from the data dictionary\n  cardCheck: response field responseCode removed (the page no longer lists it)",
  ]);
});

test("a release that drops the field status.errorField names: the key goes with the field, and sync says so", async () => {
  // The page lists responseCode, and no longer errorFieldName, which the status block names for format errors.
  const spec = await workspace([
    [
      "Message seal.\nResponse sample",
      "Message seal.\n-\nresponseCode\n- presence\n- Required\n- Interface version\n- 2.10\nCode.\nResponse sample",
    ],
  ]);
  const fields =
    '    responseCode: { presence: required, since: "2.10", type: string, description: Code. }\n' +
    '    errorFieldName: { presence: optional, since: "2.10", type: string, description: Field in error. }\n';
  const status =
    'status:\n  field: responseCode\n  errorField: errorFieldName\n  accepted: "00"\n  formatError: "30"\n  signatureError: "34"\n';
  await editFile(
    path.join(spec, OP),
    '    seal: { from: dictionary, presence: required, since: "2.10" }\n',
    `$&${fields}${status}`,
  );
  const before = await read(spec, OP);
  const report = await sync(spec);
  // Without it: the edits left a status naming a field the response lacked (unknown-status-field); nothing written.
  expect(report.messages.slice(0, 2)).toEqual([
    "cardCheck: response field errorFieldName removed (the page no longer lists it)",
    "cardCheck: status.errorField removed with errorFieldName (the mock's format error no longer names the field in error)",
  ]);
  expect(await read(spec, OP)).toBe(
    before
      .replace(
        '    errorFieldName: { presence: optional, since: "2.10", type: string, description: Field in error. }\n',
        "",
      )
      .replace("  errorField: errorFieldName\n", ""),
  );
});

test("a deviation with its reason is information; one that no longer differs is an error", async () => {
  const spec = await workspace([["IR_WS_2.50", "IR_WS_2.60"]]);
  const deviation =
    "  page: sources/cardCheck.page.txt\n  deviations:\n    - about: interfaceVersion.recommended\n      reason: The 2.60 release is not in production yet.\n";
  await editFile(path.join(spec, OP), "  page: sources/cardCheck.page.txt\n", deviation);
  expect(await check(spec)).toEqual([
    "spec/operations/office/cardCheck.yaml:18:16 info page-deviation interfaceVersion.recommended deviates from the page on purpose: The 2.60 release is not in production yet.\n  spec/sources/cardCheck.page.txt:4:1 the page",
  ]);
  expect((await sync(spec)).written.size).toBe(0);
  await editFile(path.join(spec, PAGE), "IR_WS_2.60", "IR_WS_2.50");
  expect(await check(spec)).toEqual([
    "spec/operations/office/cardCheck.yaml:8:14 error page-deviation-unused a deviation is recorded for interfaceVersion.recommended, but the spec and the page agree there; remove it",
  ]);
});

// After paymentWebInit's page of Release 23.1, which printed no recommended interfaceVersion where Release 24.2
// prints HP_3.4 and IR_WS_3.4: the client sends the spec's by default, so sync neither keeps it unsaid nor removes it.
test("a release that prints no recommended version, where the spec has one, is left to the maintainer", async () => {
  const spec = await workspace([["Recommended interfaceVersion: IR_WS_2.50\n", ""]]);
  const said =
    'spec/operations/office/cardCheck.yaml:15:16 error page-mismatch interfaceVersion.recommended: the spec says "IR_WS_2.50", the page says nothing (no "Recommended interfaceVersion" line)\n  spec/sources/cardCheck.page.txt:3:1 the page';
  expect(await check(spec)).toEqual([said]);
  const before = await read(spec, OP);
  const report = await sync(spec);
  expect([report.ok, report.messages]).toEqual([
    false,
    [
      "",
      "Nothing written: sync cannot settle what differs (below).",
      "",
      "Left for the maintainer (edit the spec, or record a deviation under source.deviations):",
      said,
    ],
  ]);
  expect(await read(spec, OP)).toBe(before);
  const deviation =
    "  page: sources/cardCheck.page.txt\n  deviations:\n    - about: interfaceVersion.recommended\n      reason: The copy lost its header.\n";
  await editFile(path.join(spec, OP), "  page: sources/cardCheck.page.txt\n", deviation);
  expect((await check(spec)).map((d) => d.split(" ").slice(1, 4).join(" "))).toEqual([
    "info page-deviation interfaceVersion.recommended",
  ]);
  // Taken away by hand, the spec agrees with the page.
  await editFile(path.join(spec, OP), deviation, "  page: sources/cardCheck.page.txt\n");
  await editFile(path.join(spec, OP), "  recommended: IR_WS_2.50\n", "");
  expect(await check(spec)).toEqual([]);
});

// After getTransactionData's page of the DR_WS_2.55 release, whose copy prints s10TransactionReference (optional,
// 2.6) after intermediateServiceProviderId, where the saved DR_WS_2.58 copy and the spec's factsStop.after stop.
const STOP = "request:\n  factsStop:\n    after: seal\n    see: https://example.com/cardCheck\n  fields:\n";
const CARD_LABEL =
  "-\ncardLabel\n- presence\n- Optional\n- Interface version\n- 2.60\nLabel of the card.\nRequest sample";

test("a release that prints fields beyond factsStop.after moves it to the last of them, a new one too", async () => {
  const spec = await workspace();
  await editFile(path.join(spec, OP), "request:\n  fields:\n", STOP);
  expect(await check(spec)).toEqual([
    'spec/operations/office/cardCheck.yaml:19:12 error page-mismatch request.factsStop.after: the spec says "seal", the page says "cardKind", the last field it prints after it (check factsStop.notes)\n  spec/sources/cardCheck.page.txt:42:1 the page',
  ]);
  await editFile(path.join(spec, PAGE), "Request sample", CARD_LABEL);
  await editFile(path.join(spec, PAGE), "2.50 |\ncardKind\n", "2.60 |\ncardLabel\n|\nRequest | |\n2.50 |\ncardKind\n");
  expect((await check(spec)).map((d) => d.split("\n")[0]?.split(" ").slice(3).join(" "))).toContain(
    'request.factsStop.after: the spec says "seal", the page says "cardLabel", the last field it prints after it (check factsStop.notes)',
  );
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages.filter((m) => m.includes("factsStop"))).toEqual([
    "cardCheck: request.factsStop.after set to cardLabel",
  ]);
  const written = await read(spec, OP);
  expect(written).toContain("  factsStop:\n    after: cardLabel\n");
  expect(written.indexOf("    cardLabel:")).toBeGreaterThan(written.indexOf("    cardKind:"));
  expect(await check(spec)).toEqual([]);
});

test("factsStop.after moves up to a field no page printed, and names the page's fields beyond that one", async () => {
  const spec = await workspace();
  const fields =
    "    cardToken: { presence: undocumented, since: undocumented, type: string, description: Token. }\n" +
    '    cardBrand: { presence: optional, since: "2.60", type: string, description: Brand of the card. }\n' +
    "response:\n";
  await editFile(path.join(spec, OP), "request:\n  fields:\n", STOP);
  await editFile(path.join(spec, OP), "response:\n", fields);
  const brand = "-\ncardBrand\n- presence\n- Optional\n- Interface version\n- 2.60\nBrand of the card.\nRequest sample";
  await editFile(path.join(spec, PAGE), "Request sample", brand);
  await editFile(path.join(spec, PAGE), "2.50 |\ncardKind\n", "2.60 |\ncardBrand\n|\nRequest | |\n2.50 |\ncardKind\n");
  expect(await check(spec)).toEqual([
    'spec/operations/office/cardCheck.yaml:19:12 error page-mismatch request.factsStop.after: the spec says "seal", the page says "cardKind", the last field it prints after it (check factsStop.notes); it prints cardBrand too, after cardToken, which no page printed: they move up to follow cardKind next\n  spec/sources/cardCheck.page.txt:42:1 the page',
  ]);
  // sync moves the stop to cardKind, then cardBrand up past cardToken, then the stop to cardBrand, in one run.
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages.filter((m) => m.includes("factsStop") || m.includes("moved"))).toEqual([
    "cardCheck: request.factsStop.after set to cardKind",
    "cardCheck: request fields cardBrand moved up to follow cardKind, as the page prints them (the fields no page printed stay beyond the facts)",
    "cardCheck: request.factsStop.after set to cardBrand",
  ]);
  const written = await read(spec, OP);
  expect(written).toContain("  factsStop:\n    after: cardBrand\n");
  // cardToken stays, beyond the facts: counted among them, it would have been removed as a field the page dropped.
  expect(written.indexOf("    cardToken:")).toBeGreaterThan(written.indexOf("    cardBrand:"));
  expect(await check(spec)).toEqual([]);
});

// After cardCheckEnrollment's page of a release whose copy goes on past currencyCode, where the spec's factsStop.after
// stopped, to fields the spec held from an SDK after others no page printed.
test("a release that prints fields beyond factsStop.after, behind one no page printed, moves them up and the stop", async () => {
  const spec = await workspace();
  const token = "    cardToken: { presence: undocumented, since: undocumented, type: string, description: Token. }\n";
  const stop = STOP.replace("    see:", "    notes:\n      - The copy stops after seal.\n    see:");
  await editFile(path.join(spec, OP), "request:\n  fields:\n", stop);
  const own = "    # cardKind: printed by the page.\n";
  await editFile(path.join(spec, OP), "    cardKind:\n", `${token}${own}    cardKind:\n`);
  expect(await check(spec)).toEqual([
    'spec/operations/office/cardCheck.yaml:19:12 error page-mismatch request.factsStop.after: the spec says "seal", the page says cardKind after it, behind cardToken, which no page printed: they move up to follow seal, in the page\'s order, and factsStop.after to the last of them (check factsStop.notes)\n  spec/sources/cardCheck.page.txt:42:1 the page',
  ]);
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages.filter((m) => m.includes("factsStop") || m.includes("notes") || m.includes("moved"))).toEqual([
    "cardCheck: request fields cardKind moved up to follow seal, as the page prints them (the fields no page printed stay beyond the facts)",
    "cardCheck: request.factsStop.after set to cardKind",
    "cardCheck: notes may say where the facts stopped (request.factsStop.notes, request.fields.cardKind.notes): read them again (sync does not edit them)",
  ]);
  const written = await read(spec, OP);
  expect(written).toContain("    after: cardKind\n");
  // cardKind moves whole, its notes and the comment that speaks of it alone with it; cardToken stays beyond the facts.
  expect(written).toContain(`    seal: { from: dictionary, presence: required, since: "2.0" }\n${own}    cardKind:\n`);
  expect(written).toContain(`        - A note that sync keeps.\n${token}response:\n`);
  expect(await check(spec)).toEqual([]);
  expect((await sync(spec)).messages.at(-1)).toBe("The spec already agrees with its pages; nothing to write.");
});

// After cancel's page of an earlier release (CR_WS_2.55), whose spec's notes quote the saved release's CR_WS_2.58.
test("a recommended version replaced: sync names the notes that quote the old one, which it does not edit", async () => {
  const spec = await workspace([["IR_WS_2.50", "IR_WS_2.60"]]);
  const cited =
    "  page: sources/cardCheck.page.txt\n  notes:\n    - The page recommends IR_WS_2.50 (IR_WS_2.5 in its first release).\n";
  await editFile(path.join(spec, OP), "  page: sources/cardCheck.page.txt\n", cited);
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages.slice(0, 2)).toEqual([
    "cardCheck: interfaceVersion.recommended set to IR_WS_2.60",
    "cardCheck: notes name IR_WS_2.50 (source.notes): read them again (sync does not edit them)",
  ]);
  expect(await read(spec, OP)).toContain(cited);
  // A note that names only an earlier version, not the one replaced, is not named.
  const later = await workspace([["IR_WS_2.50", "IR_WS_2.60"]]);
  await editFile(
    path.join(later, OP),
    "  page: sources/cardCheck.page.txt\n",
    cited.replace("IR_WS_2.50 ", "IR_WS_2.6 "),
  );
  expect((await sync(later)).messages.filter((m) => m.includes("notes name"))).toEqual([]);
});

// After cardValidateAuthenticationAndOrder's first page, where the spec had no recommended version and a note said why.
test("a recommended version given where the spec had none: sync names the notes that speak of one", async () => {
  const spec = await workspace();
  const none =
    "interfaceVersion:\n  prefix: IR_WS_\nnotes:\n  - No public source gives a recommended interfaceVersion.\n";
  await editFile(path.join(spec, OP), "interfaceVersion:\n  prefix: IR_WS_\n  recommended: IR_WS_2.50\n", none);
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages.slice(0, 2)).toEqual([
    "cardCheck: interfaceVersion.recommended set to IR_WS_2.50",
    "cardCheck: notes speak of a recommended version, of which the spec had none (notes): read them again (sync does not edit them)",
  ]);
  expect(await read(spec, OP)).toContain("  - No public source gives a recommended interfaceVersion.\n");
});

// After walletInitialize's first page: its source notes, written with the page, name the version the page gives.
test("a recommended version given where the spec had none: a note that names the version given is not named", async () => {
  const spec = await workspace();
  const none =
    "interfaceVersion:\n  prefix: IR_WS_\nnotes:\n  - No public source gives a recommended interfaceVersion.\n";
  const written =
    "  page: sources/cardCheck.page.txt\n  notes:\n    - The page gives the recommended version IR_WS_2.50.\n";
  await editFile(path.join(spec, OP), "interfaceVersion:\n  prefix: IR_WS_\n  recommended: IR_WS_2.50\n", none);
  await editFile(path.join(spec, OP), "  page: sources/cardCheck.page.txt\n", written);
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  // Before: "(source.notes, notes)", the note just written with the page sent to be read again beside the stale one.
  expect(report.messages.filter((m) => m.includes("notes speak of"))).toEqual([
    "cardCheck: notes speak of a recommended version, of which the spec had none (notes): read them again (sync does not edit them)",
  ]);
  // With the stale note gone, nothing is named.
  const later = await workspace();
  await editFile(
    path.join(later, OP),
    "interfaceVersion:\n  prefix: IR_WS_\n  recommended: IR_WS_2.50\n",
    "interfaceVersion:\n  prefix: IR_WS_\n",
  );
  await editFile(path.join(later, OP), "  page: sources/cardCheck.page.txt\n", written);
  expect((await sync(later)).messages.filter((m) => m.includes("notes speak of"))).toEqual([]);
});

test("an environment rewritten from its page keeps the address a deviation keeps", async () => {
  const spec = await workspace([
    [SIMU_SOAP, `${SIMU_JSON_BLOCK}\n${SIMU_SOAP.replace("OfficeService?wsdl", "CardService?wsdl")}`],
  ]);
  const deviation =
    "  page: sources/cardCheck.page.txt\n  deviations:\n    - about: endpoints.simu.soap\n      reason: The card service is not open yet.\n";
  await editFile(path.join(spec, OP), "  page: sources/cardCheck.page.txt\n", deviation);
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(await read(spec, OP)).toContain(
    "  simu:\n    json: https://office-server.simu.example.com/rs-services/v2/office/cardCheck\n    soap: https://office-server.example.com/services/v2/OfficeService?wsdl\n",
  );
  expect((await check(spec)).map((d) => d.split(" ").slice(1, 4).join(" "))).toEqual([
    "info page-deviation endpoints.simu.soap",
  ]);
});

test("a page no operation cites becomes an operation file, family from --family", async () => {
  const spec = await workspace();
  await rm(path.join(spec, OP));
  // The error first, though the warning's file sorts before the page.
  expect(await check(spec)).toEqual([
    "spec/sources/cardCheck.page.txt:1:1 error page-uncited no operation cites sources/cardCheck.page.txt; run npm run sync to add it",
    'spec/dictionary/lists.yaml:2:3 warning unused-value-list value list "cardKind" is not used by any field',
  ]);
  const report = await sync(spec, "Checks");
  expect(report.ok).toBe(true);
  expect([...report.written.keys()]).toEqual(
    ["dictionary/lists.yaml", "operations/checks/cardCheck.yaml"].filter((k) => report.written.has(k)),
  );
  const made = await read(spec, "operations/checks/cardCheck.yaml");
  expect(made).toContain("family: Checks\neffect: changes\nsource:\n  page: sources/cardCheck.page.txt\n");
  expect(made).toContain('    merchantId: { from: dictionary, presence: required, since: "2.0" }\n');
  expect(made).toContain(
    '    cardKind:\n      presence: optional\n      since: "2.50"\n      valueList: cardKind\n      description: Kind of card.\n',
  );
  expect(await check(spec)).toEqual([]);
  expect((await sync(spec)).written.size).toBe(0);
});

test("a page no operation cites that lacks its summary and a JSON address: said at its place, and nothing written", async () => {
  // Without the check: "run npm run sync to add it", and sync then said only that the page lacks one of three things.
  const spec = await workspace([
    ["Checks a card.\n", ""],
    [
      "https://office-server.example.com/rs-services/v2/office/cardCheck",
      "https://office-server.example.com/services/v2/office/cardCheck",
    ],
    [
      "https://office-server.test.example.com/rs-services/v2/office/cardCheck",
      "https://office-server.test.example.com/services/v2/office/cardCheck",
    ],
  ]);
  await rm(path.join(spec, OP));
  expect((await check(spec)).filter((line) => line.includes(" error "))).toEqual([
    "spec/sources/cardCheck.page.txt:3:1 error page-missing-summary the page has no summary; a Sips page prints it on the line after its title (and the search hint)",
    "spec/sources/cardCheck.page.txt:1:1 error page-cannot-make-operation no operation cites sources/cardCheck.page.txt, and sync cannot make one of it: the page has no summary, no JSON address (/rs-services/) (save it again, or write the operation by hand, citing it)",
  ]);
  const report = await sync(spec, "Checks");
  expect([report.ok, report.written.size]).toEqual([false, 0]);
});

test("a page no operation cites whose Response prints no field: said at its heading, and nothing written", async () => {
  // Without the check: sync made the file with "fields:" empty, and refused its own file as invalid.
  const spec = await workspace([
    ["Response\nRequired\n-\nseal\n- presence\n- Required\n- Interface version\n- 2.10\nMessage seal.\n", "Response\n"],
    ["seal\n|\nRequest/Response", "seal\n|\nRequest"],
    ["2.10 |\nseal", "2.0 |\nseal"],
  ]);
  await rm(path.join(spec, OP));
  expect((await check(spec)).filter((line) => line.includes(" error "))).toEqual([
    "spec/sources/cardCheck.page.txt:55:1 error page-cannot-make-operation no operation cites sources/cardCheck.page.txt, and sync cannot make one of it: the page has no field in its Response (save it again, or write the operation by hand, citing it)",
  ]);
  const report = await sync(spec, "Checks");
  expect([report.ok, report.written.size]).toEqual([false, 0]);
});

test("a page no operation cites with a container's field: the container is written with it, under a typeName of its own where its name is another type's", async () => {
  // At first bin was written at the request's top, then removed by the next pass as "no longer listed"; then cardKind
  // was written as a plain string, left for the maintainer to make a container. CardKind is the value list's type.
  const spec = await workspace([
    [
      "Request sample",
      "-\nbin\n- presence\n- Optional\n- Interface version\n- 2.50\n- Container\n- cardKind\nFirst digits.\nRequest sample",
    ],
    ["2.50 |\ncardKind\n|\nRequest | |", "2.50 |\ncardKind\n|\nRequest | |\n2.50 |\nbin\n|\nRequest | cardKind |"],
    // A container lists no values (page-container-values-listed).
    ["List of values\nDEBIT\n- Debit card\nCREDIT\n- Credit card\n- Or a charge card\n", ""],
  ]);
  await rm(path.join(spec, OP));
  const report = await sync(spec, "Checks");
  expect(report.messages).toContain(
    "cardCheck: request field cardKind is written out as a container of the fields the page prints in it, typeName CardCheckCardKind (CardKind is another type's): check it against the data dictionary",
  );
  expect(report.messages.join("\n")).not.toContain("bin removed");
  expect(await read(spec, "operations/checks/cardCheck.yaml")).toContain(
    '    cardKind:\n      presence: optional\n      since: "2.50"\n      type: container\n      typeName: CardCheckCardKind\n      description: Kind of card.\n      fields:\n        bin:\n          presence: optional\n          since: "2.50"\n          description: First digits.\n',
  );
  expect((await check(spec)).filter((line) => !line.includes(" warning unused-value-list "))).toEqual([]);
});

test("without --family, the family comes from the endpoint path and sync says so", async () => {
  const spec = await workspace();
  await rm(path.join(spec, OP));
  const report = await sync(spec);
  expect(report.messages.join("\n")).toContain(
    "family office derived from the endpoint path (--family to choose another)",
  );
  expect(await read(spec, "operations/office/cardCheck.yaml")).toContain("family: office\n");
});

test("without --family, a page under an endpoint folder no operation has names the families at its host beside the folder's", async () => {
  // A first function of a new group (a token or checkout function beside the existing ones) shares no folder with an
  // operation: the family was the folder's name with no word that the operations at the same host have one of their own.
  const spec = await workspace();
  const page = await readFile(path.join(spec, PAGE), "utf8");
  const token = page
    .replaceAll("cardCheck", "tokenCheck")
    .replaceAll("/rs-services/v2/office/", "/rs-services/v2/token/");
  await writeFiles(spec, { "sources/tokenCheck.page.txt": token });
  const report = await sync(spec);
  expect(report.messages).toContain(
    "family token derived from the endpoint path, as no operation's endpoint is under /token/; the operations at office-server.example.com are of the family Office (--family to choose one, or another)",
  );
  expect(await read(spec, "operations/token/tokenCheck.yaml")).toContain("family: token\n");
});

test("without --family, a page whose endpoint has no folder says so, naming no folder and not its host", async () => {
  // The folder before the operation was read from the address as text: for an address whose path holds no folder
  // the host stood for one ("family office-server.example.com"), and text with no "/" at all was named /null/.
  const spec = await workspace();
  const page = await readFile(path.join(spec, PAGE), "utf8");
  const bare = page
    .replaceAll("cardCheck", "bareCheck")
    .replaceAll("/rs-services/v2/office/bareCheck", "/rs-services/");
  await writeFiles(spec, { "sources/bareCheck.page.txt": bare });
  const report = await sync(spec);
  const text = report.messages.join("\n");
  expect(report.messages).toContain(
    "family operations given as no folder of the endpoint path names one; the operations at office-server.example.com are of the family Office (--family to choose one, or another)",
  );
  expect(text).not.toContain("/null/");
  expect(text).not.toContain("family office-server");
});

test("a field the page no longer lists is removed with the comment over it alone; a comment heading its group stays", async () => {
  const input = await readSpecInput(fixture);
  const spec = input.files.find((f) => f.relPath === OP)?.text ?? "";
  const page = input.pages?.get(PAGE) ?? "";
  // cardKind gone from the page: its field block and its changelog row.
  const block = page.slice(page.indexOf("Optional\n-\ncardKind"), page.indexOf("Request sample"));
  const release = page.replace(block, "").replace("2.50 |\ncardKind\n|\nRequest | |\n", "");
  const cardKind = /^ {4}cardKind:\n(?: {6}.*\n| {8}.*\n)*/m.exec(spec)?.[0] ?? "";
  const seal = '    seal: { from: dictionary, presence: required, since: "2.0" }\n';
  const comment = "    # The card, then the seal.\n";
  const synced = async (text: string) =>
    (await syncInMemory(withFiles(input, [[PAGE, release]], new Map([[OP, text]])))).report.written.get(OP);
  // Over cardKind alone, the comment goes with it.
  expect(await synced(spec.replace(cardKind, `${comment}${cardKind}`))).toBe(spec.replace(cardKind, ""));
  // Heading cardKind and the seal after it, it stays over the seal.
  const grouped = spec.replace(seal, "").replace(cardKind, `${comment}${cardKind}${seal}`);
  expect(await synced(grouped)).toBe(spec.replace(seal, "").replace(cardKind, `${comment}${seal}`));
});
