// The bench's compile of generated code the package's build does not hold
// (bench/compile-like.ts): its JavaScript follows its source, never stale.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { compileLike, WORK } from "../../bench/compile-like.js";

const name = `test-compile-like-${process.pid}`;
afterEach(() => {
  rmSync(path.join(WORK, `tsconfig.${name}.json`), { force: true });
  rmSync(path.join(WORK, `${name}.tsbuildinfo`), { force: true });
});

test("the output is written again when its source changes or when it is removed, and a type error is an error", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "sips-compile-like-"));
  const sources = path.join(dir, "generated");
  const out = path.join(dir, "dist");
  mkdirSync(path.join(sources, "runtime"), { recursive: true });
  // ES modules, as the repository's own (its package.json) are.
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  const source = path.join(sources, "runtime", "answer.ts");
  const output = path.join(out, "runtime", "answer.js");
  const write = (value: string) => writeFileSync(source, `export const answer = (): number => ${value};\n`);

  write("41");
  compileLike(name, sources, sources, out);
  expect(readFileSync(output, "utf8")).toContain("=> 41");

  write("42");
  compileLike(name, sources, sources, out);
  expect(readFileSync(output, "utf8")).toContain("=> 42");

  rmSync(output);
  compileLike(name, sources, sources, out);
  expect(readFileSync(output, "utf8")).toContain("=> 42");

  write('"forty-two"');
  expect(() => compileLike(name, sources, sources, out)).toThrow(/answer\.ts.*TS2322/s);
  rmSync(dir, { recursive: true, force: true });
});
