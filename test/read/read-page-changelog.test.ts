// The page reader on the small page of the Sips layout (test/support/small-page.ts): its changelog rows, as a copy
// prints them (a heading twice, no bars, columns reordered), and each checked against its field.
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { defectsOfChange, type PageDefect, read, small } from "../support/small-page.js";

/** Each case changes the small page once and gives the diagnostics it must produce. */
const defects: PageDefect[] = [
  {
    name: "a changelog row for a field the lists lack",
    from: "2.0 |\nmerchantId",
    to: "2.0 |\nmerchantIdentifier",
    want: [
      'cardCheck.page.txt:76:1 error page-changelog-field the changelog has a row for "merchantIdentifier" (Request) but the field lists have no such field',
    ],
  },
  {
    name: "a changelog row with another version",
    from: "2.10 |\nseal",
    to: "2.0 |\nseal",
    want: [
      'cardCheck.page.txt:72:1 error page-changelog-version the changelog gives "seal" version 2.0, the field list 2.10',
    ],
  },
];

test.each(defects)("$name", ({ from, to, want }) => {
  expect(defectsOfChange(from, to)).toEqual(want);
});

test("a changelog heading row printed twice, as a copy of a table whose heading stays in view gives: every row read", () => {
  const rows = (text: string) => read(text).page.changelog.map((r) => [r.version, r.field, r.attendance, r.container]);
  const heading = "Interface version | Data | Attendance | Container |\n";
  expect(rows(small)).toHaveLength(3);
  // Without it: read as one row of eight columns, every other row was dropped, and no defect told.
  for (const twice of [
    small.replace(heading, heading + heading),
    // Twice on one line.
    small.replace(heading, `${heading.trimEnd()} ${heading}`),
  ]) {
    expect(read(twice).diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(rows(twice)).toEqual(rows(small));
  }
  // In a release's order of columns too.
  const dataFirst = small
    .replace(heading, "Data | Interface version | Attendance | Container |\n".repeat(2))
    .replace(/(\d+\.\d+) \|\n(\w+)\n\|\n/g, "$2 |\n$1\n|\n");
  expect(read(dataFirst).diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(rows(dataFirst)).toEqual(rows(small));
});

test('a changelog copied without "|", its cells apart by tabs or each on a line of its own, reads the same rows', () => {
  const rows = (text: string) =>
    read(text).page.changelog.map((r) => [r.version, r.field, r.attendance, r.container, r.at]);
  const table = small.slice(small.indexOf("Interface version | Data"));
  const cells = (cut: string) =>
    cut
      .split("|")
      .map((c) => c.trim())
      .filter((c) => c !== "" && !/^-+$/.test(c));
  expect(cells(table).slice(0, 6)).toEqual([
    "Interface version",
    "Data",
    "Attendance",
    "Container",
    "2.50",
    "cardKind",
  ]);
  // Each row on a line, its cells apart by tabs (a browser's copy of a table), the Container cell left empty.
  const byTabs = [
    "Interface version\tData\tAttendance\tContainer",
    "2.50\tcardKind\tRequest\t",
    "2.10\tseal\tRequest/Response\t",
    "2.0\tmerchantId\tRequest\t",
  ];
  // Each cell on a line of its own.
  const byLines = [...cells(table)];
  expect(byLines).toHaveLength(4 + 9);
  for (const copy of [byTabs, byLines]) {
    const text = small.replace(table, `${copy.join("\n")}\n`);
    // Without it: every row was one cell, a line not understood, and the changelog empty.
    expect(read(text).diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(rows(text).map((r) => r.slice(0, 4))).toEqual(rows(small).map((r) => r.slice(0, 4)));
  }
  // Each row's place is its version's, as the saved file has it.
  const tabbed = small.replace(table, `${byTabs.join("\n")}\n`);
  const line = tabbed.split("\n").indexOf("2.10\tseal\tRequest/Response\t") + 1;
  expect(rows(tabbed)[1]?.[4]).toMatchObject({ line, column: 1 });
  // A row's Container cell is read as the fourth word; a version that is no version is still told.
  const contained = small.replace(
    table,
    `${[...byTabs.slice(0, 3), "2.0\tmerchantId\tRequest\tcardKind"].join("\n")}\n`,
  );
  expect(rows(contained)[2]?.slice(0, 4)).toEqual(["2.0", "merchantId", "Request", "cardKind"]);
  const bad = small.replace(
    table,
    `${[...byTabs.slice(0, 2), "2.1O\tseal\tRequest/Response\t", byTabs[3]].join("\n")}\n`,
  );
  expect(read(bad).diagnostics.map((d) => d.code)).toContain("page-bad-version");
});

test("a changelog whose columns a release orders otherwise is read by its heading row", () => {
  const rows = (text: string) => read(text).page.changelog.map((r) => [r.version, r.field, r.attendance, r.container]);
  // Data first: each row's first two cells swap, as its heading's.
  const dataFirst = small
    .replace(
      "Interface version | Data | Attendance | Container |",
      "Data | Interface version | Attendance | Container |",
    )
    .replace(/(\d+\.\d+) \|\n(\w+)\n\|\n/g, "$2 |\n$1\n|\n");
  expect(read(dataFirst).diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(rows(dataFirst)).toEqual(rows(small));
  // A row that differs from its field is reported at its version, as in the usual order.
  expect(read(dataFirst.replace("seal |\n2.10", "seal |\n2.0")).diagnostics.map(formatDiagnostic)).toEqual([
    'cardCheck.page.txt:73:1 error page-changelog-version the changelog gives "seal" version 2.0, the field list 2.10',
  ]);
  // Without the Container column, whose cells the pages leave empty: every row was a line not understood.
  const noContainer = dataFirst
    .replace(
      "Data | Interface version | Attendance | Container |\n---|---|---|---|",
      "Data | Interface version | Attendance |\n---|---|---|",
    )
    .replaceAll(" | |\n", " |\n");
  expect(read(noContainer).diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(rows(noContainer)).toEqual(rows(small));
  // A column the reader does not know, named by the heading row up to its separator: the rows are read by its columns,
  // that column's cells left out, and the column named once. Without it: each row was a line not understood, an error
  // that only editing every row of the saved page cleared.
  for (const [table, fill] of [
    [dataFirst, "notes"],
    [small, "24.2"],
  ] as const) {
    const noted = table
      .replace("Container |\n---|---|---|---|", "Container | Release note |\n---|---|---|---|---|")
      .replaceAll(" | |\n", ` | | ${fill} |\n`);
    expect(read(noted).diagnostics.map(formatDiagnostic)).toEqual([
      'cardCheck.page.txt:66:53 info page-changelog-column the changelog has a column "Release note", which is not read (the spec takes Interface version, Data, Attendance, Container)',
    ]);
    expect(rows(noted)).toEqual(rows(small));
  }
  // A column the reader does not know before one it does: that one read as itself, and named in no defect. Without it:
  // the Container column was also said not to be read.
  const between = small
    .replace("Attendance | Container |\n---|---|---|---|", "Attendance | Release | Container |\n---|---|---|---|---|")
    .replaceAll(" | |\n", " | 24.2 | |\n");
  expect(read(between).diagnostics.map(formatDiagnostic)).toEqual([
    'cardCheck.page.txt:66:41 info page-changelog-column the changelog has a column "Release", which is not read (the spec takes Interface version, Data, Attendance, Container)',
  ]);
  expect(rows(between)).toEqual(rows(small));
  // Where the heading row is not one (a column that is a version), the rows are not read by it: what is left is told.
  const unheaded = small
    .replace("Container |\n---|---|---|---|", "Container | 2.0 |\n---|---|---|---|---|")
    .replaceAll(" | |\n", " | | x |\n");
  const codes = read(unheaded).diagnostics.map((d) => d.code);
  expect([codes.includes("page-unreadable-line"), codes.includes("page-changelog-column")]).toEqual([true, false]);
});
