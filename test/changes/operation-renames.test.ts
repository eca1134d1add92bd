// `npm run changes` on the golden fixture, an operation renamed: one change
// (breaking, its names change) with what else changed between the two, when a
// trait pairs the gone operation with the new one; removed and added when in
// doubt.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import type { SpecInput } from "../../generator/read/spec-files.js";
import { changeLine, edited, goldenInput, modelOf, modelOfGolden, OP, textOf } from "../support/golden-changes.js";
import { fixturesDir } from "../support/paths.js";
import { withFiles } from "../support/sync-memory.js";

const RENAMED = "operation: cardCheck\n";

/** An edit of cardCheck's text: a request field added. */
const ADD_NOTE = [
  "    referenceId:\n",
  '    note: { presence: optional, since: "2.50", description: A note. }\n    referenceId:\n',
] as const;

/** The golden spec with cardCheck's file replaced by these files (path and text). */
function replaced(files: Readonly<Record<string, string>>): SpecInput {
  return withFiles(goldenInput, [], new Map<string, string | null>([[OP, null], ...Object.entries(files)]));
}

/** cardCheck's text named `name`, at other addresses when `moved`, with `edits` made. */
function cardCheckAs(name: string, moved = false, edits: readonly (readonly [string, string])[] = []): string {
  let text = textOf(goldenInput, OP).replace(RENAMED, `operation: ${name}\n`);
  if (moved) text = text.replaceAll("/checkout/cardCheck", `/checkout/${name}`);
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`cardCheck does not contain ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  return text;
}

const changesOf = async (input: SpecInput) => compareSpecs(await modelOfGolden(), await modelOf(input));

test("renamed in its own file: one breaking change under the new name, its field changes compared as usual", async () => {
  const spec = edited(goldenInput, [
    [OP, RENAMED, "operation: cardVerify\n"],
    [OP, ...ADD_NOTE],
  ]);
  const changes = await changesOf(spec);
  expect(changes.map(changeLine)).toEqual([
    "cardVerify - - operation-renamed breaking-request,breaking-response",
    "cardVerify request /note field-added additive",
  ]);
  expect(changes[0]?.summary).toBe(
    "operation cardCheck renamed cardVerify (told by the same spec file): its types, validators, seal helpers, client method and subpath take the new name, and code that names the old ones stops compiling.",
  );
});

test("renamed and its file too: told by its addresses, the file's move reported as docs", async () => {
  const changes = await changesOf(replaced({ "operations/office/cardVerify.yaml": cardCheckAs("cardVerify") }));
  expect(changes.map((c) => `${changeLine(c)}: ${c.summary}`)).toEqual([
    expect.stringMatching(/^cardVerify - - operation-renamed .*told by the same JSON addresses/),
    "cardVerify - - description docs: spec file operations/office/cardCheck.yaml → operations/office/cardVerify.yaml (the generated files' headers name it).",
  ]);
});

test("renamed with its file and addresses, its fields reordered: still told by its fields", async () => {
  const seal = '    seal: { from: dictionary, since: "2.0" }\n';
  const customer = '    customer: { from: dictionary, presence: optional, since: "2.20" }\n';
  const reordered = [seal + customer, customer + seal] as const;
  const spec = replaced({ "operations/office/cardVerify.yaml": cardCheckAs("cardVerify", true, [reordered]) });
  const changes = await changesOf(spec);
  expect(changes.find((c) => c.kind === "operation-renamed")?.summary).toContain("told by the same fields");
});

test("renamed with its file and addresses: told by its fields, the addresses' move reported as endpoints", async () => {
  const spec = replaced({ "operations/office/cardVerify.yaml": cardCheckAs("cardVerify", true) });
  const changes = await changesOf(spec);
  expect(changes.map(changeLine)).toEqual([
    "cardVerify - - endpoint breaking-request",
    "cardVerify - - endpoint breaking-request",
    "cardVerify - - operation-renamed breaking-request,breaking-response",
    "cardVerify - - description docs",
    // Its path in openapi.json follows its addresses: /checkout/cardCheck → /checkout/cardVerify.
    "cardVerify - - endpoint docs",
  ]);
  expect(changes[2]?.summary).toContain("told by the same fields");
  expect(changes[0]?.summary).toBe(
    "PROD endpoint https://office-server.example.com/rs-services/v2/checkout/cardCheck → https://office-server.example.com/rs-services/v2/checkout/cardVerify: requests go elsewhere.",
  );
});

test("in doubt, removed and added: two new operations that either could be, or one that shares no trait", async () => {
  // Both new ones have cardCheck's fields, neither its file nor its addresses.
  const twins = replaced({
    "operations/office/cardVerify.yaml": cardCheckAs("cardVerify", true),
    "operations/office/cardProbe.yaml": cardCheckAs("cardProbe", true),
  });
  expect((await changesOf(twins)).map(changeLine)).toEqual([
    "cardCheck - - operation-removed breaking-request,breaking-response",
    "cardProbe - - operation-added additive",
    "cardVerify - - operation-added additive",
  ]);
  // Another file, other addresses and a field more: nothing says it is cardCheck.
  const other = cardCheckAs("cardVerify", true, [ADD_NOTE]);
  expect((await changesOf(replaced({ "operations/office/cardVerify.yaml": other }))).map(changeLine)).toEqual([
    "cardCheck - - operation-removed breaking-request,breaking-response",
    "cardVerify - - operation-added additive",
  ]);
});

test("in doubt, removed and added: two gone operations that either could be the new one", async () => {
  // cardCheck and its copy cardProbe both go; cardVerify has the fields of both, neither's file nor addresses.
  const before = withFiles(
    goldenInput,
    [],
    new Map([["operations/office/cardProbe.yaml", cardCheckAs("cardProbe", true)]]),
  );
  const after = replaced({ "operations/office/cardVerify.yaml": cardCheckAs("cardVerify", true) });
  expect(compareSpecs(await modelOf(before), await modelOf(after)).map(changeLine)).toEqual([
    "cardCheck - - operation-removed breaking-request,breaking-response",
    "cardProbe - - operation-removed breaking-request,breaking-response",
    "cardVerify - - operation-added additive",
  ]);
});

test("renamed with its file, addresses and fields: told by its saved page", async () => {
  // Only the page that both cite is the same: another file, other addresses, a field more.
  // A page that reads without a defect (the sync fixture's): a page read with one is an error of the spec.
  const pageText = readFileSync(path.join(fixturesDir, "sync", "spec", "sources", "cardCheck.page.txt"), "utf8");
  const page: [string, string] = ["sources/cardCheck.page.txt", pageText];
  const cites = ["family: Office\n", "family: Office\nsource: { page: sources/cardCheck.page.txt }\n"] as const;
  const before = withFiles(goldenInput, [page], new Map([[OP, cardCheckAs("cardCheck", false, [cites])]]));
  const after = withFiles(
    goldenInput,
    [page],
    new Map<string, string | null>([
      [OP, null],
      ["operations/office/cardVerify.yaml", cardCheckAs("cardVerify", true, [cites, ADD_NOTE])],
    ]),
  );
  const changes = compareSpecs(await modelOf(before), await modelOf(after));
  expect(changes.map(changeLine)).toEqual([
    "cardVerify - - endpoint breaking-request",
    "cardVerify - - endpoint breaking-request",
    "cardVerify - - operation-renamed breaking-request,breaking-response",
    "cardVerify request /note field-added additive",
    "cardVerify - - description docs",
    "cardVerify - - endpoint docs",
  ]);
  expect(changes[2]?.summary).toContain("told by the same saved page");
});

test("renamed with names of what its fields take of their lists: those names told once, with the rename", async () => {
  const file = "operations/office/cardRefund.yaml";
  const changes = await changesOf(edited(goldenInput, [[file, "operation: cardRefund\n", "operation: cardReturn\n"]]));
  expect(changes.map(changeLine)).toEqual(["cardReturn - - operation-renamed breaking-request,breaking-response"]);
  expect(changes[0]?.summary).toContain(
    "So do the names of what its fields take of their lists: CARD_REFUND_FAMILY_VALUES → CARD_RETURN_FAMILY_VALUES, CardRefundChannel → CardReturnChannel, CARD_REFUND_CHANNEL_VALUES → CARD_RETURN_CHANNEL_VALUES, isCardRefundChannel → isCardReturnChannel,",
  );
});

test("renamed, and a field takes its whole list again: its names are gone, not renamed", async () => {
  const file = "operations/office/cardRefund.yaml";
  const spec = edited(goldenInput, [
    [file, "operation: cardRefund\n", "operation: cardReturn\n"],
    [file, "      values: [INTERNET]\n", ""],
  ]);
  const changes = await changesOf(spec);
  expect(changes.filter((c) => c.kind === "exported-names").map((c) => `${changeLine(c)}: ${c.summary}`)).toEqual([
    "cardReturn request /channels exported-names breaking-request: CardRefundChannel, CARD_REFUND_CHANNEL_VALUES, isCardRefundChannel no longer exported (what the field takes of its list, now all of it; the list's own names serve): code that names them stops compiling.",
  ]);
  expect(changes.find((c) => c.kind === "operation-renamed")?.summary).not.toContain("CardRefundChannel");
});
