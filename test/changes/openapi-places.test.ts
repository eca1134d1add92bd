// Where openapi.json changes between two specs, as its diff shows it: each run
// of lines at its line in the new file, with the pointer that holds it and its
// owner (the operation, or the container type), so that a reviewer places each
// hunk of the file's diff. Held on the golden fixture's edits against the files
// the emitter makes of each side.
import { expect, test } from "vitest";
import { openApiEmitter } from "../../generator/emit/emit-openapi.js";
import type { SpecModel } from "../../generator/model/ir.js";
import { pointerKeys } from "../../generator/changes/json-lines.js";
import { openApiPlaces, type OpenApiPlace } from "../../generator/changes/openapi-places.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import {
  FIELDS,
  OP,
  REFUND,
  edited,
  goldenInput,
  modelOf,
  modelOfGolden,
  textOf as specText,
  type Edit,
} from "../support/golden-changes.js";

const textOf = (model: SpecModel): string => openApiEmitter.shared?.(model)[0]?.content ?? "";

function valueAt(text: string, pointer: string): unknown {
  let found: unknown = JSON.parse(text);
  for (const key of pointerKeys(pointer)) found = (found as Record<string, unknown> | undefined)?.[key];
  return found;
}

async function placesOf(edits: Edit[]) {
  const before = await modelOfGolden();
  const after = await modelOf(edited(goldenInput, edits));
  const places = openApiPlaces(before, after);
  if ("failed" in places) throw new Error(places.failed);
  return { before, after, places, old: textOf(before), now: textOf(after) };
}

/** Each place's lines in the new file hold what the old one does not at that line, and its pointer names a value. */
function expectPlaced(places: readonly OpenApiPlace[], old: string, now: string): void {
  const [oldLines, newLines] = [old.split("\n"), now.split("\n")];
  expect(places.length).toBeGreaterThan(0);
  for (const place of places) {
    expect(valueAt(now, place.pointer), place.pointer).not.toBeUndefined();
    if (place.added > 0) expect(newLines[place.line - 1]).not.toBe(oldLines[place.line - 1]);
  }
}

test("a field's format: one place, in its operation's request schema, at the line the value changed", async () => {
  const { places, old, now } = await placesOf([[OP, "      format: AN35", "      format: ANS40"]]);
  expectPlaced(places, old, now);
  expect(places.map((p) => [p.owner, p.pointer])).toEqual([
    ["cardCheck", "/components/schemas/CardCheckRequest/properties/referenceId"],
  ]);
  const [place] = places as [OpenApiPlace];
  expect(
    now
      .split("\n")
      .slice(place.line - 1, place.line - 1 + place.added)
      .join("\n"),
  ).toContain('"ANS40"');
});

test("a field added to a shared container: its place is the container type's", async () => {
  const zip = "          zipCode:\n";
  const { places, old, now } = await placesOf([
    [
      FIELDS,
      zip,
      `          street:\n            presence: optional\n            since: "2.20"\n            description: Street.\n${zip}`,
    ],
  ]);
  expectPlaced(places, old, now);
  expect(new Set(places.map((p) => p.owner))).toEqual(new Set(["container type PostalAddress"]));
});

test("an environment removed: each operation whose path changes is named, with the path it had", async () => {
  const testEndpoint = "  test: https://office-server.test.example.com/rs-services/v2/checkout/cardRefund\n";
  const { places, old, now } = await placesOf([[REFUND, testEndpoint, ""]]);
  expectPlaced(places, old, now);
  // The root servers become the ones most operations share (servers.ts): an operation whose path changes with them.
  const pathOf = (text: string) =>
    new Map(
      Object.entries(JSON.parse(text).paths as Record<string, { post: { operationId: string } }>).map(
        ([path, item]) => [item.post.operationId, path] as const,
      ),
    );
  const [was, is] = [pathOf(old), pathOf(now)];
  const changed = [...is].filter(([op, path]) => was.get(op) !== path).map(([op]) => op);
  expect(changed.length).toBeGreaterThan(0);
  const moved = places.filter((p) => p.was !== undefined);
  for (const place of moved) {
    expect(place.pointer.startsWith("/paths/")).toBe(true);
    expect(place.was?.pointer.startsWith("/paths/")).toBe(true);
    expect(place.was?.owner).toBe(place.owner);
    expect(valueAt(old, place.was?.pointer ?? "")).toMatchObject({ post: { operationId: place.owner } });
  }
  expect(moved.map((p) => p.owner)).toEqual(changed);
  // The shared servers lose TEST: lines removed alone, first in the file, placed at the line that now follows them.
  const [first] = places as [OpenApiPlace];
  expect([first.pointer, first.added]).toEqual(["/servers", 0]);
  const [oldLines, newLines] = [old.split("\n"), now.split("\n")];
  expect(oldLines.slice(0, first.line - 1)).toEqual(newLines.slice(0, first.line - 1));
  expect(oldLines[first.line - 1 + first.removed]).toBe(newLines[first.line - 1]);
});

test("the Markdown lists each place after the changes, by line, with its owner and pointer", async () => {
  const before = await modelOfGolden();
  const after = await modelOf(edited(goldenInput, [[OP, "      format: AN35", "      format: ANS40"]]));
  const places = openApiPlaces(before, after);
  if ("failed" in places) throw new Error(places.failed);
  const markdown = toMarkdown(changesReport(compareSpecs(before, after)), "main", places);
  const [place] = places as [OpenApiPlace];
  expect(markdown.split("\n").filter((l) => l.startsWith("- line "))).toEqual([
    `- line ${place.line} (+${place.added} −${place.removed}): **cardCheck** \`/components/schemas/CardCheckRequest/properties/referenceId\``,
  ]);
  expect(markdown.indexOf("### Where `generated/openapi.json` changes")).toBeGreaterThan(markdown.indexOf("cardCheck"));
});

test("a spec whose openapi.json does not change: no section", async () => {
  const golden = await modelOfGolden();
  expect(openApiPlaces(golden, golden)).toEqual([]);
  expect(toMarkdown(changesReport([]), "main", [])).not.toContain("openapi.json");
});

test("a path renamed to a longer one that starts with it: placed at the new path, the old one named", async () => {
  const [prod, testing] = [
    "  prod: https://office-server.example.com/rs-services/v2/checkout/cardCheck\n",
    "  test: https://office-server.test.example.com/rs-services/v2/checkout/cardCheck\n",
  ];
  const { places, old, now } = await placesOf([
    [OP, prod, prod.replace("cardCheck\n", "cardCheckV2\n")],
    [OP, testing, testing.replace("cardCheck\n", "cardCheckV2\n")],
  ]);
  expectPlaced(places, old, now);
  const moved = places.filter((p) => p.owner === "cardCheck" && p.pointer.startsWith("/paths/"));
  expect(moved.map((p) => [p.pointer, p.was?.pointer])).toEqual([
    ["/paths/~1checkout~1cardCheckV2", "/paths/~1checkout~1cardCheck"],
  ]);
});

test("an operation removed: its lines, removed alone, are its own, named from the old file", async () => {
  const golden = await modelOfGolden();
  const copy = specText(goldenInput, OP)
    .replace("operation: cardCheck", "operation: cardCheckCopy")
    .replaceAll("/cardCheck", "/cardCheckCopy");
  const before = await modelOf(edited(goldenInput, [], { "operations/office/cardCheckCopy.yaml": copy }));
  const places = openApiPlaces(before, golden);
  if ("failed" in places) throw new Error(places.failed);
  const gone = places.filter((p) => p.added === 0 && p.pointer.startsWith("/paths/"));
  expect(gone.map((p) => [p.pointer, p.owner])).toEqual([["/paths/~1checkout~1cardCheckCopy", "cardCheckCopy"]]);
  // Its schemas and examples, removed in runs over several, are its own too, where the pointer that holds them is not.
  expect(places.map((p) => p.pointer)).toContain("/components/schemas");
  expect(new Set(places.map((p) => p.owner))).toEqual(new Set(["cardCheckCopy"]));
});

test("two operations removed side by side: their run of lines is placed under each, in the file's order", async () => {
  const golden = await modelOfGolden();
  const copy = (name: string) =>
    specText(goldenInput, OP)
      .replace("operation: cardCheck", `operation: ${name}`)
      .replaceAll("/cardCheck", `/${name}`);
  const before = await modelOf(
    edited(goldenInput, [], {
      "operations/office/cardCheckCopy.yaml": copy("cardCheckCopy"),
      "operations/office/cardCheckOther.yaml": copy("cardCheckOther"),
    }),
  );
  const places = openApiPlaces(before, golden);
  if ("failed" in places) throw new Error(places.failed);
  // Their two path items, next to each other, are one hunk of lines removed: a place each, at the same line.
  const paths = places.filter((p) => p.pointer.startsWith("/paths"));
  expect(paths.map((p) => [p.added, p.pointer, p.owner])).toEqual([
    [0, "/paths/~1checkout~1cardCheckCopy", "cardCheckCopy"],
    [0, "/paths/~1checkout~1cardCheckOther", "cardCheckOther"],
  ]);
  expect(new Set(paths.map((p) => p.line)).size).toBe(1);
  const old = textOf(before);
  for (const place of paths) expect(valueAt(old, place.pointer)).toMatchObject({ post: { operationId: place.owner } });
  // The hunk's lines, cut apart, add up to it: each path item's lines, its closing line included.
  const lines = old.split("\n");
  const first = lines.findIndex((line) => line.startsWith('    "/checkout/cardCheckCopy"'));
  const last = lines.findIndex((line, i) => i > first && line.startsWith('    "/checkout/cardCheckOther"'));
  expect(paths[0]?.removed).toBe(last - first);
  expect(paths[1]?.removed).toBeGreaterThan(2);
  // Added side by side, the same: each at the line where its own lines start.
  const back = openApiPlaces(golden, before);
  if ("failed" in back) throw new Error(back.failed);
  const added = back.filter((p) => p.pointer.startsWith("/paths"));
  expect(added.map((p) => [p.removed, p.pointer, p.owner])).toEqual(paths.map((p) => [0, p.pointer, p.owner]));
  expect(added.map((p) => [p.line, p.added])).toEqual([
    [first + 1, last - first],
    [last + 1, paths[1]?.removed],
  ]);
});

test("an operation renamed at the same address: each place is the new name's, a schema renamed names the old", async () => {
  // The path item stays where it was, its lines changed in place: they are the operation's as the new file names
  // it. Its schemas and examples are renamed with it: placed under their new names, the old ones named as it was.
  const { places, old, now } = await placesOf([[OP, "operation: cardCheck\n", "operation: cardAcheck\n"]]);
  expectPlaced(places, old, now);
  expect(new Set(places.map((p) => p.owner))).toEqual(new Set(["cardAcheck"]));
  expect(places.filter((p) => p.pointer.startsWith("/paths/")).map((p) => [p.pointer, p.was])).toEqual(
    ["operationId", "requestBody", "requestBody", "responses", "responses", "responses"].map((key) => [
      expect.stringMatching(new RegExp(`^/paths/~1checkout~1cardCheck/post/${key}(/|$)`)),
      undefined,
    ]),
  );
  const moved = places.filter((p) => p.was !== undefined);
  expect(moved.map((p) => [p.pointer, p.was])).toEqual(
    ["schemas/CardAcheckRequest", "schemas/CardAcheckRequest/x-sips-operation", "schemas/CardAcheckResponse"]
      .concat([
        "schemas/CardAcheckResponse/x-sips-operation",
        "examples/CardAcheckRequest",
        "examples/CardAcheckResponse",
      ])
      .map((place) => [
        `/components/${place}`,
        { pointer: `/components/${place.replace("CardAcheck", "CardCheck")}`, owner: "cardCheck" },
      ]),
  );
});
