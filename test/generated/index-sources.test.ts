// The platform file's sources (where the seal rule and its test values were
// written from) reach the reader of the reference index, as an operation's
// source notes reach its page: read from spec/sips.yaml, in its order.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { generateGoldenSpec, generateRepoSpec } from "../support/generate.js";
import { specDir } from "../support/paths.js";

/** The index's Sources section, up to the next heading, or null. */
const sourcesSection = (index: string): string | null =>
  /\n## Sources\n([\s\S]*?)\n## /.exec(index)?.[1] ?? null;

test("the reference index lists the platform file's sources, title and note, in the spec's order", async () => {
  const raw = parse(readFileSync(path.join(specDir, "sips.yaml"), "utf8")) as {
    sources?: { title: string; note?: string }[];
  };
  const sources = raw.sources ?? [];
  expect(sources.length).toBeGreaterThan(0);
  const { files, model } = await generateRepoSpec();
  expect(model.platform.sources).toEqual(sources.map((s) => ({ title: s.title, note: s.note ?? null })));
  const section = sourcesSection(files.find((f) => f.path === "docs/index.md")?.content ?? "");
  const items = (section ?? "").split("\n").filter((line) => line.startsWith("- "));
  expect(items).toEqual(sources.map((s) => `- **${s.title}**${s.note === undefined ? "" : `: ${s.note}`}`));
});

test("a platform file without sources gives the index no Sources section", async () => {
  const { files, model } = await generateGoldenSpec();
  expect(model.platform.sources).toEqual([]);
  expect(files.find((f) => f.path === "docs/index.md")?.content).not.toContain("## Sources");
});
