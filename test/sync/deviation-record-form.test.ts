// A deviation's page: record, written by `sync --record-deviations`, holds the page's text exactly and on one line as
// the page prints it, so that a maintainer compares the two (or finds it in the page), and a second run writes nothing.
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { parse } from "yaml";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { check, OP, read, removeWorkspaces, workspace } from "../support/sync-workspace.js";
import { editFile } from "../support/temp-spec.js";

afterEach(removeWorkspaces);

/** sync, told to record each kept deviation's page value. */
async function record(spec: string) {
  const input = await readSpecInput(spec, path.dirname(spec));
  return syncSpec(input, await checkSync(input), { family: null, recordDeviations: true });
}

// Long enough that sync would fold it, with a quote and a colon, which a plain text may not hold together.
const MEANING =
  'Debit card: "immediate" settlement, taken from the account on the day of each payment, whatever its bank';
const ABOUT = "request.fields.cardKind.values.DEBIT.meaning";

test("a long meaning with a quote and a colon is recorded exactly, on one line, and a second run writes nothing", async () => {
  const spec = await workspace([["- Debit card", `- ${MEANING}`]]);
  await editFile(
    path.join(spec, OP),
    "  page: sources/cardCheck.page.txt\n",
    `  page: sources/cardCheck.page.txt\n  deviations:\n    - about: ${ABOUT}\n      reason: The shop's own wording.\n`,
  );
  await editFile(
    path.join(spec, OP),
    "      valueList: cardKind\n",
    "      valueList: cardKind\n      meanings: { DEBIT: The debit card }\n",
  );
  expect((await check(spec)).map((line) => line.split(" ").slice(1, 4).join(" "))).toEqual([
    `info page-deviation ${ABOUT}`,
  ]);
  const report = await record(spec);
  expect(report.messages[0]).toBe(
    `operations/office/cardCheck.yaml: deviation ${ABOUT} records the page's ${JSON.stringify(MEANING)}`,
  );
  const text = await read(spec, OP);
  // Without one line: folded over two lines, which the page prints as one.
  expect(text).toContain(`      reason: The shop's own wording.\n      page: '${MEANING}'\n`);
  const doc = parse(text) as { source: { deviations: { page: string }[] } };
  expect(doc.source.deviations[0]?.page).toBe(MEANING);
  expect((await record(spec)).written.size).toBe(0);
  expect((await check(spec)).map((line) => line.split(" ").slice(1, 4).join(" "))).toEqual([
    `info page-deviation ${ABOUT}`,
  ]);
});
