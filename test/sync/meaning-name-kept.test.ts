// A name the spec gives an own meaning (meanings: with name:) is the maintainer's: a release that rewords the
// meaning rewrites the text and keeps the name, and so the constant, which sync then says nothing of renaming.
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { check, OP, read, removeWorkspaces, sync, workspace } from "../support/sync-workspace.js";
import { editFile } from "../support/temp-spec.js";

afterEach(removeWorkspaces);

test("a reworded own meaning keeps the name the spec gave it", async () => {
  const spec = await workspace([["DEBIT\n- Debit card\n", "DEBIT\n- Debit card of the holder\n"]]);
  await editFile(
    path.join(spec, OP),
    "      valueList: cardKind\n",
    "      valueList: cardKind\n      meanings:\n        DEBIT: { meaning: A debit card, name: HOLDER_DEBIT }\n",
  );
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages.join("\n")).not.toMatch(/renamed/);
  expect(await read(spec, OP)).toContain(
    "      meanings:\n        DEBIT:\n          meaning: Debit card of the holder\n          name: HOLDER_DEBIT\n",
  );
  expect(await check(spec)).toEqual([]);
});
