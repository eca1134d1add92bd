// A page release adds a value to a shared list: the diff a reviewer reads
// shows it in the list's own files and in the operations whose own values
// change, not in every operation that takes some of the list. cardRefund takes
// one value of channel, of family and of statusCode; a value added to one of
// those lists leaves each of its files as it was.
import { describe, expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import type { SpecInput } from "../../generator/read/spec-files.js";
import { edited, goldenInput, LISTS } from "../support/golden-changes.js";

async function filesOf(spec: SpecInput): Promise<Map<string, string>> {
  const result = await generateFromInput(spec);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return new Map(result.files.map((f) => [f.path, f.content]));
}

const before = await filesOf(goldenInput);
const changedFiles = (after: Map<string, string>) =>
  [...before].filter(([file, text]) => after.get(file) !== text).map(([file]) => file);

/** A value added to each list, after one of its values that cardRefund does not take. */
const ADDED = {
  channel: ["      MOTO:\n        meaning: Mail order / telephone order\n", "      WALLET:\n        meaning: Wallet\n"],
  statusCode: [
    '      "99":\n        name: INTERNAL_ERROR\n        meaning: Internal error\n',
    '      "98":\n        name: BUSY\n        meaning: Busy\n',
  ],
  family: [
    "      WR_WS_2.:\n        name: WR_WS\n        meaning: Wallet\n",
    "      XX_WS_2.:\n        name: XX_WS\n        meaning: Other\n",
  ],
} as const;

describe.each(Object.entries(ADDED))("a value added to %s", (_, [after, added]) => {
  test("changes the shared list's files and none of an operation that takes only some of it", async () => {
    const changed = changedFiles(await filesOf(edited(goldenInput, [[LISTS, after, after + added]])));
    // The list's own declarations do change: the edit reached the output.
    expect(changed).toContain("value-lists.ts");
    expect(changed.filter((file) => /(^|\/)cardRefund(\/|\.md$)/.test(file))).toEqual([]);
  });
});
