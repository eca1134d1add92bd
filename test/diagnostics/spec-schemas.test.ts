// The spec format's schemas, kept compiled between runs (ajv's standalone
// code, generator/validate/spec-schemas.ts): a kept module answers exactly as
// the schema compiled in memory does, errors and all (their schema paths and
// the parent schemas the diagnostics read their annotations from), on every
// spec file of the repository and its fixtures, valid or not; a kept module
// that cannot be loaded is compiled again.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { listFiles } from "../../generator/list-files.js";
import { SCHEMA_FILES, type SchemaKind, schemaValidator } from "../../generator/validate/spec-schemas.js";
import { repoRoot } from "../support/paths.js";

/** The kind of a spec file by its place, as the reader tells it (generator/read/spec-files.ts). */
function kindOf(file: string): SchemaKind | null {
  if (path.basename(file) === "sips.yaml") return "platform";
  if (file.includes("/dictionary/")) return "dictionary";
  if (file.includes("/operations/")) return "operation";
  return null;
}

/** Every spec file's data (failsafe YAML, as the reader parses it), and the same with a key no schema allows. */
const samples = ["spec", "test/fixtures"].flatMap((dir) =>
  listFiles(path.join(repoRoot, dir))
    .filter((rel) => rel.endsWith(".yaml"))
    .flatMap((rel) => {
      const file = `${dir}/${rel}`;
      const kind = kindOf(file);
      let data: unknown;
      try {
        data = parse(readFileSync(path.join(repoRoot, file), "utf8"), { schema: "failsafe", uniqueKeys: false });
      } catch {
        return [];
      }
      if (kind === null || typeof data !== "object" || data === null) return [];
      return [
        { file, kind, data },
        { file: `${file} + an unknown key`, kind, data: { ...data, unknownKey: ["x"] } },
      ];
    }),
);

const kinds = Object.keys(SCHEMA_FILES) as SchemaKind[];
/** Each kind's schema compiled in memory, once for all the tests that compare with it. */
const inMemoryOf = new Map(kinds.map((kind) => [kind, schemaValidator(kind, null)]));

test("the samples hold every kind, valid and invalid", () => {
  for (const kind of kinds) {
    const inMemory = inMemoryOf.get(kind) ?? schemaValidator(kind, null);
    const ofKind = samples.filter((s) => s.kind === kind);
    expect(
      ofKind.some((s) => inMemory(s.data)),
      kind,
    ).toBe(true);
    expect(
      ofKind.some((s) => !inMemory(s.data)),
      kind,
    ).toBe(true);
  }
});

describe.each(kinds)("%s", (kind) => {
  const dir = mkdtempSync(path.join(tmpdir(), "sips-spec-schemas-"));
  const inMemory = inMemoryOf.get(kind) ?? schemaValidator(kind, null);
  const compiled = schemaValidator(kind, dir);
  const kept = readdirSync(dir).filter((f) => f.endsWith(".cjs"));
  const loaded = schemaValidator(kind, dir);

  test("is compiled once, then loaded from the kept module", () => {
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(new RegExp(`^spec-schema-${kind}-[0-9a-f]{16}\\.cjs$`));
    // ajv's compiled functions carry their schema environment; a standalone module's do not.
    expect("schemaEnv" in compiled).toBe(true);
    expect("schemaEnv" in loaded).toBe(false);
  });

  test.each(samples.filter((s) => s.kind === kind))("$file", ({ data }) => {
    const [want, got] = [inMemory(data), loaded(data)];
    expect(got).toBe(want);
    expect(loaded.errors ?? null).toEqual(inMemory.errors ?? null);
  });

  test("a kept module that cannot be loaded is compiled again", () => {
    const other = mkdtempSync(path.join(tmpdir(), "sips-spec-schemas-"));
    const name = (kept[0] as string).replace(dir, other);
    writeFileSync(path.join(other, name), "this is not JavaScript {");
    const again = schemaValidator(kind, other);
    expect("schemaEnv" in again).toBe(true);
    const sample = samples.find((s) => s.kind === kind && !inMemory(s.data));
    expect(again(sample?.data)).toBe(false);
    expect(again.errors).toEqual(inMemory.errors);
  });
});
