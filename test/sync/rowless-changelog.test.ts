// A release that adds fields to pages whose changelog prints no rows (most saved copies end at its heading): each
// field's version is its field list's alone, said once for the run, not at each field. On the repository's spec:
// the pages (two that print no changelog rows) and the fields (dictionary fields neither names) are found in spec/.
import { expect, test } from "vitest";
import { parse } from "yaml";
import { readPage } from "../../generator/read/page/read-page.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { specDir } from "../support/paths.js";
import { checkInMemory, syncInMemory, withFiles } from "../support/sync-memory.js";

const base = await readSpecInput(specDir);
const dictionary = parse(base.files.find((f) => f.relPath === "dictionary/fields.yaml")?.text ?? "") as {
  readonly fields: Readonly<Record<string, { readonly description?: string }>>;
};

/** Operations citing a page with a request and no changelog rows, each with two dictionary fields it names nowhere. */
const found = base.files
  .filter((f) => f.kind === "operation")
  .flatMap((f) => {
    const pagePath = /\n {2}page: (\S+)/.exec(f.text)?.[1];
    const text = pagePath === undefined ? undefined : base.pages?.get(pagePath);
    if (pagePath === undefined || text === undefined || !text.includes("\nRequest sample\n")) return [];
    const page = readPage(text, pagePath);
    if (page.page.changelog.length > 0 || page.page.request.fields.length === 0) return [];
    if (page.diagnostics.some((d) => d.severity === "error")) return [];
    const names = Object.keys(dictionary.fields)
      .filter((n) => !f.text.includes(n) && !text.includes(n) && dictionary.fields[n]?.description !== undefined)
      .slice(0, 2);
    const operation = /^operation: (\S+)$/m.exec(f.text)?.[1];
    return names.length < 2 || operation === undefined ? [] : [{ operation, pagePath, text, names }];
  })
  .slice(0, 2);
if (found.length < 2) throw new Error("fewer than two operations of the spec cite a page without changelog rows");

const block = (name: string) =>
  `-\n${name}\n- presence\n- Optional\n- Interface version\n- 2.0\n${dictionary.fields[name]?.description}\n`;
/** The first page adds both its fields, the second one. */
const released = found.map(({ pagePath, text, names }, i) => {
  const added = (i === 0 ? names : names.slice(0, 1)).map(block).join("");
  return [pagePath, text.replace("\nRequest sample\n", `\nOptional\n${added}Request sample\n`)] as [string, string];
});
const input = withFiles(base, released);
const pageNames = found.map(({ pagePath }) => pagePath.split("/").at(-1) ?? pagePath).sort();
const SAID = `3 fields a release adds come from pages whose changelog prints no rows (${pageNames.join(", ")}), so their versions are their field lists' alone: check them (a table left empty and a copy cut at its heading read alike)`;

test("--check says it once for the run, at the first field added, and not at each field", async () => {
  const lines = await checkInMemory(input);
  const said = lines.filter((l) => l.includes(" page-changelog-no-rows "));
  // Without it: nothing said of the three versions that no changelog row confirms.
  expect(said).toHaveLength(1);
  expect(said[0]).toMatch(/^spec\/sources\/\S+\.page\.txt:\d+:1 info page-changelog-no-rows /);
  expect(said[0]?.endsWith(SAID)).toBe(true);
  const added = lines.filter((l) => / request\.fields\.\S+: the spec says no such field/.test(l));
  expect(added).toHaveLength(3);
  for (const line of added) expect(line).not.toContain("changelog");
});

test("sync says it once, after the fields it adds", async () => {
  const { report } = await syncInMemory(input);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const said = report.messages.filter((m) => m.includes(" page-changelog-no-rows "));
  expect(said).toHaveLength(1);
  const at = report.messages.indexOf(said[0] ?? "");
  const lastAdded = report.messages.findLastIndex((m) => / request field \S+ added \(/.test(m));
  expect(lastAdded).toBeGreaterThanOrEqual(0);
  expect(at).toBeGreaterThan(lastAdded);
});

test("one field from one page is said in the singular; a page with its rows back says nothing", async () => {
  const [pagePath, text] = released[1] as [string, string];
  const one = (await checkInMemory(withFiles(base, [[pagePath, text]]))).filter((l) =>
    l.includes(" page-changelog-no-rows "),
  );
  expect(one).toHaveLength(1);
  expect(one[0]).toContain(
    `1 field a release adds comes from a page whose changelog prints no rows (${pagePath.split("/").at(-1)}), so its version is its field list's alone: check it`,
  );
  const name = found[1]?.names[0] ?? "";
  const row = `Interface version | Data | Attendance | Container |\n---|---|---|---|\n2.0 |\n${name}\n|\nRequest | |\n`;
  const logged = (await checkInMemory(withFiles(base, [[pagePath, `${text.trimEnd()}\n${row}`]]))).filter((l) =>
    l.includes(" page-changelog-no-rows "),
  );
  expect(logged).toEqual([]);
});
