// A deviation's page: records what the page said when it was written: a later release that moves that value again
// is an error at the record, not the spec's value kept silently under a reason written for another.
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkAdvice } from "../../generator/sync/check-advice.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { check, OP, PAGE, read, removeWorkspaces, sync, workspace } from "../support/sync-workspace.js";
import { editFile } from "../support/temp-spec.js";

afterEach(removeWorkspaces);

const SOURCE = "  page: sources/cardCheck.page.txt\n";
const DEVIATION = `${SOURCE}  deviations:\n    - about: interfaceVersion.recommended\n      reason: The 2.60 release is not in production yet.\n`;
const RECORDED = `${DEVIATION}      page: IR_WS_2.60\n`;

/** sync, told to record each kept deviation's page value. */
async function record(spec: string) {
  const input = await readSpecInput(spec, path.dirname(spec));
  return syncSpec(input, await checkSync(input), { family: null, recordDeviations: true });
}

const KEPT =
  'spec/operations/office/cardCheck.yaml:19:16 info page-deviation interfaceVersion.recommended deviates from the page on purpose (the spec says "IR_WS_2.50", the page says "IR_WS_2.60"): The 2.60 release is not in production yet.\n  spec/sources/cardCheck.page.txt:4:1 the page';

test("a recorded page value that still matches is quiet; one the page moved is an error at the record", async () => {
  const spec = await workspace([["IR_WS_2.50", "IR_WS_2.60"]]);
  await editFile(path.join(spec, OP), SOURCE, RECORDED);
  expect(await check(spec)).toEqual([KEPT]);
  await editFile(path.join(spec, PAGE), "IR_WS_2.60", "IR_WS_2.70");
  const moved = await check(spec);
  expect(moved[0]).toBe(
    'spec/operations/office/cardCheck.yaml:10:13 error page-deviation-moved the deviation for interfaceVersion.recommended was recorded when the page said "IR_WS_2.60"; the page now says "IR_WS_2.70": read its reason again, then run `npm run sync -- --record-deviations` to record the page\'s value (or remove the deviation)\n  spec/sources/cardCheck.page.txt:4:1 the page',
  );
  expect(moved).toHaveLength(2);
  const checked = await checkSync(await readSpecInput(spec, path.dirname(spec)));
  if (!checked.ok) throw new Error("the fixture spec is valid");
  expect(checkAdvice(checked)).toBe(
    "read again the reason of each deviation whose page moved, then run `npm run sync -- --record-deviations`",
  );
  // sync alone keeps the record: the reason may be stale, and only a maintainer who read it again puts it back.
  const before = await read(spec, OP);
  const plain = await sync(spec);
  // An error left fails the run, as --check fails on it: a CI step that syncs, then generates, stops there.
  expect([plain.ok, plain.written.size, plain.messages]).toEqual([
    false,
    0,
    [
      "",
      "Nothing written: the spec keeps its values, but 1 deviation records a page value a release moved (below).",
      "",
      "Deviations recorded for another value of the page (read each reason again, then run `npm run sync -- --record-deviations`):",
      moved[0],
    ],
  ]);
  expect(await read(spec, OP)).toBe(before);
  const report = await record(spec);
  // What it recorded, and no more: neither the moved record it has just written nor a summary that counts it.
  expect(report.messages).toEqual([
    'operations/office/cardCheck.yaml: deviation interfaceVersion.recommended records the page\'s "IR_WS_2.70" (was "IR_WS_2.60")',
    "",
    "1 file changed: operations/office/cardCheck.yaml.",
    "Run `npm run generate`.",
  ]);
  expect(await read(spec, OP)).toBe(before.replace("page: IR_WS_2.60\n", "page: IR_WS_2.70\n"));
  expect(await check(spec)).toEqual([KEPT.replace('says "IR_WS_2.60"', 'says "IR_WS_2.70"')]);
});

test("a deviation without a record is compared as before, and sync records it when told", async () => {
  const spec = await workspace([["IR_WS_2.50", "IR_WS_2.60"]]);
  await editFile(path.join(spec, OP), SOURCE, DEVIATION);
  await editFile(path.join(spec, PAGE), "IR_WS_2.60", "IR_WS_2.70");
  expect((await check(spec)).map((d) => d.split(" ").slice(1, 3).join(" "))).toEqual(["info page-deviation"]);
  const before = await read(spec, OP);
  await record(spec);
  expect(await read(spec, OP)).toBe(before.replace(DEVIATION, `${DEVIATION}      page: IR_WS_2.70\n`));
  // Recorded once, a second run finds nothing to write, and says of no record that it wrote it.
  const again = await record(spec);
  expect([again.written.size, again.messages]).toEqual([
    0,
    ["", "The spec already agrees with its pages; nothing to write."],
  ]);
});
