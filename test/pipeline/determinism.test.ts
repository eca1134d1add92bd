// Same spec, same bytes: across runs, and whatever the order of keys in the
// YAML files (but fields, whose spec order is their order) or the order and
// names of the files. On the golden fixture's spec: it has every feature of the
// format in three operations, at a third of the repository spec's cost per run,
// and its output is the one the worker's other tests generate and share.
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { isMap, isScalar, parseDocument, visit } from "yaml";
import { expect, test } from "vitest";
import { generate, type GeneratedFile } from "../../generator/index.js";
import { generateGoldenSpec, generateShared, goldenRoot } from "../support/generate.js";
import { parsedAnew } from "../support/shared-parses.js";
import { tempWorkspace } from "../support/temp-spec.js";

const contents = (files: readonly GeneratedFile[]) => Object.fromEntries(files.map((f) => [f.path, f.content]));

const specDir = path.join(goldenRoot, "spec");
/** A copy of the golden fixture's spec, read from the copy's root as the fixture is from its own. */
const goldenCopy = () => tempWorkspace(specDir);

// The references (the golden fixture's output) generated once per worker and shared with the other tests' (test/support/generate.ts).
async function generateOk(dir: string): Promise<Record<string, string>> {
  const result = await generateShared(dir, path.dirname(dir));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return contents(result.files);
}

test("two runs give byte-identical output", async () => {
  // This run, every file parsed anew (not from the parses the worker shares), and an earlier one of the worker:
  // generated anew here when there was none.
  const fresh = await parsedAnew(() => generate({ specDir, cwd: goldenRoot }));
  if (!fresh.ok) throw new Error(fresh.diagnostics.map((d) => d.message).join("\n"));
  expect(contents(fresh.files)).toEqual(await generateOk(specDir));
});

test("output has LF line endings, no trailing spaces, no timestamp and no absolute path", async () => {
  const files = await generateOk(specDir);
  // The output is there to look at: an operation's files and the shared ones.
  expect(Object.keys(files)).toEqual(expect.arrayContaining(["openapi.json", "client.ts", "docs/index.md"]));
  for (const [rel, text] of Object.entries(files)) {
    expect(text, rel).not.toMatch(/\r|[ \t]$/m);
    expect(text, rel).not.toMatch(/\b20\d\d-\d\d-\d\d\b|\d\d:\d\d:\d\d/);
    expect(text, rel).not.toContain(specDir);
    expect(text.endsWith("\n"), rel).toBe(true);
  }
});

/** Reverses every mapping of every spec file; the field lists too when `fields` is true. */
async function reverseMappings(spec: string, fields: boolean): Promise<void> {
  for (const file of await yamlFiles(spec)) {
    const doc = parseDocument(await readFile(file, "utf8"));
    visit(doc, {
      Pair(_, pair) {
        const isFieldList = isScalar(pair.key) && pair.key.value === "fields";
        if (isMap(pair.value) && isFieldList === fields) pair.value.items.reverse();
      },
    });
    if (!fields && isMap(doc.contents)) doc.contents.items.reverse();
    await writeFile(file, doc.toString(), "utf8");
  }
}

test("reversing every mapping but the field lists changes nothing", async () => {
  const want = await generateOk(specDir);
  const { spec } = await goldenCopy();
  await reverseMappings(spec, false);
  expect(await generateOk(spec)).toEqual(want);
});

test("fields come in spec order: reversing a field list reverses them, and the seal order stays", async () => {
  const want = await generateShared(specDir, goldenRoot);
  const { spec } = await goldenCopy();
  await reverseMappings(spec, true);
  const got = await generate({ specDir: spec, cwd: path.dirname(spec) });
  if (!want.ok || !got.ok) throw new Error("the spec has errors");
  for (const [i, op] of want.model.operations.entries()) {
    const other = got.model.operations[i];
    expect(other?.request.fields.map((f) => f.name)).toEqual(op.request.fields.map((f) => f.name).reverse());
    expect(other?.request.sealFields).toEqual(op.request.sealFields);
  }
});

test("splitting the dictionary into files named in the other order changes only the source names", async () => {
  const want = await generateOk(specDir);
  const { spec } = await goldenCopy();
  const lists = path.join(spec, "dictionary", "lists.yaml");
  const doc = parseDocument(await readFile(lists, "utf8"));
  const all = doc.get("valueLists");
  if (!isMap(all)) throw new Error("valueLists is not a mapping");
  const half = Math.ceil(all.items.length / 2);
  const second = parseDocument("valueLists: {}");
  const secondLists = second.get("valueLists");
  if (!isMap(secondLists)) throw new Error("unreachable");
  secondLists.items = all.items.splice(half);
  await writeFile(path.join(spec, "dictionary", "a-second-half.yaml"), second.toString(), "utf8");
  await writeFile(path.join(spec, "dictionary", "z-first-half.yaml"), doc.toString(), "utf8");
  await rename(lists, path.join(spec, "dictionary", "lists.yaml.bak"));
  const got = await generateOk(spec);
  const withoutHeader = (files: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(files).map(([k, v]) => [k, v.replace(/^.*Generated by `npm run generate`.*\n/, "")]),
    );
  expect(withoutHeader(got)).toEqual(withoutHeader(want));
  expect(got["value-lists.ts"]?.split("\n")[0]).toContain(
    "spec/dictionary/a-second-half.yaml, spec/dictionary/z-first-half.yaml",
  );
});

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".yaml")).map((e) => path.join(e.parentPath, e.name));
}

test("moving and renaming operation files changes only the source names", async () => {
  const want = await generateOk(specDir);
  const { model } = await generateGoldenSpec();
  const [first, last] = [model.operations[0], model.operations.at(-1)];
  if (!first || !last || first === last) throw new Error("the spec needs two operations");
  const { spec } = await goldenCopy();
  // The first and last operations by name, moved to other folders under names that sort the other way round.
  await mkdir(path.join(spec, "operations", "z-elsewhere"), { recursive: true });
  await rename(path.join(spec, last.sourceFile), path.join(spec, "operations/z-elsewhere/a-first.yaml"));
  await rename(path.join(spec, first.sourceFile), path.join(spec, "operations/z-last.yaml"));
  const got = await generateOk(spec);
  const withoutSources = (files: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(files).map(([k, v]) => [
        k,
        v
          .replace(/Generated by `npm run generate` from [^\n"]*?\. Do not edit\./g, "Generated …")
          .replace(/spec\/operations\/[\w/.-]+\.yaml/g, "…"),
      ]),
    );
  expect(withoutSources(got)).toEqual(withoutSources(want));
});
