// A request field a release adds in a version later than the operation's
// recommended one, or moves to one (the golden cardCheck recommends IR_WS_2.46): the client's
// default version cannot carry it, and the change's line says what to do, in
// the Markdown and the JSON alike, still classed as additive.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import { OP, changeLine, edited, goldenInput, modelOf, modelOfGolden } from "../support/golden-changes.js";

const NOTE =
  "Later than the recommended IR_WS_2.46, which the client declares for a call that gives no interfaceVersion and under which the field is refused: a call that sets it must give interfaceVersion IR_WS_2.50 or later (in the request or the client's interfaceVersions), or raise interfaceVersion.recommended to IR_WS_2.50 once Sips supports it.";

// What any field added to the sealed JSON request says first.
const SEAL = " Its message's seal field list changes; no existing seal does.";

/** cardCheck's changes with an optional request field added at `since` (in a container where `inCustomer`). */
async function added(since: string, inCustomer = false) {
  const field = `{ presence: optional, since: "${since}", description: A note. }`;
  const edit = inCustomer
    ? (["dictionary/fields.yaml", "      name:\n", `      note: ${field}\n      name:\n`] as const)
    : ([OP, "    referenceId:\n", `    note: ${field}\n    referenceId:\n`] as const);
  return compareSpecs(await modelOfGolden(), await modelOf(edited(goldenInput, [edit])));
}

test("a request field after the recommended version: its line says to declare its version or raise recommended", async () => {
  const changes = await added("2.50");
  expect(changes.map(changeLine)).toEqual(["cardCheck request /note field-added additive"]);
  expect(changes[0]?.summary).toBe(`optional request field note added (since 2.50).${SEAL} ${NOTE}`);
  const report = changesReport(changes);
  expect(toMarkdown(report, "main")).toContain(NOTE);
  expect(toJson(report)).toContain(JSON.stringify(NOTE).slice(1, -1));
});

test("a field in a request's container, after the recommended version, gets the note too", async () => {
  const changes = await added("2.50", true);
  expect(changes.filter((c) => c.message === "request").map((c) => c.summary.endsWith(NOTE))).toEqual([true]);
});

test("a request field by the recommended version has no note", async () => {
  for (const since of ["2.40", "2.46"]) {
    const [change] = await added(since);
    expect(change?.summary).toBe(`optional request field note added (since ${since}).${SEAL}`);
  }
});

/** cardCheck's request changes with channels (since 2.30) moved to `since`. */
async function channelsMoved(since: string) {
  const was = '      presence: optional\n      since: "2.30"\n';
  const changes = await modelOf(edited(goldenInput, [[OP, was, was.replace('"2.30"', `"${since}"`)]]));
  return compareSpecs(await modelOfGolden(), changes).filter((c) => c.message === "request");
}

test("a request field moved past the recommended version gets the note too, with the version a call must give", async () => {
  const [change] = await channelsMoved("2.50");
  expect([change?.kind, change?.field, change?.summary.endsWith(NOTE)]).toEqual(["since", "/channels", true]);
});

test("a request field moved within the recommended version has no note", async () => {
  const [change] = await channelsMoved("2.46");
  expect([change?.kind, change?.summary.includes("recommended")]).toEqual(["since", false]);
});
