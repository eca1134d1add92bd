// The shared files made from a part of the model alone (emit/remembered-inputs.ts) are remembered as one list and
// one entry of their contents, however many they are: the runtime's copies, each an entry of its own, were most of
// the files a first run created in the memo (and of the memo's folders it made), each a file the disk allocates.
// Read back by a later process, they are the files a run without memo makes.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, vi } from "vitest";
import { emitters } from "../../generator/emit/registry.js";
import { generateFromInput, type GenerateResult } from "../../generator/index.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import * as fingerprintModule from "../../generator/memo/fingerprint.js";
import { goldenInput } from "../support/golden-changes.js";

const runtime = emitters.filter((e) => e.name === "runtime");
/** A first run of the command, whose run memo has not seen the spec: the shared files are not remembered whole. */
const firstRun = { rememberShared: false } as const;

const texts = (result: GenerateResult) =>
  result.ok ? result.files.map((f) => [f.path, f.content]) : result.diagnostics;

/** The texts of the memo's entries (its folders of two hexadecimal digits). */
async function entries(dir: string): Promise<string[]> {
  const folders = (await readdir(dir)).filter((name) => /^[0-9a-f]{2}$/.test(name));
  const files = await Promise.all(
    folders.map(async (folder) => (await readdir(path.join(dir, folder))).map((name) => path.join(dir, folder, name))),
  );
  return Promise.all(files.flat().map((file) => readFile(file, "utf8")));
}

test("the runtime's files are remembered in one entry of contents, and read back as a run without memo makes them", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "sips-remembered-inputs-"));
  try {
    const fresh = await generateFromInput(goldenInput, runtime, null);
    const copies = fresh.ok ? fresh.files.filter((f) => f.content.includes("from runtime/")) : [];
    expect(copies.length).toBeGreaterThan(10);

    const first = await generateFromInput(goldenInput, runtime, diskMemo(dir), null, firstRun);
    expect(texts(first)).toEqual(texts(fresh));
    const holding = (await entries(dir)).filter((text) => text.includes("from runtime/"));
    expect(holding).toHaveLength(1);
    for (const copy of copies) expect(holding[0]).toContain(copy.content);

    const before = (await entries(dir)).length;
    const again = await generateFromInput(goldenInput, runtime, diskMemo(dir), null, firstRun);
    expect(texts(again)).toEqual(texts(fresh));
    expect((await entries(dir)).length).toBe(before);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a new generator makes the runtime's files again: an older one's entry is not taken for them", async () => {
  // The runtime's copies come from runtime/*.ts, which the model does not hold: only the generator's fingerprint
  // in the key tells an edited runtime from the one remembered.
  const dir = await mkdtemp(path.join(tmpdir(), "sips-remembered-inputs-"));
  try {
    const fresh = await generateFromInput(goldenInput, runtime, null);
    await generateFromInput(goldenInput, runtime, diskMemo(dir), null, firstRun);
    const holding = async () => (await entries(dir)).filter((text) => text.includes("from runtime/"));
    expect(await holding()).toHaveLength(1);
    const fingerprint = fingerprintModule.generatorFingerprint();
    const newGenerator = vi.spyOn(fingerprintModule, "generatorFingerprint").mockReturnValue(`${fingerprint}+new`);
    try {
      const again = await generateFromInput(goldenInput, runtime, diskMemo(dir), null, firstRun);
      expect(texts(again)).toEqual(texts(fresh));
    } finally {
      newGenerator.mockRestore();
    }
    expect(await holding()).toHaveLength(2);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
