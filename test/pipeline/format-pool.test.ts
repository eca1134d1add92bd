// Many files are formatted in worker threads; the result is the same as
// formatting them one by one in the main thread.
import { format } from "prettier";
import { expect, test } from "vitest";
import { formatFiles, PRETTIER_OPTIONS } from "../../generator/format/format-files.js";
import { formatMany } from "../../generator/format/prettier-pool.js";
import { memoryMemo } from "../../generator/index.js";

const files = Array.from({ length: 80 }, (_, i) => ({
  path: `f${i}.ts`,
  language: "typescript" as const,
  content: `export   const value${i} = {a:${i},   b: "x"}\nexport function f${i}(x:number){return x+${i}}`,
}));

test("80 files through the worker pool give prettier's output, in order, and fill the memo", async () => {
  const memo = memoryMemo();
  const pooled = await formatFiles(files, memo);
  const single = await Promise.all(files.map(async (f) => ({ ...f, content: await format(f.content, PRETTIER_OPTIONS) })));
  expect(pooled).toEqual(single);
  expect(memo.size()).toBe(80);
  // Everything is now known: no formatting at all, the same output.
  expect(await formatFiles(files, memo)).toEqual(single);
});

test("invalid code is reported with the file concerned, not the others", async () => {
  const broken = [...files.slice(0, 70), { path: "broken.ts", language: "typescript" as const, content: "export const = ;" }];
  await expect(formatFiles(broken)).rejects.toThrow(/^cannot format generated broken\.ts:/);
});

test("two worker threads, whatever the machine's cores, give the same output", async () => {
  const texts = files.map((f) => f.content);
  const pooled = await formatMany(texts, PRETTIER_OPTIONS, 2);
  expect(pooled).toEqual(await Promise.all(texts.map((t) => format(t, PRETTIER_OPTIONS))));
});
