// sync edits a maintainer's file and keeps the rest of its bytes: a byte
// order mark, CRLF line ends (the lines it adds end so too), a last line
// without a newline (an entry added after it starts a line of its own), tabs
// in comments. Each form is written by sync's write on disk, and compared
// byte for byte with what sync writes of the same file in the plain form. A
// file sync makes takes the form of the operation files beside it.
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { fixturesDir } from "../support/paths.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const fixture = path.join(fixturesDir, "sync", "spec");
const PAGE = "sources/cardCheck.page.txt";
const OP = "operations/office/cardCheck.yaml";
const LISTS = "dictionary/lists.yaml";

/** Page edits whose fixes change a value in place, add lines in the middle and after the last line, and add to a list. */
const PAGE_EDITS: readonly (readonly [string, string])[] = [
  ["IR_WS_2.50", "IR_WS_2.60"],
  [
    "Optional\n-\ncardKind",
    "Optional\n-\ncardBrand\n- presence\n- Optional\n- Interface version\n- 2.60\nBrand of the card.\n-\ncardKind",
  ],
  [
    "Message seal.\nResponse sample",
    "Message seal.\nOptional\n-\nauthorId\n- presence\n- Optional\n- Interface version\n- 2.60\nWho authorised.\nResponse sample",
  ],
  ["---|---|---|---|\n", "---|---|---|---|\n2.60 |\ncardBrand\n|\nRequest | |\n2.60 |\nauthorId\n|\nResponse | |\n"],
  ["CREDIT\n- Credit card", "CHARGE\n- Charge card\nCREDIT\n- Credit card"],
];

/** A comment with a tab in each file sync edits, the same in every form. */
const TABBED: readonly (readonly [string, string, string])[] = [
  [OP, "# A comment that sync keeps.", "#\tA comment that sync keeps, after a tab."],
  [LISTS, "valueLists:\n", "#\tThe lists.\nvalueLists:\n"],
];

interface Form {
  readonly name: string;
  readonly bom?: boolean;
  readonly crlf?: boolean;
  readonly open?: boolean;
}

/** A plain text (LF line ends, a newline after its last line) in `form`. */
function inForm(text: string, { bom, crlf, open }: Form): string {
  const ended = open ? text.replace(/\n$/, "") : text;
  return `${bom ? "\uFEFF" : ""}${crlf ? ended.replaceAll("\n", "\r\n") : ended}`;
}

let roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
  roots = [];
});

/** The edited files' bytes (as UTF-8 text, a byte order mark kept) after one sync written on disk, and whether a second sync writes nothing. */
async function synced(form: Form): Promise<{ files: Record<string, string>; again: number }> {
  const { root, spec } = await tempWorkspace(fixture);
  roots.push(root);
  for (const [from, to] of PAGE_EDITS) await editFile(path.join(spec, PAGE), from, to);
  for (const [rel, from, to] of TABBED) await editFile(path.join(spec, rel), from, to);
  for (const rel of [OP, LISTS]) {
    const file = path.join(spec, rel);
    await writeFile(file, inForm(await readFile(file, "utf8"), form));
  }
  const sync = async () => {
    const input = await readSpecInput(spec, root);
    return syncSpec(input, await checkSync(input), { family: null });
  };
  const report = await sync();
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect([...report.written.keys()].sort()).toEqual([LISTS, OP]);
  const files = Object.fromEntries(
    await Promise.all([OP, LISTS].map(async (rel) => [rel, (await readFile(path.join(spec, rel))).toString("utf8")])),
  );
  return { files, again: (await sync()).written.size };
}

const forms: readonly Form[] = [
  { name: "a byte order mark", bom: true },
  { name: "CRLF line ends", crlf: true },
  { name: "no newline after its last line", open: true },
  { name: "all three", bom: true, crlf: true, open: true },
];

test.each(forms)(
  "a file with $name keeps it, and its tabs in comments: sync writes what it writes in a plain one",
  async (form) => {
    const plain = await synced({ name: "plain" });
    // What sync writes in the plain form: each edit made, the tabbed comments kept, the field added after the last line.
    expect(plain.files[OP]).toContain("#\tA comment that sync keeps, after a tab.\n");
    expect(plain.files[OP]).toContain("recommended: IR_WS_2.60\n");
    expect(plain.files[OP]).toContain("    cardBrand:\n");
    expect(plain.files[OP]).toMatch(/\n {4}authorId:\n(.*\n)*$/);
    expect(plain.files[LISTS]).toContain("CHARGE");
    const formed = await synced(form);
    expect(formed.files).toEqual({
      [OP]: inForm(plain.files[OP] ?? "", form),
      [LISTS]: inForm(plain.files[LISTS] ?? "", form),
    });
    expect(formed.again).toBe(0);
  },
);

/**
 * The bytes of the operation file sync makes of a page no operation cites,
 * beside the fixture's operation renamed (it cites no page) and written in
 * `others`' forms, one file per form.
 */
async function made(others: readonly Form[]): Promise<string> {
  const { root, spec } = await tempWorkspace(fixture);
  roots.push(root);
  const text = (await readFile(path.join(spec, OP), "utf8")).replace(
    "source:\n  page: sources/cardCheck.page.txt\n",
    "",
  );
  await rm(path.join(spec, OP));
  for (const [i, form] of others.entries()) {
    const name = `cardVerify${i}`;
    await writeFile(
      path.join(spec, `operations/office/${name}.yaml`),
      inForm(text.replaceAll("cardCheck", name), form),
    );
  }
  const input = await readSpecInput(spec, root);
  const report = await syncSpec(input, await checkSync(input), { family: "Office" });
  expect(report.ok, report.messages.join("\n")).toBe(true);
  return (await readFile(path.join(spec, OP))).toString("utf8");
}

test.each([
  { case: "a byte order mark", others: [{ name: "bom", bom: true }], want: { name: "", bom: true } },
  { case: "CRLF line ends", others: [{ name: "crlf", crlf: true }], want: { name: "", crlf: true } },
  {
    case: "both, one without a newline after its last line",
    others: [
      { name: "both", bom: true, crlf: true },
      { name: "open", bom: true, crlf: true, open: true },
    ],
    want: { name: "", bom: true, crlf: true },
  },
  {
    case: "forms that disagree (LF, no mark)",
    others: [{ name: "both", bom: true, crlf: true }, { name: "plain" }],
    want: { name: "" },
  },
])(
  "an operation file sync makes beside files with $case takes their form when they agree",
  async ({ others, want }) => {
    const plain = await made([{ name: "plain" }]);
    expect(plain).toMatch(/^# yaml-language-server.*\noperation: cardCheck\n/);
    expect(plain).not.toContain("\r");
    expect(await made(others)).toBe(inForm(plain, want));
  },
);
