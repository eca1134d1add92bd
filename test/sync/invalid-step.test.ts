// When sync's edits together leave no valid spec, the report names the first edit after which the spec is invalid
// (sync/invalid-step.ts), over the real checks of the fixture spec: the edits before it are ready, those after it
// are not checked, wherever the breaking edit stands and however many break it.
import path from "node:path";
import { expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { invalidStep } from "../../generator/sync/invalid-step.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import type { SyncStep } from "../../generator/sync/sync-passes.js";
import { fixturesDir } from "../support/paths.js";

const spec = path.join(fixturesDir, "sync", "spec");
const OP = "operations/office/cardCheck.yaml";

/** Each edit's step, as sync's traced passes give it: its message and every text as it left them. */
async function stepsOf(edits: readonly { readonly say: string; readonly from: string; readonly to: string }[]) {
  const input = await readSpecInput(spec, path.dirname(spec));
  const texts = new Map(input.files.map((f) => [f.relPath, f.text]));
  const steps: SyncStep[] = edits.map(({ say, from, to }) => {
    const text = texts.get(OP) ?? "";
    expect(text, say).toContain(from);
    texts.set(OP, text.replace(from, to));
    return { messages: [say], texts: new Map(texts) };
  });
  return { input, steps };
}

const summary = { say: "summary reworded", from: "summary: Checks a card.", to: "summary: Checks a card again." };
const method = { say: "method changed", from: "method: POST", to: "method: SEND" };
const list = { say: "value list renamed", from: "valueList: cardKind\n", to: "valueList: cardKinds\n" };
const back = { say: "method back", from: "method: SEND", to: "method: POST" };

/** The report's lines between the header and the advice, and the errors' codes. */
async function reported(edits: Parameters<typeof stepsOf>[0]) {
  const { input, steps } = await stepsOf(edits);
  const found = await invalidStep(input, steps, checkSync);
  return { lines: found?.lines.slice(1, -1), codes: found?.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`) };
}

test("the breaking edit among others: those before it ready, those after it not checked", async () => {
  const { lines, codes } = await reported([
    summary,
    { say: "summary reworded 1", from: "again.", to: "again 1." },
    { say: "summary reworded 2", from: "again 1.", to: "again 2." },
    method,
    { ...summary, from: "again 2.", to: "once more." },
  ]);
  expect(lines).toEqual([
    "Ready (the spec is valid with them):",
    "  summary reworded",
    "  summary reworded 1",
    "  summary reworded 2",
    "The edit that breaks it, with the error above:",
    "  method changed",
    "Not checked without it (made after it):",
    "  summary reworded",
  ]);
  // Placed on disk: the line the edit would write goes before line 8, the method's line being the one it replaces.
  expect(codes).toEqual(["spec/operations/office/cardCheck.yaml:8 unknown-enum"]);
});

test("two edits that each break the spec: the first is named, the second is not checked", async () => {
  const { lines } = await reported([summary, method, list]);
  expect(lines).toEqual([
    "Ready (the spec is valid with them):",
    "  summary reworded",
    "The edit that breaks it, with the error above:",
    "  method changed",
    "Not checked without it (made after it):",
    "  value list renamed",
  ]);
  expect((await reported([method, list])).lines?.slice(0, 3)).toEqual([
    "No edit was ready before it.",
    "The edit that breaks it, with the error above:",
    "  method changed",
  ]);
});

test("an edit undone by a later one: the spec the ready edits leave is valid, and the last breaking edit is named", async () => {
  const { input, steps } = await stepsOf([method, back, summary, list]);
  const found = await invalidStep(input, steps, checkSync);
  expect(found?.lines.slice(1, 7)).toEqual([
    "Ready (the spec is valid with them):",
    "  method changed",
    "  method back",
    "  summary reworded",
    "The edit that breaks it, with the error above:",
    "  value list renamed",
  ]);
});

test("edits that each leave a valid spec: no step is named", async () => {
  const { input, steps } = await stepsOf([summary, method, back]);
  expect(await invalidStep(input, steps, checkSync)).toBeNull();
});
