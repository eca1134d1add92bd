// Two processes writing one folder at once: they take turns under its lock,
// and the folder ends as one whole tree, nothing left beside it. The same for
// generated/ (the tree replaced) and for spec/ as sync writes it (each writer
// writing over what it read, or refusing).
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { writeOutput } from "../../generator/write/write-output.js";
import { testTree } from "../support/test-trees.js";
import { whichFiles, whichTree } from "../support/which-tree.js";
import { bundleWriter, firstWrite, type How, startWriter, TREE_SIZE } from "../support/write-processes.js";

bundleWriter();

/**
 * Two writers of `folder`, trees `b` and `c` in turns, three rounds each, told to start once both are loaded:
 * their first writes ask for the lock at the same moment, and the later ones take turns.
 */
async function startRacers(folder: { readonly how: How; readonly root: string }) {
  const writers = [startWriter([folder], 3, ["b", "c"], "go"), startWriter([folder], 3, ["c", "b"], "go")];
  await Promise.all(writers.map((w) => w.ready));
  for (const w of writers) w.proc.stdin?.write("go\n");
  return writers;
}

/** Whether each writer's writes met the other's in time: else they took no turns, and that race raced nothing. */
async function overlapped(writers: Awaited<ReturnType<typeof startRacers>>): Promise<boolean> {
  const [a, b] = await Promise.all(writers.map((w) => w.span()));
  if (!a || !b) throw new Error(`a writer did not say when it wrote: ${JSON.stringify([a, b])}`);
  return a.from < b.to && b.from < a.to;
}

/**
 * Races until one race's writers met in time, at most three: each race's outcome is checked, and on a machine
 * loaded enough to run one writer's rounds whole before the other starts, a race that met none is run again
 * rather than taken for one that raced.
 */
async function raceUntilMet(race: () => Promise<boolean>): Promise<void> {
  let met = false;
  for (let attempt = 0; attempt < 3 && !met; attempt++) met = await race();
  expect(met, "in three races, the two writers never wrote at the same time").toBe(true);
}

async function freshOut(tree: string): Promise<string> {
  const out = path.join(await mkdtemp(path.join(tmpdir(), "sips-kill-")), "generated");
  await writeOutput(out, testTree(tree, TREE_SIZE));
  return out;
}

test("two processes writing at once take turns: one whole tree at the end, nothing left beside it", async () => {
  await raceUntilMet(async () => {
    const out = await freshOut("a");
    const writers = await startRacers({ how: "output", root: out });
    const codes = await Promise.all(writers.map((w) => w.exited));
    expect(codes, writers.map((w) => w.stderr()).join("\n")).toEqual([0, 0]);
    expect(["b", "c"]).toContain(await whichTree(out, ["b", "c"], TREE_SIZE));
    expect(await readdir(path.dirname(out))).toEqual(["generated"]);
    return overlapped(writers);
  });
});

test("two processes writing spec/ at once take turns, each writing over what it read", async () => {
  await raceUntilMet(async () => {
    const spec = path.join(await mkdtemp(path.join(tmpdir(), "sips-two-spec-")), "spec");
    await firstWrite("files", spec);
    const writers = await startRacers({ how: "files", root: spec });
    const codes = await Promise.all(writers.map((w) => w.exited));
    // A writer whose files changed between its read and its turn refuses (exit 1) rather than lose the other's edit.
    for (const [i, code] of codes.entries()) {
      if (code !== 0) expect(writers[i]?.stderr()).toMatch(/changed in .* since they were read; nothing was written/);
    }
    expect(["b", "c"]).toContain(whichFiles(spec, ["b", "c"], TREE_SIZE));
    expect(await readdir(path.dirname(spec))).toEqual(["spec"]);
    return overlapped(writers);
  });
});
