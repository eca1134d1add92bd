// What a downstream bundle of the Paypage form builder alone takes in: the
// form reads the operation's name, addresses and request (post-request.ts),
// not its descriptor, whose response and callback (the decoder's validator and
// field list) a shop that only starts payments never runs.
import path from "node:path";
import { build } from "esbuild";
import { expect, test } from "vitest";
import { generatedDir } from "../support/paths.js";

/** The generated modules a bundle of `code` (resolved in generated/) takes in, relative to generated/. */
async function bundledModules(code: string): Promise<string[]> {
  const { metafile } = await build({
    stdin: { contents: code, resolveDir: generatedDir, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    metafile: true,
    logLevel: "error",
  });
  return Object.values(metafile.outputs)
    .flatMap((output) => Object.keys(output.inputs))
    .map((input) => path.relative(generatedDir, path.resolve(input)).split(path.sep).join("/"));
}

test("a bundle of paypagePostForm leaves out the operation's descriptor and callback", async () => {
  const modules = await bundledModules('export { paypagePostForm } from "./paypage.js";');
  expect(modules).toContainEqual(expect.stringMatching(/^operations\/[^/]+\/post-request\.ts$/));
  expect(modules.filter((m) => /^operations\/[^/]+\/(descriptor|callback)\.ts$/.test(m))).toEqual([]);
});

test("a bundle of the callback's decoder leaves out the form and the descriptor", async () => {
  const modules = await bundledModules('export { decodePaypageResponse } from "./paypage.js";');
  expect(modules).toContainEqual(expect.stringMatching(/^operations\/[^/]+\/callback\.ts$/));
  expect(modules.filter((m) => /^operations\/[^/]+\/(descriptor|post-form|post-request)\.ts$/.test(m))).toEqual([]);
});
