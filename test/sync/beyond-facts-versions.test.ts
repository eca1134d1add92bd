// A field beyond a message's saved facts is one no page printed: a version
// written there (copied from another operation whose page prints the field) is
// no source's, yet the validators hold it. sync --check reports it and sync
// writes undocumented, plain as the spec writes it; a field the page prints
// beyond the stop is the page's, compared with its version as any other. In
// memory: no file is written.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const FILE = "operations/in-app/paymentTokenInitialize.yaml";
const LAST = '    sealAlgorithm: { from: dictionary, presence: optional, since: "2.37" }\n';

/** The fixture's paymentTokenInitialize with its request's facts stopping after sealAlgorithm, and `beyond` after it. */
async function withBeyond(beyond: string) {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const yaml = readFileSync(path.join(fixture, FILE), "utf8");
  if (!yaml.includes(LAST) || !yaml.includes("request:\n  fields:\n"))
    throw new Error("the fixture's request is written otherwise");
  const stopped = yaml
    .replace(
      "request:\n  fields:\n",
      "request:\n  factsStop:\n    after: sealAlgorithm\n    see: https://example.com/page.html\n  fields:\n",
    )
    .replace(LAST, `${LAST}${beyond}`);
  return withFiles(base, [], new Map([[FILE, stopped]]));
}

const SAMPLE = "    amount: { from: dictionary, presence: undocumented, since: undocumented }\n";

test("sync --check reports a version given to a field beyond the saved facts, which no page printed", async () => {
  const diagnostics = await checkInMemory(await withBeyond(SAMPLE.replace("since: undocumented", 'since: "2.0"')));
  // Without it: "spec/ agrees with its pages", the version copied from another operation's page held by the validators.
  expect(diagnostics).toContainEqual(
    expect.stringContaining(
      "error page-mismatch request.fields.amount.since: the spec says 2.0, the page says no version: the field is beyond the saved facts (request.factsStop), which no page printed",
    ),
  );
});

test("the report of a version beyond the saved facts says how a version another copy of the page prints is kept", async () => {
  // Sync's edit drops the version; where an older or other copy of the page prints it, the guide keeps it as a
  // recorded deviation, which the report named nowhere: a maintainer following it lost a published fact.
  const diagnostics = await checkInMemory(await withBeyond(SAMPLE.replace("since: undocumented", 'since: "2.0"')));
  const line = diagnostics.find((d) => d.includes("request.fields.amount.since"));
  expect(line).toContain(
    "; a version another public copy of the page prints is kept and recorded under source.deviations, naming that copy",
  );
});

test("sync writes undocumented, unquoted, for a version beyond the saved facts", async () => {
  const { report, after } = await syncInMemory(await withBeyond(SAMPLE.replace("since: undocumented", 'since: "2.0"')));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages).toContain("paymentTokenInitialize: request field amount: since set to undocumented");
  // Quoted as a version is ("undocumented"), it read as no version all the same, but the spec writes it plain.
  expect(specTexts(after).get(FILE)).toContain(SAMPLE);
  expect(await checkInMemory(after)).toEqual([]);
});

test("a field beyond the saved facts without a version is no difference", async () => {
  expect(await checkInMemory(await withBeyond(SAMPLE))).toEqual([]);
});

test("a field the page prints beyond the stop is the page's: its version is not reported as beyond the facts", async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const yaml = readFileSync(path.join(fixture, FILE), "utf8");
  // The stop after seal: the page's three Optional fields (2.37) follow it, printed by the page.
  const stopped = yaml.replace(
    "request:\n  fields:\n",
    "request:\n  factsStop:\n    after: seal\n    see: https://example.com/page.html\n  fields:\n",
  );
  const diagnostics = await checkInMemory(withFiles(base, [], new Map([[FILE, stopped]])));
  // The stop moves past them (facts-stop-reach.ts); their version is the page's, not one to take away.
  expect(diagnostics).toContainEqual(expect.stringContaining("request.factsStop.after"));
  expect(diagnostics.filter((d) => d.includes("the page says no version"))).toEqual([]);
});

/** A container and a list of containers beyond the saved facts, each with a field written with `since` and `presence`. */
const containersBeyond = (since: string, presence: string) => `    beyondBox:
      presence: undocumented
      since: undocumented
      type: container
      description: A box no page printed.
      fields:
        boxNote: { presence: ${presence}, since: ${since}, description: A note in the box. }
    beyondItemList:
      presence: undocumented
      since: undocumented
      type: list
      description: Items no page printed.
      items:
        type: container
        description: An item.
        fields:
          itemNote: { presence: ${presence}, since: ${since}, description: A note of the item. }
`;

test("a version or presence written on a container's field beyond the saved facts, a list's item's too, is reported and made undocumented", async () => {
  const input = await withBeyond(containersBeyond('"2.0"', "required"));
  const claims = (await checkInMemory(input)).filter((d) => d.includes("beyond the saved facts"));
  // Without it: only the message's top was read, and the fields within passed unreported, held by the validators.
  expect(claims).toEqual(
    [
      "request.fields.beyondBox.fields.boxNote.presence: the spec says required, the page says no presence",
      "request.fields.beyondBox.fields.boxNote.since: the spec says 2.0, the page says no version",
      "request.fields.beyondItemList.items.fields.itemNote.presence: the spec says required, the page says no presence",
      "request.fields.beyondItemList.items.fields.itemNote.since: the spec says 2.0, the page says no version",
    ].map((said) => expect.stringContaining(`error page-mismatch ${said}`)),
  );
  const { report, after } = await syncInMemory(input);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const yaml = specTexts(after).get(FILE) ?? "";
  expect(yaml).toContain(containersBeyond("undocumented", "undocumented"));
  expect(await checkInMemory(after)).toEqual([]);
});

test("a container's fields beyond the saved facts without a version or presence of their own are no difference", async () => {
  expect(await checkInMemory(await withBeyond(containersBeyond("undocumented", "undocumented")))).toEqual([]);
});
