// The users' guide (docs/package-readme.md, the tarball's README) opens with a
// map by task: each link of the guide to a part of itself reaches a heading of
// it, every section is on the map, and an operation it names as missing from
// the package is missing from the registry (when a release adds it, the map
// must stop saying so). The names its examples use without defining them are
// said before the first example that does: a reader copying one met `config`
// undefined, and nothing told what it stood for.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { createClient, type OperationName, operations, type SipsEnvironment } from "../../generated/index.js";
import { examplesOf, freeNamesUsed } from "../support/doc-examples.js";
import { repoRoot } from "../support/paths.js";

const guide = readFileSync(path.join(repoRoot, "docs", "package-readme.md"), "utf8");
/** The guide's text outside its code blocks, where a `#` line is a comment, not a heading. */
const prose = guide.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, "");
const headings = [...prose.matchAll(/^(#{2,3}) (.+)$/gm)].map(([, level, title]) => ({ level, title: title ?? "" }));
const MAP = "Where to start";

/** A heading's anchor as GitHub and npm make it: lower case, punctuation dropped, each space a dash. */
const anchorOf = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/ /g, "-");

/** The guide's section that starts at the heading `title`, up to the next heading of its level or above. */
function section(title: string): string {
  const start = prose.indexOf(`## ${title}\n`);
  if (start < 0) throw new Error(`the guide has no section "${title}"`);
  const next = prose.slice(start + title.length + 4).search(/^#{1,2} /m);
  return next < 0 ? prose.slice(start) : prose.slice(start, start + title.length + 4 + next);
}

test("each link of the guide to a part of itself reaches one of its headings", () => {
  const anchors = new Set(headings.map(({ title }) => anchorOf(title)));
  const links = [...prose.matchAll(/\]\(#([^)]+)\)/g)].map(([, fragment]) => fragment ?? "");
  expect(links.length).toBeGreaterThan(0);
  for (const fragment of links) expect(anchors, fragment).toContain(fragment);
});

test("the map at the guide's start links every section of it", () => {
  const map = section(MAP);
  const linked = new Set([...map.matchAll(/\]\(#([^)]+)\)/g)].map(([, fragment]) => fragment));
  const sections = headings.filter(({ title }) => title !== MAP && title !== "License");
  expect(sections.length).toBeGreaterThan(5);
  for (const { title } of sections) expect(linked, title).toContain(anchorOf(title));
});

test("the map names the platform each family runs on outside production, as the registry's addresses give it", () => {
  const families = new Map<string, Set<string>>();
  for (const { family, endpoints } of Object.values(operations))
    for (const environment of Object.keys(endpoints))
      if (environment !== "prod" && family !== null)
        families.set(environment, (families.get(environment) ?? new Set()).add(family));
  expect(families.size).toBeGreaterThan(0);
  const map = section(MAP).replace(/\s+/g, " ");
  for (const [environment, named] of families)
    expect(map).toContain(`${[...named].sort().join(" and ")} on \`"${environment}"\``);
});

test("the refusal the map quotes is the client's for an operation of another platform", async () => {
  const quoted = /`(\w+) has no (\w+) endpoint \(it has [^`]*\)`/.exec(section(MAP).replace(/\s+/g, " "));
  expect(quoted).not.toBeNull();
  const [text, name, environment] = quoted ?? [];
  const sips = createClient({
    environment: environment as SipsEnvironment,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey: "guide-contents-key",
    fetch: () => Promise.reject(new Error("nothing is sent")),
  });
  const result = await (sips[name as OperationName] as (fields: object) => ReturnType<typeof sips.cancel>)({});
  expect(result.ok ? null : { kind: result.error.kind, sent: result.error.sent }).toEqual({
    kind: "invalid-request",
    sent: "no",
  });
  expect(result.ok ? "" : result.error.message).toBe(`${text?.slice(1, -1)}; it was not sent`);
});

test("an operation the map says the package lacks is in no operation of the registry, nor the reference index", () => {
  const lacking = [...section(MAP).matchAll(/`sips\.(\w+)` does not compile/g)].map(([, name]) => name ?? "");
  expect(lacking.length).toBeGreaterThan(0);
  const index = readFileSync(path.join(repoRoot, "generated", "docs", "index.md"), "utf8");
  for (const name of lacking) {
    expect(Object.keys(operations)).not.toContain(name);
    expect(index).not.toContain(`[${name}](`);
  }
});

test("each name the guide's examples use without defining it is said, before the first of them, in the note that gives them", () => {
  const opening = "The examples from here on are pieces of a shop's code";
  const noteAt = guide.indexOf(opening);
  expect(noteAt).toBeGreaterThan(0);
  const note = guide.slice(noteAt, guide.indexOf("\n\n", noteAt)).replace(/\s+/g, " ");
  const noteLine = guide.slice(0, noteAt).split("\n").length;
  const used = Object.entries(examplesOf(guide, "docs/package-readme.md", "../generated")).flatMap(([file, code]) =>
    freeNamesUsed(code).map((name) => ({ name, line: Number(/-(\d+)\.ts$/.exec(file)?.[1]) })),
  );
  expect(used.map(({ name }) => name)).toContain("config");
  for (const { name, line } of used) {
    expect(note, name).toContain(`\`${name}\``);
    expect(line, `${name}, in the example at line ${line}`).toBeGreaterThan(noteLine);
  }
});
