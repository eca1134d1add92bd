// sync on the fixture spec whose operation cites a page (test/support/sync-workspace.ts): a field the page drops
// beside one it adds is said to be perhaps renamed when the two agree, and only then.
import { afterEach, expect, test } from "vitest";
import { check, removeWorkspaces, sync, workspace } from "../support/sync-workspace.js";

afterEach(removeWorkspaces);

test("a field the page renames: removed and added, each said to be perhaps the other renamed", async () => {
  // cardKind, in the field list and the changelog, becomes cardType: same presence, version, values and place.
  const spec = await workspace([
    ["\ncardKind\n- presence", "\ncardType\n- presence"],
    ["\ncardKind\n|", "\ncardType\n|"],
  ]);
  const lines = (await check(spec)).filter((d) => d.includes("page-mismatch request.fields"));
  expect(lines.map((d) => d.split("\n")[0]?.replace(/^.* error page-mismatch /, ""))).toEqual([
    "request.fields.cardType: the spec says no such field, the page says an optional field (it may be cardKind renamed: the page no longer lists cardKind, which has the same presence, version and values, between the same fields)",
    "request.fields.cardKind: the spec says an optional field, the page says no such field (it may have been renamed cardType: the page lists cardType, new, with the same presence, version and values, between the same fields)",
  ]);
  const report = await sync(spec);
  expect(report.messages).toEqual(
    expect.arrayContaining([
      "cardCheck: request field cardType added (optional, 2.50); give its type and format from the data dictionary (or cardKind's, removed beside it: it may be cardKind renamed)",
      "cardCheck: request field cardKind removed (the page no longer lists it; it may have been renamed cardType)",
    ]),
  );
});

// cardKind (2.50) goes; cardType (2.60) comes in its place, in the field list and the changelog.
const laterInPlace: [string, string][] = [
  ["\ncardKind\n- presence", "\ncardType\n- presence"],
  ["- Optional\n- Interface version\n- 2.50", "- Optional\n- Interface version\n- 2.60"],
  ["2.50 |\ncardKind\n|", "2.60 |\ncardType\n|"],
];

test("a field the page drops and another of a later version it adds, described alike, are said to be one renamed", async () => {
  // A release that renames a field prints the new name with a version of its own: the description says it is the same.
  const spec = await workspace(laterInPlace);
  const lines = (await check(spec)).filter((d) => / error /.test(d) && !d.includes("valueLists"));
  expect(lines.map((d) => d.split("\n")[0]?.replace(/^.* error /, ""))).toEqual([
    "page-mismatch request.fields.cardType: the spec says no such field, the page says an optional field (it may be cardKind renamed: the page no longer lists cardKind, which has the same presence, values and description, between the same fields)",
    "page-mismatch request.fields.cardKind: the spec says an optional field, the page says no such field (it may have been renamed cardType: the page lists cardType, new, with the same presence, values and description, between the same fields)",
  ]);
  const report = await sync(spec);
  expect(report.messages).toEqual(
    expect.arrayContaining([
      "cardCheck: request field cardType added (optional, 2.60); give its type and format from the data dictionary (or cardKind's, removed beside it: it may be cardKind renamed)",
      "cardCheck: request field cardKind removed (the page no longer lists it; it may have been renamed cardType)",
    ]),
  );
});

test("a field the page drops and another of a later version it adds, described otherwise, are not said to be one renamed", async () => {
  const spec = await workspace([...laterInPlace, ["2.60\nKind of card.\n", "2.60\nType of card.\n"]]);
  const lines = (await check(spec)).filter((d) => / error /.test(d) && !d.includes("valueLists"));
  expect(lines.map((d) => d.split("\n")[0]?.replace(/^.* error /, ""))).toEqual([
    "page-mismatch request.fields.cardType: the spec says no such field, the page says an optional field",
    "page-mismatch request.fields.cardKind: the spec says an optional field, the page says no such field",
  ]);
});

test("a new field the page lists twice, each listing like another field gone, is said to be neither renamed", async () => {
  // cardType takes seal's place as a required field of 2.0, and cardKind's as an optional one of 2.50 with its values.
  const spec = await workspace([
    [
      "\nseal\n- presence\n- Required\n- Interface version\n- 2.0\n",
      "\ncardType\n- presence\n- Required\n- Interface version\n- 2.0\n",
    ],
    ["\ncardKind\n- presence", "\ncardType\n- presence"],
    ["\ncardKind\n|", "\ncardType\n|"],
  ]);
  const lines = (await check(spec)).map((d) => d.split("\n")[0]?.replace(/^.* error /, ""));
  expect(lines).toContain('page-duplicate-field field "cardType" is listed twice in the Request');
  expect(lines.filter((d) => d?.startsWith("page-mismatch request.fields"))).toEqual([
    "page-mismatch request.fields.cardType: the spec says no such field, the page says a required field",
    "page-mismatch request.fields.seal: the spec says a required field, the page says no such field",
    "page-mismatch request.fields.cardKind: the spec says an optional field, the page says no such field",
  ]);
});
