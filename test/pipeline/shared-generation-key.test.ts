// The tests share a generation without memo per worker, keyed by everything
// generation reads of its input (test/support/generate.ts), which leaves out
// the spec folder's absolute path: diagnostics name files as the working
// directory sees them (the display root and paths, in the key), and nothing
// else reads the folder. Two folders with equal texts, each seen from its own
// working directory under the same name, share a generation that is each one's
// own; seen under other names, they do not share, and each names its own.
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { generateShared, goldenRoot } from "../support/generate.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

/** A copy of the golden spec with a schema error in one operation: its diagnostics name a file. */
async function brokenCopy(): Promise<{ root: string; spec: string }> {
  const made = await tempWorkspace(path.join(goldenRoot, "spec"));
  roots.push(made.root);
  await editFile(path.join(made.spec, "operations/office/cardCheck.yaml"), "method: POST", "method: POST\nbogusKey: 1");
  return made;
}

test("a shared generation is the one each folder would have alone, and names each folder's own files", async () => {
  const first = await brokenCopy();
  const second = await brokenCopy();
  // Seen from its own root, each is "spec/...": the same input, the same generation.
  await generateShared(first.spec, first.root);
  const shared = await generateShared(second.spec, second.root);
  const alone = await generateFromInput(await readSpecInput(second.spec, second.root));
  expect(shared.diagnostics.length).toBeGreaterThan(0);
  expect(shared).toEqual(alone);
  // Seen from elsewhere, each names its own folder.
  for (const { root, spec } of [first, second]) {
    const named = await generateShared(spec, tmpdir());
    const files = new Set(named.diagnostics.map((d) => d.file));
    const own = path.relative(tmpdir(), spec).split(path.sep).join("/");
    expect(
      [...files].filter((file) => !file.startsWith(`${own}/`)),
      root,
    ).toEqual([]);
    expect(named).toEqual(await generateFromInput(await readSpecInput(spec, tmpdir())));
  }
});
