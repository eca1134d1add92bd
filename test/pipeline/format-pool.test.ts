// Many files are formatted in worker threads; the result is the same as
// formatting them one by one in the main thread.
import { format } from "prettier";
import { expect, test } from "vitest";
import { formatFiles, PRETTIER_OPTIONS } from "../../generator/format/format-files.js";
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

test("invalid code is reported with the files concerned", async () => {
  await expect(formatFiles([{ path: "broken.ts", language: "typescript", content: "export const = ;" }])).rejects.toThrow(/broken\.ts/);
});
