// A file hashed in pieces gives the hash of its bytes read whole, at every
// size around the piece's (1 MiB).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { sha256 } from "../../generator/memo/content-hash.js";
import { nodeFs } from "../../generator/write/node-fs.js";

test("hashFile is the SHA-256 of the file's bytes, whatever its size", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "sips-hash-file-"));
  const piece = 1 << 20;
  const sizes = [0, 1, piece - 1, piece, piece + 1, 3 * piece + 12345];
  // Byte i is a function of i alone: each size's bytes are the start of the largest's, made once by a loop
  // (a typed array's map calls its function per byte, each size anew).
  const all = new Uint8Array(Math.max(...sizes));
  for (let i = 0; i < all.length; i++) all[i] = (i * 7 + (i >> 11)) & 0xff;
  for (const size of sizes) {
    const bytes = all.subarray(0, size);
    const file = path.join(dir, `f${size}`);
    await writeFile(file, bytes);
    expect(nodeFs.hashFile(file)).toBe(sha256(bytes));
  }
  expect(() => nodeFs.hashFile(path.join(dir, "absent"))).toThrow(/ENOENT/);
  await rm(dir, { recursive: true, force: true });
});
