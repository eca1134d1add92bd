// A reviewer reads a presence change as one changed line per generated file,
// not as a field that moved (which reads as a rename): on the golden fixture,
// turn an optional field required and look at the diff of every file. The
// field is first given the request's lowest version (IR_WS_2.4): made required
// at a later one, it would raise that version too (a request carries every
// required field), a change of its own (test/changes/since-floor.test.ts).
import path from "node:path";
import { diffLines } from "diff";
import { expect, test } from "vitest";
import { generate, type GeneratedFile } from "../../generator/index.js";
import { fixturesDir } from "../support/paths.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const golden = path.join(fixturesDir, "golden", "spec");

async function files(spec: string): Promise<Map<string, string>> {
  const result = await generate({ specDir: spec });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return new Map(result.files.map((f: GeneratedFile) => [f.path, f.content]));
}

/** Lines removed and added again elsewhere: a move. Punctuation-only lines say nothing. */
function movedLines(before: string, after: string): string[] {
  const removed = new Set<string>();
  const added = new Set<string>();
  for (const part of diffLines(before, after)) {
    for (const line of part.value.split("\n").map((l) => l.trim().replace(/,$/, ""))) {
      if (!/[A-Za-z0-9]/.test(line)) continue;
      if (part.removed) removed.add(line);
      if (part.added) added.add(line);
    }
  }
  return [...removed].filter((l) => added.has(l));
}

test("a presence change moves no line in any generated file", async () => {
  const { spec } = await tempWorkspace(golden);
  await editFile(
    path.join(spec, "operations/office/cardCheck.yaml"),
    '    orderChannel:\n      presence: optional\n      since: "2.5"',
    '    orderChannel:\n      presence: optional\n      since: "2.4"',
  );
  const want = await files(spec);
  await editFile(
    path.join(spec, "operations/office/cardCheck.yaml"),
    "    orderChannel:\n      presence: optional",
    "    orderChannel:\n      presence: required",
  );
  const got = await files(spec);
  const changed = [...got].filter(([file, text]) => want.get(file) !== text);
  expect(changed.map(([file]) => file)).toContain("operations/cardCheck/types.ts");
  for (const [file, text] of changed) expect(movedLines(want.get(file) ?? "", text), file).toEqual([]);
  const types = diffLines(
    want.get("operations/cardCheck/types.ts") ?? "",
    got.get("operations/cardCheck/types.ts") ?? "",
  );
  expect(types.filter((p) => p.added).map((p) => p.value.trim())).toEqual([
    "* Presence: required.",
    "orderChannel: Channel;",
  ]);
});
