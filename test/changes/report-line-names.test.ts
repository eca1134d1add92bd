// A Markdown line names its operation or value list and its field once: the
// summary drops what the line's place already says (the JSON keeps it whole),
// and places of one subject share its name. A list's count of values is said beside
// its name (place-words.test.ts).
import { expect, test } from "vitest";
import { withAside, type Change } from "../../generator/changes/change.js";
import { lineSummary } from "../../generator/changes/line-summary.js";
import { countWithin, listFirst, pageSeen, pageWithin, valueCount } from "../../generator/changes/place-words.js";
import { inlineText } from "../../generator/emit/markdown-escape.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import { takenSummary } from "../../generator/changes/value-runs.js";

const lines = (changes: Change[]): string[] =>
  toMarkdown(changesReport(changes), "main")
    .split("\n")
    .filter((l) => l.startsWith("- "));

const docs = { kind: "description", classes: ["docs"] } as const;
const field = (operation: string, message: "request" | "response", pointer: string, summary: string): Change => ({
  operation,
  message,
  field: pointer,
  ...docs,
  summary,
});
const list = (name: string, summary: string, kind: Change["kind"] = "description"): Change => ({
  operation: null,
  list: name,
  message: null,
  field: null,
  kind,
  classes: ["docs"],
  summary,
});

test("a field's summary drops the field's name its path ends in, an escaped one too; JSON keeps it", () => {
  const changes = [
    field("a", "request", "/amount", "amount: description changed."),
    field("a", "request", "/a~1b", "a/b: notes changed."),
    field("a", "request", "/amountDue", "amount: notes changed."),
  ];
  expect(changes.map(lineSummary)).toEqual(["description changed.", "notes changed.", "amount: notes changed."]);
  expect(JSON.parse(toJson(changesReport(changes))).changes[0].summary).toBe("amount: description changed.");
});

test("a field added or removed is not named again in its summary, nor its message, which the line names", () => {
  const added: Change = {
    operation: "a",
    message: "request",
    field: "/x/-/y",
    kind: "field-added",
    classes: ["additive"],
    summary: "optional request field y added (since 2.6).",
  };
  expect(lineSummary(added)).toBe("optional field added (since 2.6).");
  expect(
    lineSummary({
      ...added,
      kind: "field-removed",
      message: "response",
      summary: "response field y removed: code reading it stops compiling.",
    }),
  ).toBe("field removed: code reading it stops compiling.");
  // A callback's line names it as the callback it is.
  expect(
    lineSummary({
      ...added,
      message: "callback",
      callback: "c",
      summary: "required callback field y added: the decoder refuses a posted result without it.",
    }),
  ).toBe("required field added: the decoder refuses a posted result without it.");
  // Where the summary names another message than the line's, it stays.
  expect(lineSummary({ ...added, message: "response" })).toBe("optional request field added (since 2.6).");
  expect(
    lines([{ ...added, kind: "field-removed", message: "response", summary: "response field y removed." }]),
  ).toEqual(["- **a** response `/x/-/y`: field removed. _(field-removed; additive)_"]);
});

test("a value list's and an operation's summaries do not name them again; a rename keeps the old name", () => {
  expect(
    [
      list("brand", "description or notes of list brand changed."),
      {
        ...list("brand", "", "shared-list-added"),
        ...withAside("value list brand added", " (2 values)", "2 values", "."),
      },
      list("brand", "value VISA added to list brand; taken by a only.", "shared-value-added"),
      list("brand", "value VISA removed from list brand: its constant is gone.", "shared-value-removed"),
      list("brand", "value list card renamed brand: its type changes.", "shared-list-renamed"),
    ].map(lineSummary),
  ).toEqual([
    "description or notes changed.",
    "added.",
    "value VISA added; taken by a only.",
    "value VISA removed: its constant is gone.",
    "value list card renamed brand: its type changes.",
  ]);
  const op = (summary: string): Change => ({ operation: "a", message: null, field: null, ...docs, summary });
  expect([op("operation a added."), op("operation b renamed a (told by x).")].map(lineSummary)).toEqual([
    "operation added.",
    "operation b renamed a (told by x).",
  ]);
});

test("fields of one subject and message share its name; an operation's own change keeps a line of its own", () => {
  expect(
    lines([
      { operation: "a", message: null, field: null, ...docs, summary: "notes changed." },
      field("a", "request", "/x", "x: notes changed."),
      field("a", "request", "/y", "y: notes changed."),
      field("a", "response", "/x", "x: notes changed."),
      field("b", "request", "/x", "x: notes changed."),
    ]),
  ).toEqual([
    "- **a**: notes changed. _(description; docs)_",
    // Subjects at one place first named together, as before: **a**, **b** at request `/x`.
    "- **a**, **b** request `/x`; **a** request `/y`, response `/x`: notes changed. _(description; docs)_",
  ]);
});

test("value lists changed alike are named once as value lists", () => {
  expect(
    lines([
      list("brand", "description or notes of list brand changed."),
      list("channel", "description or notes of list channel changed."),
    ]),
  ).toEqual(["- value lists **brand**, **channel**: description or notes changed. _(description; docs)_"]);
  expect(lines([list("brand", "description or notes of list brand changed.")])).toEqual([
    "- **value list brand**: description or notes changed. _(description; docs)_",
  ]);
});

test("values a field takes or drops alike are one line; other fields, kinds and reasons keep theirs; JSON one a value", () => {
  // As value-changes.ts writes them: each value's words as data (Change.taken), its summary made of them.
  const value = (pointer: string, kind: "value-added" | "value-removed", taken: string, rest: string): Change => ({
    operation: "a",
    message: "request",
    field: pointer,
    kind,
    classes: ["docs"],
    ...takenSummary({ value: taken, list: "prefix", rest }),
  });
  const changes = [
    value("/v", "value-removed", "A_", "no longer taken (only the docs change)."),
    value("/v", "value-removed", "B_", "no longer taken (only the docs change)."),
    value("/v", "value-removed", "C_", "no longer taken: requests using it are refused."),
    value("/v", "value-added", "D_", "now taken."),
    value("/w", "value-removed", "E_", "no longer taken (only the docs change)."),
  ];
  expect(lines(changes)).toEqual([
    "- **a** request `/v`: values A\\_, B\\_ of list prefix no longer taken (only the docs change). _(value-removed; docs)_",
    "- **a** request `/v`: value C\\_ of list prefix no longer taken: requests using it are refused. _(value-removed; docs)_",
    "- **a** request `/v`: value D\\_ of list prefix now taken. _(value-added; docs)_",
    "- **a** request `/w`: value E\\_ of list prefix no longer taken (only the docs change). _(value-removed; docs)_",
  ]);
  expect(JSON.parse(toJson(changesReport(changes))).changes).toHaveLength(5);
});

test("a field's list whose name starts with the field's keeps its whole name on the line", () => {
  // value-changes.ts names the list the field takes; here the field's name is the start of the list's.
  const taken: Change = {
    operation: "a",
    message: "request",
    field: "/brand",
    kind: "value-added",
    classes: ["additive"],
    summary: "value VISA of list brandCode now taken.",
  };
  // Without it: " of list brand" was taken out of " of list brandCode", and the line read "value VISACode now taken.".
  expect(lineSummary(taken)).toBe("value VISA of list brandCode now taken.");
  expect(lineSummary({ ...taken, summary: "value VISA of list brand now taken." })).toBe("value VISA now taken.");
});

test("a value list added with ten values or more has its count beside its name, as one with fewer", () => {
  // The summary in list-changes.ts's words: the list first, its count at the end, which the line says beside it.
  const added = (name: string, count: number): Change => ({
    ...list(name, "", "shared-list-added"),
    ...withAside(`${listFirst(name)}added`, valueCount(count), countWithin(count), "."),
  });
  // Without it: "(12 values)" stayed in the summary, and the lists, their summaries unlike, were two lines.
  expect(lines([added("codes", 12), added("kinds", 3)])).toEqual([
    "- value lists **codes** (12 values), **kinds** (3 values): added. _(shared-list-added; docs)_",
  ]);
});

test("the page a message's facts stop before, said beside the operation, is escaped as the line's text", () => {
  // A page's address with characters Markdown reads as emphasis; the summary in message-changes.ts's words.
  const see = "https://example.com/docs/card_check*page";
  const stop: Change = {
    operation: "cardCheck",
    message: "request",
    field: null,
    kind: "facts-stop",
    classes: ["docs"],
    ...withAside("the request's saved facts now stop after amount", pageSeen(see), pageWithin(see), "."),
  };
  const [line] = lines([stop]);
  // Without it: the address went onto the line as it is, its _ and * read as emphasis.
  expect(line).toContain(`**cardCheck** (${inlineText(`see ${see}`)})`);
  expect(line).not.toContain(see);
});
