// What a bundler keeps of the package as downstream projects get it (packed and
// installed: test/support/consumer-project.ts): one operation's subpath keeps no
// other operation, the main entry no node:http, and what the README says a
// browser bundle may hold no node: module.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { consumerProject } from "../support/consumer-project.js";

let project: string;
beforeAll(async () => {
  ({ dir: project } = await consumerProject());
}, 300_000);

test("bundling one operation's subpath keeps no other operation, the main entry no node:http, and what the README says a browser bundle may hold no node: module", async () => {
  const { build } = await import("esbuild");
  const bundle = async (code: string, platform: "node" | "browser" = "node") => {
    const result = await build({
      stdin: { contents: code, resolveDir: project, loader: "js" },
      bundle: true,
      write: false,
      format: "esm",
      platform,
      treeShaking: true,
      // For the browser, as the README tells: esbuild resolves each module before it drops those unused.
      ...(platform === "browser" ? { external: ["node:*"] } : {}),
    });
    return result.outputFiles[0]?.text ?? "";
  };
  const spec = JSON.parse(
    await readFile(path.join(project, "node_modules", "sips-json", "generated", "openapi.json"), "utf8"),
  ) as { paths: Record<string, unknown> };
  const others = Object.keys(spec.paths).filter((p) => !p.endsWith("/paymentTokenInitialize"));
  expect(others.length).toBeGreaterThan(0);
  const one = await bundle(
    'export { callPaymentTokenInitialize, validatePaymentTokenInitializeRequest } from "sips-json/paymentTokenInitialize";',
  );
  expect(one).toContain("/paymentTokenInitialize");
  for (const other of others) expect(one).not.toContain(other);
  const main = await bundle('export { createClient, operations } from "sips-json";');
  expect(main).not.toContain("node:http");
  const browser = await bundle(
    `export { validatePaymentWebInitRequest, isSdkOperationName, SDK_OPERATION_NAME_VALUES, formatIssue,
      paypageRedirectionForm, renderPaypageAutoPost } from "sips-json";
    export { validatePaypageResponse } from "sips-json/paypage";`,
    "browser",
  );
  expect(browser).toContain("/currencyCode");
  expect(browser).not.toMatch(/node:|\bBuffer\b|\bprocess\b/);
  // What the README says a browser has not: the seal's node:crypto.
  expect(await bundle('export { decodePaypageResponse } from "sips-json/paypage";', "browser")).toContain(
    "node:crypto",
  );
});
