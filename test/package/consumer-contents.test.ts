// What the package ships as downstream projects get it (packed and installed:
// test/support/consumer-project.ts): no runtime dependency, the built runtime,
// the schemas and the OpenAPI document but not the generator, LICENSE,
// CHANGELOG.md, declaration maps with their sources, and the users' README
// whose links resolve (packing puts the maintainer's back).
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { consumerProject } from "../support/consumer-project.js";
import { repoRoot } from "../support/paths.js";

let project: string;
/** The README that packing left in the copy it packed (test/support/packed-package.ts), once postpack had run. */
let readmeAfterPacking: string;
beforeAll(async () => {
  ({ dir: project, readmeAfterPacking } = await consumerProject());
}, 300_000);

test("the package brings no runtime dependency", async () => {
  const installed = JSON.parse(
    await readFile(path.join(project, "node_modules", "sips-json", "package.json"), "utf8"),
  ) as Record<string, unknown>;
  expect(installed["dependencies"]).toBeUndefined();
  expect(installed["peerDependencies"]).toBeUndefined();
  const lock = JSON.parse(await readFile(path.join(project, "package-lock.json"), "utf8")) as {
    packages: Record<string, unknown>;
  };
  const packages = Object.keys(lock.packages)
    .filter((p) => p !== "")
    .map((p) => p.replace(/^node_modules\//, ""));
  expect(packages).toEqual(["sips-json"]);
});

test("the package ships the built runtime, the schemas and the OpenAPI document, not the generator", async () => {
  const root = path.join(project, "node_modules", "sips-json");
  const entries = (await readdir(root, { recursive: true })).map(String);
  expect(entries).toContain(path.join("dist", "index.js"));
  expect(entries).toContain(path.join("dist", "operations", "paymentTokenInitialize", "index.d.ts"));
  expect(entries).toContain(path.join("generated", "openapi.json"));
  expect(entries.some((e) => e.startsWith("generator") || e.startsWith("spec") || e.startsWith("templates"))).toBe(
    false,
  );
});

test("the package ships LICENSE, CHANGELOG.md, declaration maps with their sources, and the users' README whose links resolve", async () => {
  const root = path.join(project, "node_modules", "sips-json");
  expect(existsSync(path.join(root, "LICENSE"))).toBe(true);
  expect(existsSync(path.join(root, "CHANGELOG.md"))).toBe(true);
  const map = JSON.parse(await readFile(path.join(root, "dist", "client.d.ts.map"), "utf8")) as { sources: string[] };
  for (const source of map.sources) expect(existsSync(path.join(root, "dist", source))).toBe(true);
  const readme = await readFile(path.join(root, "README.md"), "utf8");
  expect(readme).toBe(await readFile(path.join(repoRoot, "docs", "package-readme.md"), "utf8"));
  const prose = readme.replace(/```[\s\S]*?```/g, "").replace(/`[^`]*`/g, "");
  const links = [...prose.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)]
    .map((m) => m[1] ?? "")
    .filter((l) => !/^[a-z]+:/.test(l));
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(existsSync(path.join(root, link)), link).toBe(true);
  // Packing puts the maintainer's README back.
  expect(await readFile(readmeAfterPacking, "utf8")).toBe(await readFile(path.join(repoRoot, "README.md"), "utf8"));
  expect(readme).not.toBe(await readFile(path.join(repoRoot, "README.md"), "utf8"));
});
