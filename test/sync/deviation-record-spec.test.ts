// The repository's deviations each record what their page says (page:), and
// the check compares the record: every one still matches, and a kept meaning
// (compared apart from the page's other differences) whose record no longer
// does is reported at the record. Read from the repository's spec, in memory.
import { beforeAll, expect, test } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { checkInMemory, withFiles } from "../support/sync-memory.js";
import { repoRoot, specDir } from "../support/paths.js";

interface Deviation {
  readonly about: string;
  readonly page?: string;
}

/** A deviation's page: in the spec's files (its keys six spaces in), with the lines a long value folds onto. */
const RECORD = /^ {6}page: .*\n(?: {8}.*\n)*/gm;

let base: SpecInput;
let deviations: { relPath: string; text: string; list: Deviation[] }[];
beforeAll(async () => {
  base = await readSpecInput(specDir, repoRoot);
  deviations = base.files.flatMap((file) => {
    const doc = parseDocument(file.text).toJS() as { source?: { deviations?: Deviation[] } } | null;
    const list = doc?.source?.deviations ?? [];
    return list.length > 0 ? [{ relPath: file.relPath, text: file.text, list }] : [];
  });
});

test("every deviation of the spec records its page's value, which still matches", async () => {
  expect(deviations.length).toBeGreaterThan(0);
  for (const { list } of deviations) for (const d of list) expect(d.page, d.about).toBeTypeOf("string");
  const printed = await checkInMemory(base);
  expect(printed.filter((line) => line.includes(" page-deviation-moved "))).toEqual([]);
});

test("a kept meaning whose page no longer says what its record says is an error at the record", async () => {
  const meanings = deviations.flatMap(({ relPath, text, list }) =>
    list.flatMap((d, index) => (d.about.endsWith(".meaning") && d.page ? [{ relPath, text, index, ...d }] : [])),
  );
  const kept = meanings[0];
  if (!kept) throw new Error("the spec keeps no value's meaning with a recorded page value");
  const doc = parseDocument(kept.text);
  doc.setIn(["source", "deviations", kept.index, "page"], "an earlier wording");
  const edited = doc.toString();
  const lines = new LineCounter();
  const node = parseDocument(edited, { lineCounter: lines }).getIn(["source", "deviations", kept.index, "page"], true);
  const range = (node as { range: [number, number, number] }).range;
  const at = lines.linePos(range[0]);
  const printed = await checkInMemory(withFiles(base, [], new Map([[kept.relPath, edited]])));
  expect(printed.filter((line) => line.includes(" page-deviation-moved "))).toEqual([
    `spec/${kept.relPath}:${at.line}:${at.col} error page-deviation-moved the deviation for ${kept.about} was recorded when the page said "an earlier wording"; the page now says ${JSON.stringify(kept.page)}: read its reason again, then run \`npm run sync -- --record-deviations\` to record the page's value (or remove the deviation)`,
  ]);
});

test("sync --record-deviations writes back every record of the spec, once each, as the spec has it", async () => {
  // Each record taken out; recording them again writes each deviation's (an operation's, its callback's, a kept
  // meaning's, a move kept out) once, in the spec's very text.
  const stripped = new Map(deviations.map(({ relPath, text }) => [relPath, text.replace(RECORD, "")] as const));
  const input = withFiles(base, [], stripped);
  for (const [relPath, text] of stripped) expect(text, relPath).not.toMatch(/^\s+page: (?!sources\/)/m);
  const report = await syncSpec(input, await checkSync(input), { family: null, dryRun: true, recordDeviations: true });
  const records = report.messages.filter((line) => line.includes(" records the page's "));
  expect(records).toHaveLength(deviations.reduce((n, { list }) => n + list.length, 0));
  expect(new Set(records).size).toBe(records.length);
  expect([...report.written.keys()].sort()).toEqual(deviations.map((d) => d.relPath).sort());
  for (const { relPath, text } of deviations) expect(report.written.get(relPath), relPath).toBe(text);
});

test("a kept meaning's value printed without a meaning is a page error, and no record says so", async () => {
  const kept = deviations
    .flatMap(({ text, list }) => list.map((d) => ({ text, ...d })))
    .find((d) => d.about.endsWith(".meaning") && !d.about.startsWith("callback."));
  if (!kept) throw new Error("the spec keeps no operation's value's meaning");
  const [, field, value] = /^\w+\.fields\.([^.]+)\.values\.(.+)\.meaning$/.exec(kept.about) ?? [];
  const page = (parseDocument(kept.text).toJS() as { source: { page: string } }).source.page;
  // The page's lines of the value, its "- " meanings taken out: the first such value after the field's name.
  const lines = (base.pages?.get(page) ?? "").split("\n");
  const at = lines.indexOf(value ?? "", lines.indexOf(field ?? ""));
  let end = at + 1;
  while (lines[end]?.startsWith("- ")) end++;
  expect(end - at, `${page}: ${value}'s meanings`).toBeGreaterThan(1);
  const input = withFiles(base, [[page, [...lines.slice(0, at + 1), ...lines.slice(end)].join("\n")]]);
  const printed = await checkInMemory(input);
  expect(printed.filter((line) => line.includes(" page-value-without-meaning "))).toEqual([
    expect.stringContaining(`value "${value}" of field "${field}"`),
  ]);
  const report = await syncSpec(input, await checkSync(input), { family: null, dryRun: true, recordDeviations: true });
  expect([report.ok, report.written.size]).toEqual([false, 0]);
});
