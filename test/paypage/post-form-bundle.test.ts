// What a downstream bundle of the Paypage form builder alone takes in: the
// form reads the operation's name, addresses and request (post-request.ts),
// not its descriptor, whose response and callback (the decoder's validator and
// field list) a shop that only starts payments never runs. Likewise the client
// function of an operation with a callback reads client-call.ts, not the
// descriptor and its callback.
import path from "node:path";
import { build } from "esbuild";
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
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

test("a bundle of the client function of an operation with a callback leaves out the descriptor and callback", async () => {
  const withCallback = Object.values(operations).filter((op) => op.callback !== null);
  expect(withCallback).not.toEqual([]);
  for (const { name } of withCallback) {
    const call = `call${name.charAt(0).toUpperCase()}${name.slice(1)}`;
    const modules = await bundledModules(`export { ${call} } from "./index.js";`);
    expect(modules).toContain(`operations/${name}/client-call.ts`);
    expect(modules.filter((m) => /^operations\/[^/]+\/(descriptor|callback)\.ts$/.test(m))).toEqual([]);
  }
});
