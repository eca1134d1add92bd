// Same spec, same bytes: across runs, and whatever the order of keys in the
// YAML files or the order and names of the files.
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { isMap, parseDocument, visit } from "yaml";
import { expect, test } from "vitest";
import { generate, type GeneratedFile } from "../../generator/index.js";
import { specDir } from "../support/paths.js";
import { tempWorkspace } from "../support/temp-spec.js";

const contents = (files: readonly GeneratedFile[]) => Object.fromEntries(files.map((f) => [f.path, f.content]));

async function generateOk(dir: string): Promise<Record<string, string>> {
  const result = await generate({ specDir: dir });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return contents(result.files);
}

test("two runs give byte-identical output", async () => {
  expect(await generateOk(specDir)).toEqual(await generateOk(specDir));
});

test("output has LF line endings, no trailing spaces, no timestamp and no absolute path", async () => {
  for (const [rel, text] of Object.entries(await generateOk(specDir))) {
    expect(text, rel).not.toMatch(/\r|[ \t]$/m);
    expect(text, rel).not.toMatch(/\b20\d\d-\d\d-\d\d\b|\d\d:\d\d:\d\d/);
    expect(text, rel).not.toContain(specDir);
    expect(text.endsWith("\n"), rel).toBe(true);
  }
});

test("reversing every mapping of every spec file changes nothing", async () => {
  const want = await generateOk(specDir);
  const { spec } = await tempWorkspace();
  for (const file of await yamlFiles(spec)) {
    const doc = parseDocument(await readFile(file, "utf8"));
    visit(doc, {
      Map(_, node) {
        if (isMap(node)) node.items.reverse();
      },
    });
    await writeFile(file, doc.toString(), "utf8");
  }
  expect(await generateOk(spec)).toEqual(want);
});

test("splitting the dictionary into files named in the other order changes only the source names", async () => {
  const want = await generateOk(specDir);
  const { spec } = await tempWorkspace();
  const lists = path.join(spec, "dictionary", "value-lists.yaml");
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
  await rename(lists, path.join(spec, "dictionary", "value-lists.yaml.bak"));
  const got = await generateOk(spec);
  const withoutHeader = (files: Record<string, string>) =>
    Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.replace(/^.*Generated from.*\n/, "")]));
  expect(withoutHeader(got)).toEqual(withoutHeader(want));
  expect(got["value-lists.ts"]?.split("\n")[0]).toContain("spec/dictionary/a-second-half.yaml, spec/dictionary/z-first-half.yaml");
});

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".yaml")).map((e) => path.join(e.parentPath, e.name));
}

test("moving and renaming operation files changes only the source names", async () => {
  const want = await generateOk(specDir);
  const { spec } = await tempWorkspace();
  // Operation files in other folders, under names that sort the other way round.
  await mkdir(path.join(spec, "operations", "z-elsewhere"), { recursive: true });
  await rename(path.join(spec, "operations/in-app/paymentTokenInitialize.yaml"), path.join(spec, "operations/z-elsewhere/a-first.yaml"));
  await rename(path.join(spec, "operations/office/getWalletData.yaml"), path.join(spec, "operations/z-last.yaml"));
  const got = await generateOk(spec);
  const withoutSources = (files: Record<string, string>) =>
    Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.replace(/Generated from [^\n"]*?by `npm run generate`/g, "Generated from …").replace(/spec\/operations\/[\w/.-]+\.yaml/g, "…")]));
  expect(withoutSources(got)).toEqual(withoutSources(want));
});
