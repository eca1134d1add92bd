// The manifest's text is written out directly rather than through
// JSON.stringify: it must be byte for byte what JSON.stringify gives, and read
// back as it was written.
import { expect, test } from "vitest";
import { manifestText, parseManifest } from "../../generator/write/manifest.js";

const hashOf = (i: number) => i.toString(16).padStart(64, "0");
const paths = [
  "index.ts",
  "operations/a/types.ts",
  'docs/quote"d.md',
  "docs/back\\slash.md",
  "docs/ünïcode €.md",
  "docs/tab\there.md",
  "docs/astral 𝄞.md",
  "Z.md",
  "a b/c.ts",
];

test("the manifest's text is JSON.stringify's, keys in code-point order, for any path a file may have", () => {
  for (const list of [[], paths.slice(0, 1), paths, [...paths].reverse()]) {
    const hashes = new Map(list.map((rel, i) => [rel, hashOf(i)]));
    const sorted = [...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const about = "Files written by `npm run generate`, with their SHA-256: only these are ever replaced or removed.";
    const expected = `${JSON.stringify({ about, files: Object.fromEntries(sorted) }, null, 2)}\n`;
    const text = manifestText(hashes);
    expect(text).toBe(expected);
    expect(parseManifest(text)).toEqual(new Map(sorted));
  }
});

test.each([
  { given: "a hash that is not 64 hex digits", text: `{"files": {"a.ts": "${"A".repeat(64)}"}}` },
  { given: "a hash that is not text", text: '{"files": {"a.ts": 1}}' },
  { given: "a good entry, then a bad one", text: `{"files": {"a.ts": "${hashOf(1)}", "b.ts": null}}` },
  { given: "files as a list", text: `{"files": ["${hashOf(1)}"]}` },
  { given: "no files", text: '{"about": "x"}' },
  { given: "not JSON", text: '{"files": {' },
])("a manifest with $given is no manifest", ({ text }) => {
  expect(parseManifest(text)).toBeUndefined();
});

test("a path named __proto__ is read as any other", () => {
  const text = `{"files": {"__proto__": "${hashOf(1)}", "a.ts": "${hashOf(2)}"}}`;
  expect(parseManifest(text)).toEqual(
    new Map([
      ["__proto__", hashOf(1)],
      ["a.ts", hashOf(2)],
    ]),
  );
});
