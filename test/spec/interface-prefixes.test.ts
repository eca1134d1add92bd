// The interface prefixes the package exports (InterfaceVersionPrefix) are
// prefixes that a version number follows, as the pages compose an
// interfaceVersion ("a prefix ... and a version number (e.g. IR_WS_2.47)"):
// every interface version a saved page shows is one of them and a version the
// runtime reads, each is the start of the text the page prints for it, and
// every interface an operation declares is one of them. The facts come from
// spec/ and its pages, so a new page release needs no edit here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { InterfaceVersionPrefix } from "../../generated/value-lists.js";
import { valuesOf } from "../../generator/model/field-shape.js";
import { INTERFACE_VERSION, type SipsPage } from "../../generator/read/page/page-model.js";
import { readPage } from "../../generator/read/page/read-page.js";
import { declaredVersion } from "../../runtime/interface-version.js";
import { generateRepoSpec } from "../support/generate.js";
import { specDir } from "../support/paths.js";

const exported: readonly string[] = Object.values(InterfaceVersionPrefix);
const byKey: Readonly<Record<string, string>> = InterfaceVersionPrefix;

const sources = path.join(specDir, "sources");
const pages: readonly SipsPage[] = readdirSync(sources)
  .filter((name) => name.endsWith(".page.txt"))
  .sort()
  .map((name) => readPage(readFileSync(path.join(sources, name), "utf8"), name).page);

const fieldsOf = (page: SipsPage) => [...page.request.fields, ...page.response.fields];

/** Every interface version a page shows: those it recommends, and those its texts give as examples. */
function versionsShown(page: SipsPage): string[] {
  const texts = [page.description?.value ?? "", ...fieldsOf(page).map((f) => f.description.value)];
  const inTexts = texts.flatMap((t) => t.match(/\b[A-Z]+(?:_[A-Z]+)*_\d+\.\d+/g) ?? []);
  return [...page.recommended.map((r) => r.version), ...inTexts];
}

test("the pages show interface versions", () => {
  expect(pages.flatMap(versionsShown).length).toBeGreaterThan(0);
});

test("every interface version a page shows is an exported prefix followed by a version number", () => {
  for (const page of pages)
    for (const version of versionsShown(page)) {
      const starting = exported.filter((prefix) => declaredVersion(version, prefix) >= 0);
      expect(starting, `${page.file}: ${version}`).not.toEqual([]);
    }
});

test("each exported prefix starts the text the page prints for it, and a version number can follow it", async () => {
  const { model } = await generateRepoSpec();
  let seen = 0;
  for (const page of pages)
    for (const pageField of fieldsOf(page)) {
      const op = model.operations.find((o) => o.name === page.name?.value);
      const field = [...(op?.request.fields ?? []), ...(op?.response.fields ?? [])].find(
        (f) => f.name === pageField.name,
      );
      if (field?.type.kind !== "interfaceVersion") continue;
      const list = valuesOf(field)?.list;
      expect(list?.match, `${page.file}: ${pageField.name}`).toBe("prefix");
      for (const printed of pageField.values) {
        const key = list?.values.find((v) => v.value === printed.value)?.key ?? "";
        const prefix = byKey[key] ?? "";
        expect(printed.value.startsWith(prefix), `${printed.value} starts with ${prefix}`).toBe(true);
        expect(INTERFACE_VERSION.test(`${prefix}1.0`), `${prefix} followed by 1.0`).toBe(true);
        seen++;
      }
    }
  expect(seen).toBeGreaterThan(0);
});

test("every interface an operation declares is an exported prefix", async () => {
  const { model } = await generateRepoSpec();
  for (const op of model.operations) {
    const { prefix, recommendedByPrefix } = op.interfaceVersion;
    const declared = [prefix, ...recommendedByPrefix.map((r) => r.prefix), op.request.interfacePrefix];
    for (const p of declared) expect(exported, `${op.name}: ${p}`).toContain(p);
  }
});
