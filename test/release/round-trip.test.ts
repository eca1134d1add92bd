// From page to spec and back: with an operation's file deleted, `sync` makes
// it again from its page, and `generate` gives the same types, values,
// validators, seal field lists, registry entry, callback, container types and
// changelog as the spec written by hand, for every operation that cites a page
// (round-trip-pages.test.ts does the same where pages share value lists). What
// the page does not carry may differ: comments, which the generated files
// compared here do not carry; the status block, whose type the registry entry
// carries, and notes, which their JSDoc prints, both put back from the file
// written by hand
// (maintainer-facts.ts), as source notes a page saved later adds to an
// operation were not (paymentTokenInitialize's). Nor does a page give the
// type and format of a field no other operation or the dictionary has: sync
// writes it out and says so, and the maintainer gives them (README, step 3),
// so they are put back from the file written by hand (maintainer-facts.ts), as
// is the callback, which no page makes. An operation whose saved facts stop
// before its page does holds more than its page by design, and is left out.
// The facts the spec keeps otherwise on purpose (source.deviations: a
// container's fields, one type for every operation, printed otherwise by this
// page; a newer copy's recommended version than the saved copy's) are the
// maintainer's, as notes are: sync leaves them for the maintainer, or writes
// the page's where it has one, and they are put back from the file written
// by hand; nothing else is left.
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { generate } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { generateRepoSpec } from "../support/generate.js";
import { specDir } from "../support/paths.js";
import { generatedArtifacts } from "./artifacts.js";
import { tempWorkspace } from "../support/temp-spec.js";
import {
  withCallback,
  withDeviations,
  withMaintainerFacts,
  withMaintainerNotes,
  withStatus,
} from "./maintainer-facts.js";

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

test("every operation with a page is made again from it, with the same generated code", async () => {
  const { model, files: want } = await generateRepoSpec();
  // Where the saved facts stop before the page does (factsStop), the spec holds more than its page by design:
  // no page can make it again.
  const withPage = model.operations.filter(
    (op) => op.source.page !== null && op.request.factsStop === null && op.response.factsStop === null,
  );
  expect(withPage.length).toBeGreaterThan(0);
  const checked = await checkSync(await readSpecInput(specDir));
  if (!checked.ok) throw new Error("the spec does not check against its pages");
  const kept = new Map(
    checked.subjects.map((s) => [s.op.name, (s.located.raw.source?.deviations ?? []).map((d) => d.about)]),
  );
  for (const op of withPage) {
    const { root, spec } = await tempWorkspace(specDir);
    roots.push(root);
    const file = path.join(spec, op.sourceFile);
    const written = await readFile(file, "utf8");
    await rm(file);
    const input = await readSpecInput(spec, root);
    const report = await syncSpec(input, await checkSync(input), { family: op.family });
    expect([...report.written.keys()], op.name).toContain(op.sourceFile);
    const made = withMaintainerFacts(await readFile(file, "utf8"), written, op.name, report.messages);
    // Each fact kept against the page is one sync left for the maintainer, or one it wrote from the page that the
    // maintainer keeps otherwise (a newer copy's recommended version), put back from the file written by hand.
    const { text, restored } = withDeviations(withStatus(withCallback(made, written), written), written);
    const left = leftForMaintainer(report.messages);
    expect([...new Set([...left, ...restored])].sort(), op.name).toEqual([...new Set(kept.get(op.name))].sort());
    await writeFile(file, withMaintainerNotes(text, written));
    const result = await generate({ specDir: spec, cwd: root });
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    expect(generatedArtifacts(result.files, op.name), op.name).toEqual(generatedArtifacts(want, op.name));
  }
});

/** The facts sync leaves for the maintainer, by the name a deviation is recorded under, without repeats. */
function leftForMaintainer(messages: readonly string[]): string[] {
  const at = messages.findIndex((m) => m.startsWith("Left for the maintainer"));
  if (at < 0) return [];
  const left = messages.slice(at + 1).filter((m) => m !== "" && !m.startsWith("Run `npm run generate`"));
  return [...new Set(left.map((m) => / error [\w-]+ ([^\s:]+):/.exec(m)?.[1] ?? m))].sort();
}
