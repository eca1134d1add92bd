// A value's own meaning kept on purpose (source.deviations, about
// `<message>.fields.<field>.values.<value>.meaning`, the name the check prints):
// the check reports it as information and sync leaves it, as for any other
// deviation; without its deviation it is a difference, which says that the
// spec gives the value no meaning where its own is none. Read from the
// repository's spec, in memory.
import { beforeAll, expect, test } from "vitest";
import { parseDocument } from "yaml";
import { operations } from "../../generated/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";
import { repoRoot, specDir } from "../support/paths.js";

const MEANING = /^[a-z]+\.fields\.[^.]+\.values\..+\.meaning$/;

interface Kept {
  readonly relPath: string;
  readonly abouts: readonly string[];
}

let base: SpecInput;
let kept: Kept[];
beforeAll(async () => {
  base = await readSpecInput(specDir, repoRoot);
  kept = base.files.flatMap((file) => {
    const doc = parseDocument(file.text).toJS() as { source?: { deviations?: { about: string }[] } } | null;
    const abouts = (doc?.source?.deviations ?? []).map((d) => d.about).filter((about) => MEANING.test(about));
    return abouts.length > 0 ? [{ relPath: file.relPath, abouts }] : [];
  });
});

test("the spec keeps some value's own meaning on purpose", () => {
  expect(kept.length).toBeGreaterThan(0);
});

test("a kept meaning is reported as a deviation, not a difference, and sync leaves it", async () => {
  const printed = await checkInMemory(base);
  for (const { abouts } of kept)
    for (const about of abouts) {
      expect(printed.filter((line) => line.includes(` page-deviation ${about} `))).toHaveLength(1);
      expect(printed.filter((line) => line.includes(` page-mismatch ${about}:`))).toEqual([]);
    }
  const { report, after } = await syncInMemory(base);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const texts = specTexts(after);
  for (const { relPath } of kept) expect(texts.get(relPath)).toBe(specTexts(base).get(relPath));
});

test("without its deviation a kept meaning is a difference, which says what the spec gives", async () => {
  const files = new Map<string, string>();
  const texts = specTexts(base);
  for (const { relPath } of kept) {
    const doc = parseDocument(texts.get(relPath) ?? "");
    const deviations = doc.getIn(["source", "deviations"]) as { items: { get(key: string): unknown }[] };
    deviations.items = deviations.items.filter((d) => !MEANING.test(String(d.get("about"))));
    files.set(relPath, doc.toString());
  }
  const printed = await checkInMemory(withFiles(base, [], files));
  for (const { relPath, abouts } of kept) {
    const meanings = parseDocument(texts.get(relPath) ?? "").toJS() as Record<string, unknown>;
    for (const about of abouts) {
      const [message, , field, , ...rest] = about.split(".");
      const value = rest.slice(0, -1).join(".");
      const fields = (meanings[message ?? ""] as { fields: Record<string, { meanings?: Record<string, unknown> }> })
        .fields;
      const own = fields[field ?? ""]?.meanings?.[value];
      const line = printed.find((l) => l.includes(` page-mismatch ${about}:`));
      expect(line, about).toBeDefined();
      // The spec's side: "no meaning" for an empty own meaning, never "its own " followed by nothing.
      if (Array.isArray(own) && own.length === 0) expect(line).toContain("the spec says no meaning,");
      expect(line).not.toMatch(/its own ,/);
    }
  }
});

test("a deviation on a meaning the spec and the page agree on is reported unused", async () => {
  const files = new Map<string, string>();
  const texts = specTexts(base);
  const abouts: string[] = [];
  for (const { relPath, abouts: keptHere } of kept) {
    const doc = parseDocument(texts.get(relPath) ?? "");
    const operation = String(doc.get("operation"));
    // Another value of a field with a kept meaning, one whose meaning the spec takes as its page prints it.
    const [message, , field] = (keptHere[0] ?? "").split(".");
    const descriptor = Object.values(operations).find((op) => op.name === operation);
    const fields = message === "request" ? descriptor?.request.fields : descriptor?.response.fields;
    const values = fields?.find((f) => f.name === field)?.valueList?.values ?? [];
    const agreeing = values.find(
      ({ value, meanings }) =>
        meanings.length > 0 && !keptHere.includes(`${message}.fields.${field}.values.${value}.meaning`),
    );
    if (agreeing === undefined) continue;
    const about = `${message}.fields.${field}.values.${agreeing.value}.meaning`;
    abouts.push(about);
    (doc.getIn(["source", "deviations"]) as { add(value: unknown): void }).add({ about, reason: "Kept on purpose." });
    files.set(relPath, doc.toString());
  }
  expect(abouts.length).toBeGreaterThan(0);
  const printed = await checkInMemory(withFiles(base, [], files));
  for (const about of abouts)
    expect(printed.filter((line) => line.includes(" page-deviation-unused ") && line.includes(about))).toHaveLength(1);
});
