// sync against the page a callback cites (a page with a Response alone): a
// field whose presence or version differs is reported at the callback's field,
// a field the page lists that the callback lacks too; fields beyond the saved
// facts (factsStop) are not differences, those up to where they stop are. On a copy of the golden fixture with
// a page made for it here. sync settles a callback's differences in the
// callback's fields as it does an operation's, and lists those it cannot
// settle as left for the maintainer, with a failing result.
import path from "node:path";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { fixturesDir } from "../support/paths.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const PAGE = [
  "Payment result",
  "To search in the page use Ctrl+F on your keyboard",
  "What the platform posts back.",
  "Response",
  "Optional",
  "-",
  "responseCode",
  "- presence",
  "- Optional",
  "- Interface version",
  "- 2.0",
  "Outcome of the payment.",
  "Response sample",
  "Changelog",
  "Interface version | Data | Attendance | Container |",
  "---|---|---|---|",
  "2.0 |",
  "responseCode",
  "|",
  "Response |",
].join("\n");

async function specWith(page: string, factsStop: boolean) {
  const spec = await workspaceWith(page, factsStop);
  const checked = await checkSync(await readSpecInput(spec));
  if (!checked.ok) throw new Error(checked.diagnostics.map(formatDiagnostic).join("\n"));
  return checked.diagnostics.filter((d) => d.code === "page-mismatch" && d.file.endsWith("cardPaymentInit.yaml"));
}

async function workspaceWith(page: string, factsStop: boolean): Promise<string> {
  const { spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  const file = path.join(spec, "operations/paypage/cardPaymentInit.yaml");
  const stop = factsStop ? "  factsStop: { see: https://payment.example.com/docs/result }\n" : "";
  const text = (await readFile(file, "utf8")).replace(
    "  encoding: data\n",
    `  encoding: data\n  source: { page: sources/result.page.txt }\n${stop}`,
  );
  await writeFile(file, text);
  await mkdir(path.join(spec, "sources"), { recursive: true });
  await writeFile(path.join(spec, "sources/result.page.txt"), page);
  return spec;
}

async function sync(spec: string) {
  const input = await readSpecInput(spec);
  return syncSpec(input, await checkSync(input), { family: null });
}

/** The page with one more field after responseCode. */
const withField = (lines: readonly string[]): string =>
  PAGE.replace("Outcome of the payment.\n", `Outcome of the payment.\n-\n${lines.join("\n")}\n`);

test("fields beyond the saved facts are no difference; the page's own fields are compared", async () => {
  expect(await specWith(PAGE, true)).toEqual([]);
  const moved = await specWith(PAGE.replace("- 2.0", "- 2.5"), true);
  expect(moved.map((d) => d.message)).toEqual([
    expect.stringContaining("callback.fields.responseCode.since: the spec says 2.0, the page says 2.5"),
  ]);
});

test("a field up to where the saved facts stop that the page no longer prints is a difference: removed, not beyond them", async () => {
  const spec = await workspaceWith(PAGE.replaceAll("responseCode", "resultCode"), true);
  await editFile(
    path.join(spec, "operations/paypage/cardPaymentInit.yaml"),
    "  factsStop: { see:",
    "  factsStop: { after: responseCode, see:",
  );
  const checked = await checkSync(await readSpecInput(spec));
  const found = checked.ok ? checked.diagnostics.filter((d) => d.code === "page-mismatch") : [];
  // amount, after responseCode in the spec, is beyond the saved facts still.
  expect(found.map((d) => d.message)).toEqual([
    expect.stringContaining("callback.fields.resultCode: the spec says no such field"),
    expect.stringContaining(
      "callback.fields.responseCode: the spec says an optional field, the page says no such field",
    ),
  ]);
});

test("sync removing the field factsStop.after names moves it to the field before, or drops it; --check then agrees", async () => {
  const stoppedAfter = async (after: string, page: string) => {
    const spec = await workspaceWith(page, true);
    const file = path.join(spec, "operations/paypage/cardPaymentInit.yaml");
    await editFile(file, "  factsStop: { see:", `  factsStop: { after: ${after}, see:`);
    const report = await sync(spec);
    const again = await checkSync(await readSpecInput(spec));
    const errors = again.ok ? again.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic) : [];
    const stop = /factsStop: .*/.exec(await readFile(file, "utf8"))?.[0];
    return [
      report.ok,
      report.messages.filter((m) => m.startsWith("cardPaymentInit: callback.factsStop")),
      stop,
      errors,
    ];
  };
  // The page prints responseCode alone: amount, where the facts stopped, is removed, and they stop at responseCode.
  expect(await stoppedAfter("amount", PAGE)).toEqual([
    true,
    [
      "cardPaymentInit: callback.factsStop.after set to responseCode (the page no longer lists amount; check factsStop.notes)",
    ],
    "factsStop: { after: responseCode, see: https://payment.example.com/docs/result }",
    [],
  ]);
  // responseCode, the first field, is no longer printed: no field is within the facts.
  expect(await stoppedAfter("responseCode", PAGE.replaceAll("responseCode", "resultCode"))).toEqual([
    true,
    ["cardPaymentInit: callback.factsStop.after removed (no field before responseCode is left; check factsStop.notes)"],
    "factsStop: { see: https://payment.example.com/docs/result }",
    [],
  ]);
});

test("a field the spec holds beyond the saved facts, printed by the page, is not the new name of one removed", async () => {
  // amount, the spec's beyond the facts, printed where responseCode was and looking as it did.
  const spec = await workspaceWith(withValues().replaceAll("responseCode", "amount"), true);
  await editFile(
    path.join(spec, "operations/paypage/cardPaymentInit.yaml"),
    "  factsStop: { see:",
    "  factsStop: { after: responseCode, see:",
  );
  const checked = await checkSync(await readSpecInput(spec));
  const removed = checked.ok
    ? checked.diagnostics.filter((d) => d.message.startsWith("callback.fields.responseCode:"))
    : [];
  expect(removed.map((d) => d.message)).toEqual([
    "callback.fields.responseCode: the spec says an optional field, the page says no such field",
  ]);
});

test("a field the spec holds beyond the saved facts, not printed, is not the old name of one the page adds", async () => {
  // paidAmount, new, looks as amount does; amount, beyond the facts, is not removed, so not renamed either.
  const page = withField(["paidAmount", "- presence", "- Optional", "- Interface version", "- 2.0", "Amount paid."]);
  const spec = await workspaceWith(`${page} |\n2.0 |\npaidAmount\n|\nResponse |`, true);
  const file = path.join(spec, "operations/paypage/cardPaymentInit.yaml");
  await editFile(file, "  factsStop: { see:", "  factsStop: { after: responseCode, see:");
  await editFile(
    file,
    "    amount:\n      presence: undocumented\n      since: undocumented",
    '    amount:\n      presence: optional\n      since: "2.0"',
  );
  const checked = await checkSync(await readSpecInput(spec));
  const added = checked.ok
    ? checked.diagnostics.filter((d) => d.message.startsWith("callback.fields.paidAmount:"))
    : [];
  expect(added.map((d) => d.message)).toEqual([
    "callback.fields.paidAmount: the spec says no such field, the page says an optional field",
  ]);
});

test("without factsStop, a callback field the page does not print is a difference", async () => {
  const found = await specWith(PAGE, false);
  expect(found.map((d) => d.message)).toEqual([expect.stringContaining("callback.fields.amount")]);
});

test("sync settles a callback's differences in the callback's fields; --check then agrees", async () => {
  const field = withField(["authorisationId", "- presence", "- Optional", "- Interface version", "- 2.4", "Its id."]);
  const page = `${field} |\n2.4 |\nauthorisationId\n|\nResponse |`;
  const spec = await workspaceWith(page.replaceAll("2.0", "2.1"), true);
  const report = await sync(spec);
  expect(report.messages).toEqual(
    expect.arrayContaining([
      "cardPaymentInit: callback field responseCode: since set to 2.1",
      "cardPaymentInit: callback field authorisationId added (optional, 2.4); give its type and format from the data dictionary",
    ]),
  );
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const text = await readFile(path.join(spec, "operations/paypage/cardPaymentInit.yaml"), "utf8");
  expect(text).toContain('    responseCode:\n      presence: optional\n      since: "2.1"\n');
  expect(text).toContain(
    '    authorisationId:\n      presence: optional\n      since: "2.4"\n      description: Its id.\n',
  );
  const again = await checkSync(await readSpecInput(spec));
  expect(again.ok && again.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
});

test("a callback difference sync cannot settle is left for the maintainer, and sync fails: a field another operation writes out made a container", async () => {
  const page = withField(["currency", "- presence", "- Optional", "- Container", "- amount", "Its currency."]);
  const spec = await workspaceWith(page, true);
  const report = await sync(spec);
  expect(report.ok).toBe(false);
  const left = report.messages.slice(report.messages.findIndex((m) => m.startsWith("Left for the maintainer")));
  expect(left).toEqual(
    expect.arrayContaining([
      expect.stringContaining(
        "page-field-container callback.fields.amount: the spec says an integer field, no container, the page says a container (it prints currency in it); amount is written out by cardCheck request too (one name is one field)",
      ),
    ]),
  );
  expect(report.messages).not.toContain("The spec already agrees with its pages; nothing to write.");
});

test("a callback field the page's changelog has no row for is a difference of the callback's changelog", async () => {
  const page = withField(["authorisationId", "- presence", "- Optional", "- Interface version", "- 2.4", "Its id."]);
  const spec = await workspaceWith(page, true);
  await sync(spec);
  const checked = await checkSync(await readSpecInput(spec));
  expect(checked.ok && checked.diagnostics.filter((d) => d.code === "page-mismatch").map((d) => d.message)).toEqual([
    "callback.changelog.authorisationId: the spec says a Response row, the page says no row",
  ]);
});

/** The page with responseCode's values as the spec's list has them. */
const VALUES = [
  "List of values",
  "00",
  "- In response to a payment: accepted",
  "- In response to a check: card enrolled",
  "99",
  "- Internal error",
];
const withValues = (lines: readonly string[] = VALUES): string =>
  PAGE.replace("Outcome of the payment.\n", `Outcome of the payment.\n${lines.join("\n")}\n`);

test("a callback's values and meanings are compared with its page, and sync writes them into its field as a response's", async () => {
  expect(await specWith(withValues(), true)).toEqual([]);
  const page = withValues(VALUES.slice(0, 3).concat("99", "- Failure of the platform"));
  const dropped = await specWith(page.replace("- In response to a check: card enrolled\n", ""), true);
  expect(dropped.map((d) => d.message)).toEqual([
    'callback.fields.responseCode.values.00.meaning: the spec says the list\'s meaning "In response to a payment: accepted" / "In response to a check: card enrolled", the page says "In response to a payment: accepted"',
    'callback.fields.responseCode.values.99.meaning: the spec says the list\'s meaning "Internal error", the page says "Failure of the platform"',
  ]);
  // Before, a callback's field took its whole list: sync wrote nothing and failed, left for the maintainer.
  const narrowed = await workspaceWith(withValues(VALUES.slice(0, 4)), true);
  const report = await sync(narrowed);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages).toContain("cardPaymentInit: callback field responseCode takes 1 value of statusCode (00)");
  const text = await readFile(path.join(narrowed, "operations/paypage/cardPaymentInit.yaml"), "utf8");
  expect(text.slice(text.indexOf("callback:"))).toContain('      valueList: statusCode\n      values: ["00"]\n');
  const again = await checkSync(await readSpecInput(narrowed));
  expect(again.ok && again.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
});

test("a value the callback's page adds grows the list, and the callback takes it", async () => {
  const spec = await workspaceWith(withValues([...VALUES, "77", "- Refused by the bank"]), true);
  const report = await sync(spec);
  // The callback takes the whole list; an operation without a page keeps what it took.
  expect(report.messages.slice(0, 2)).toEqual([
    "value 77 added to list statusCode as REFUSED_BY_THE_BANK (from sources/result.page.txt); not taken by cardCheck (it has no saved page)",
    "cardCheck: response field statusCode takes 2 values of statusCode (00, 99), written out so that values other pages add do not reach it",
  ]);
  const lists = await readFile(path.join(spec, "dictionary/lists.yaml"), "utf8");
  expect(lists).toContain('      "77":\n        name: REFUSED_BY_THE_BANK\n        meaning: Refused by the bank\n');
  const again = await checkSync(await readSpecInput(spec));
  expect(
    again.ok && again.diagnostics.filter((d) => d.code === "page-mismatch" && d.message.startsWith("callback")),
  ).toEqual([]);
});

test("a page that stops in the value list its factsStop names prints some of the values: no difference", async () => {
  const spec = await workspaceWith(withValues(VALUES.slice(0, 4)), true);
  const file = path.join(spec, "operations/paypage/cardPaymentInit.yaml");
  await editFile(file, "  factsStop: { see:", "  factsStop: { after: responseCode, see:");
  const checked = await checkSync(await readSpecInput(spec));
  expect(checked.ok && checked.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
});

test("a presence written on a callback field beyond its saved facts is reported, as a response's is, and sync writes undocumented", async () => {
  const spec = await workspaceWith(PAGE, true);
  const file = path.join(spec, "operations/paypage/cardPaymentInit.yaml");
  await editFile(file, "  factsStop: { see:", "  factsStop: { after: responseCode, see:");
  // amount, beyond the facts: no page printed it, so none says whether Sips sends it.
  await editFile(file, "    amount:\n      presence: undocumented", "    amount:\n      presence: optional");
  const checked = await checkSync(await readSpecInput(spec));
  const found = checked.ok ? checked.diagnostics.filter((d) => d.code === "page-mismatch") : [];
  expect(found.map((d) => d.message)).toEqual([
    expect.stringContaining(
      "callback.fields.amount.presence: the spec says optional, the page says no presence: the field is beyond the saved facts (callback.factsStop)",
    ),
  ]);
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(await readFile(file, "utf8")).toContain("    amount:\n      presence: undocumented");
  const again = await checkSync(await readSpecInput(spec));
  expect(again.ok ? again.diagnostics.filter((d) => d.code === "page-mismatch") : ["not ok"]).toEqual([]);
});

test("a field the callback's page adds with no changelog row, kept out: its page's side is the field alone", async () => {
  const added = PAGE.replace(
    "Response sample",
    [
      "-",
      "authorisationId",
      "- presence",
      "- Optional",
      "- Interface version",
      "- 2.0",
      "Authorisation id.",
      "Response sample",
    ].join("\n"),
  );
  const spec = await workspaceWith(added, false);
  const about = "callback.fields.authorisationId";
  const said = async () => {
    const checked = await checkSync(await readSpecInput(spec));
    if (!checked.ok) throw new Error(checked.diagnostics.map(formatDiagnostic).join("\n"));
    return checked.diagnostics.filter((d) => d.message.includes(about)).map(formatDiagnostic);
  };
  // Not kept, the check says the version is the field list's alone: sync would write it.
  const [added1] = await said();
  expect(added1).toContain("the page's changelog has no row for it");
  const file = path.join(spec, "operations/paypage/cardPaymentInit.yaml");
  await editFile(
    file,
    "notes:\n",
    `source:\n  deviations:\n    - about: ${about}\n      reason: Kept for a test.\nnotes:\n`,
  );
  // Kept, sync writes no version: the page's side is what the page prints of the field.
  const [kept] = await said();
  expect(kept).toContain(" info page-deviation ");
  expect(kept).toContain("(the spec says no such field, the page says an optional field): Kept for a test.");
});
