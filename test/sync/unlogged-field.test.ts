// A release that adds a request field its page's changelog has no row for,
// while the changelog lists its other fields: `sync --check` and sync say,
// at the field, that its version is the field list's alone. On the repository's
// spec: the page (one with changelog rows) and the field (a dictionary field the
// operation does not have) are found in spec/, not named here.
import { expect, test } from "vitest";
import { parse } from "yaml";
import { readPage } from "../../generator/read/page/read-page.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { unloggedField } from "../../generator/sync/unlogged-field.js";
import { specDir } from "../support/paths.js";
import { checkInMemory, syncInMemory, withFiles } from "../support/sync-memory.js";

const base = await readSpecInput(specDir);
const dictionary = parse(base.files.find((f) => f.relPath === "dictionary/fields.yaml")?.text ?? "") as {
  readonly fields: Readonly<Record<string, { readonly description?: string }>>;
};

const found = base.files
  .filter((f) => f.kind === "operation")
  .flatMap((f) => {
    const pagePath = /\n {2}page: (\S+)/.exec(f.text)?.[1];
    const text = pagePath === undefined ? undefined : base.pages?.get(pagePath);
    if (pagePath === undefined || text === undefined || !text.includes("\nRequest sample\n")) return [];
    const page = readPage(text, pagePath).page;
    if (page.changelog.length === 0 || page.request.fields.length === 0) return [];
    // A dictionary field the operation names nowhere (in no message, no note), with a description to print.
    const name = Object.keys(dictionary.fields).find(
      (n) => !f.text.includes(n) && !text.includes(n) && dictionary.fields[n]?.description !== undefined,
    );
    const operation = /^operation: (\S+)$/m.exec(f.text)?.[1];
    return name === undefined || operation === undefined ? [] : [{ operation, pagePath, text, name }];
  })[0];
if (!found) throw new Error("no operation of the spec cites a page with changelog rows and a request");

const VERSION = "2.0";
const block = `-\n${found.name}\n- presence\n- Optional\n- Interface version\n- ${VERSION}\n${dictionary.fields[found.name]?.description}\n`;
// Printed last in the request, in an Optional section of its own: the page prints no changelog row for it.
const released = found.text.replace("\nRequest sample\n", `\nOptional\n${block}Request sample\n`);
const input = withFiles(base, [[found.pagePath, released]]);
const SAID = `the page's changelog has no row for it, so ${VERSION} is the field list's version alone: check it`;

test("--check says it where it reports the field to add", async () => {
  const lines = await checkInMemory(input);
  const added = lines.filter((l) => l.includes(` request.fields.${found.name}: the spec says no such field`));
  // Without it: "… the page says an optional field", the missing row said nowhere before sync wrote the field.
  expect(added).toHaveLength(1);
  expect(added[0]).toContain(`the page says an optional field; ${SAID}`);
});

test("sync says it beside the line that adds the field", async () => {
  const { report } = await syncInMemory(input);
  const at = report.messages.findIndex((m) => m.startsWith(`${found.operation}: request field ${found.name} added (`));
  expect(at).toBeGreaterThanOrEqual(0);
  expect(report.messages[at + 1]).toBe(`${found.operation}: request field ${found.name}: ${SAID}`);
});

test("a field the changelog has a row for is added without it", async () => {
  const row = `${VERSION} |\n${found.name}\n|\nRequest | |\n`;
  const logged = withFiles(base, [[found.pagePath, `${released.trimEnd()}\n${row}`]]);
  const { report } = await syncInMemory(logged);
  expect(report.messages.some((m) => m.startsWith(`${found.operation}: request field ${found.name} added (`))).toBe(
    true,
  );
  expect(report.messages.filter((m) => m.includes("changelog has no row"))).toEqual([]);
});

test("the row is the field's in its own container, and a page that prints no rows says nothing", () => {
  const page = readPage(found.text, found.pagePath).page;
  const logged = [...page.request.fields, ...page.response.fields].find((f) =>
    page.changelog.some((r) => r.field === f.name && r.container === (f.container?.value ?? "")),
  );
  if (!logged) throw new Error(`${found.pagePath}: no field of its messages has a changelog row`);
  expect(unloggedField(logged, page)).toBeNull();
  // The same name in another container: the row is not its own.
  const elsewhere = `${logged.container?.value ?? ""}Elsewhere`;
  const moved = { ...logged, container: { at: logged.at, value: elsewhere } };
  expect(unloggedField(moved, page)).toMatch(/^the page's changelog has no row for it/);
  // No rows at all: nothing to tell a missing one by.
  expect(unloggedField({ ...moved, name: `${logged.name}Unlogged` }, { ...page, changelog: [] })).toBeNull();
});

test("a response field added with no row is said alike", async () => {
  if (!found.text.includes("\nResponse sample\n")) throw new Error(`${found.pagePath} prints no response sample`);
  const inResponse = found.text.replace("\nResponse sample\n", `\nOptional\n${block}Response sample\n`);
  const lines = await checkInMemory(withFiles(base, [[found.pagePath, inResponse]]));
  const added = lines.filter((l) => l.includes(` response.fields.${found.name}: the spec says no such field`));
  expect(added).toHaveLength(1);
  expect(added[0]).toContain(SAID);
});

test("a callback field added with no row is said alike", async () => {
  // A callback's page with changelog rows, and a dictionary field neither it nor the operation names.
  const callback = base.files
    .filter((f) => f.kind === "operation")
    .flatMap((f) => {
      const pagePath = /\ncallback:\n(?: {2}.*\n)*? {4}page: (\S+)/.exec(f.text)?.[1];
      const text = pagePath === undefined ? undefined : base.pages?.get(pagePath);
      if (pagePath === undefined || text === undefined || !text.includes("\nResponse sample\n")) return [];
      if (readPage(text, pagePath).page.changelog.length === 0) return [];
      const name = Object.keys(dictionary.fields).find(
        (n) => !f.text.includes(n) && !text.includes(n) && dictionary.fields[n]?.description !== undefined,
      );
      return name === undefined ? [] : [{ pagePath, text, name }];
    })[0];
  if (!callback) throw new Error("no operation of the spec has a callback whose page prints changelog rows");
  const added = `-\n${callback.name}\n- presence\n- Optional\n- Interface version\n- ${VERSION}\n${dictionary.fields[callback.name]?.description}\n`;
  const released = callback.text.replace("\nResponse sample\n", `\nOptional\n${added}Response sample\n`);
  const lines = await checkInMemory(withFiles(base, [[callback.pagePath, released]]));
  const said = lines.filter((l) => l.includes(`fields.${callback.name}: the spec says no such field`));
  expect(said).toHaveLength(1);
  expect(said[0]).toContain(SAID);
});
