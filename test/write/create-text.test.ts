// A text written by the write stage is its UTF-8 bytes, whatever its length:
// long texts go through one buffer kept between writes (node-fs.ts), which
// a longer text grows and a shorter one must not leave a tail of.
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { keptWriteBuffers, nodeFs } from "../../generator/write/node-fs.js";

const LONG = 1 << 16;

/** The two ways the write stage creates a file: as it is, and stamped through the open file (written-stamp.ts). */
const creators = {
  createFile: (file: string, text: string) => nodeFs.createFile(file, text),
  createStamped: (file: string, text: string) =>
    void nodeFs.createStamped(file, text, (made) => Number(made.ctimeNs) / 1e9),
};

for (const [name, create] of Object.entries(creators))
  test(`${name} writes each text's UTF-8 bytes, short or long, longer or shorter than the one before`, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sips-create-text-"));
    const texts = [
      "",
      "short é\n",
      "a".repeat(LONG - 1),
      "b".repeat(LONG),
      // Two- to four-byte characters: more bytes than UTF-16 units.
      "é€\u{1F600}".repeat(LONG),
      "c".repeat(3 * LONG + 5),
      "d".repeat(LONG + 1),
      `${"x".repeat(LONG)}\u{1F600}`,
    ];
    for (const [i, text] of texts.entries()) {
      const file = path.join(dir, `t${i}`);
      create(file, text);
      expect(readFileSync(file).equals(Buffer.from(text, "utf8")), `text ${i}`).toBe(true);
      // A new file each time: there is one already.
      expect(() => create(file, text)).toThrow(/EEXIST/);
    }
    await rm(dir, { recursive: true, force: true });
  });

test("the buffers kept for writing have the room asked for, and long texts are still written right after", async () => {
  const [text] = keptWriteBuffers(5 * LONG);
  expect(text?.length).toBeGreaterThanOrEqual(5 * LONG);
  expect(keptWriteBuffers(0)[0]).toBe(text);
  const dir = await mkdtemp(path.join(tmpdir(), "sips-create-text-"));
  const file = path.join(dir, "after");
  nodeFs.createFile(file, "z".repeat(2 * LONG));
  expect(readFileSync(file, "utf8")).toBe("z".repeat(2 * LONG));
  await rm(dir, { recursive: true, force: true });
});
