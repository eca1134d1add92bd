// The spec format's schemas, kept compiled between runs (ajv's standalone
// code, generator/validate/spec-schemas.ts): a kept module answers exactly as
// the schema compiled in memory does, errors and all (their schema paths and
// the parent schemas the diagnostics read their annotations from), on every
// spec file of the repository and its fixtures, valid or not; a kept module
// that cannot be loaded is compiled again.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { listFiles } from "../../generator/list-files.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";
import { SCHEMA_FILES, type SchemaKind, schemaValidator } from "../../generator/validate/spec-schemas.js";
import { repoRoot } from "../support/paths.js";
import { expectEqual, expectSame } from "../support/quick-expect.js";

/** The kind of a spec file by its place, as the reader tells it (generator/read/spec-files.ts). */
function kindOf(file: string): SchemaKind | null {
  if (path.basename(file) === "sips.yaml") return "platform";
  if (file.includes("/dictionary/")) return "dictionary";
  if (file.includes("/operations/")) return "operation";
  return null;
}

/**
 * Every spec file's data, parsed by the reader (failsafe YAML; none for a file it cannot read as data, such as
 * one with a list as a key), and the same with a key no schema allows.
 */
const samples = ["spec", "test/fixtures"].flatMap((dir) =>
  listFiles(path.join(repoRoot, dir))
    .filter((rel) => rel.endsWith(".yaml"))
    .flatMap((rel) => {
      const file = `${dir}/${rel}`;
      const kind = kindOf(file);
      if (kind === null) return [];
      const text = readFileSync(path.join(repoRoot, file), "utf8");
      const { data } = parseSpecFile({ relPath: rel, displayPath: file, kind, text });
      if (typeof data !== "object" || data === null) return [];
      return [
        { file, kind, data },
        { file: `${file} + an unknown key`, kind, data: { ...data, unknownKey: ["x"] } },
      ];
    }),
);

const kinds = Object.keys(SCHEMA_FILES) as SchemaKind[];
/** Where each kind's module is kept: one folder for the three kinds, as the generator's. */
const dir = mkdtempSync(path.join(tmpdir(), "sips-spec-schemas-"));
/**
 * Each kind's schema compiled in memory, as a first run compiles it (and keeps its module in `dir`), once for all
 * the tests that compare with it.
 */
const compiledOf = new Map(kinds.map((kind) => [kind, schemaValidator(kind, dir)]));

test("the samples hold every kind, valid and invalid", () => {
  for (const kind of kinds) {
    const compiled = compiledOf.get(kind) ?? schemaValidator(kind, null);
    const ofKind = samples.filter((s) => s.kind === kind);
    expect(
      ofKind.some((s) => compiled(s.data)),
      kind,
    ).toBe(true);
    expect(
      ofKind.some((s) => !compiled(s.data)),
      kind,
    ).toBe(true);
  }
});

describe.each(kinds)("%s", (kind) => {
  const compiled = compiledOf.get(kind) ?? schemaValidator(kind, null);
  const kept = readdirSync(dir).filter((f) => f.startsWith(`spec-schema-${kind}-`) && f.endsWith(".cjs"));
  const loaded = schemaValidator(kind, dir);

  test("is compiled once, then loaded from the kept module", () => {
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(new RegExp(`^spec-schema-${kind}-[0-9a-f]{16}\\.cjs$`));
    // ajv's compiled functions carry their schema environment; a standalone module's do not.
    expect("schemaEnv" in compiled).toBe(true);
    expect("schemaEnv" in loaded).toBe(false);
  });

  test.each(samples.filter((s) => s.kind === kind))("$file", ({ data }) => {
    const [want, got] = [compiled(data), loaded(data)];
    expectSame(got, want);
    expectEqual(loaded.errors ?? null, compiled.errors ?? null);
  });

  test("a kept module that cannot be loaded is compiled again", () => {
    const other = mkdtempSync(path.join(tmpdir(), "sips-spec-schemas-"));
    const name = (kept[0] as string).replace(dir, other);
    writeFileSync(path.join(other, name), "this is not JavaScript {");
    const again = schemaValidator(kind, other);
    expect("schemaEnv" in again).toBe(true);
    const sample = samples.find((s) => s.kind === kind && !compiled(s.data));
    expect(again(sample?.data)).toBe(false);
    expect(again.errors).toEqual(compiled.errors);
  });
});
