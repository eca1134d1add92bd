// A field a release moves within its message (out of cardData to the top), with a deviation on neither place, the
// old, the new or both, in an operation's request and response and in a callback: what --check says of each place,
// and what sync then writes and says. A deviation on one place holds the move whole. In memory.
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { MADE, PAGE, made, pageWith, readBase } from "../support/page-containers.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, specText, syncInMemory, withFiles } from "../support/sync-memory.js";

type Printed = readonly [name: string, container: string | null, description: string][];
const IN_CARD: Printed = [
  ["cardData", null, "The card."],
  ["cardBin", "cardData", "First digits."],
  ["cardEnd", "cardData", "Last digits."],
];
const AT_TOP: Printed = [
  ["cardData", null, "The card."],
  ["cardEnd", "cardData", "Last digits."],
  ["cardBin", null, "First digits."],
];

const block = ([name, container, description]: Printed[number]): string =>
  `-\n${name}\n- presence\n- Optional\n- Interface version\n- 2.0\n${container === null ? "" : `- Container\n- ${container}\n`}${description}\n`;

/** paymentProviderInitialize's fixture page with these request fields after its last, and their changelog rows. */
function requestPage(fields: Printed): string {
  const rows = fields.map(([name, container]) => `\n2.0 |\n${name}\n|\nRequest | ${container ?? ""} |`);
  const text = fixturePage("paymentProviderInitialize.page.txt").replace(
    "Request sample\n",
    `${fields.map(block).join("")}Request sample\n`,
  );
  return `${text.replace(/\n*$/, "")}${rows.join("").replace(/ \|$/, "")}\n`;
}

/** A callback page: responseCode, then these fields, with their changelog rows (as callback-containers.test.ts). */
function callbackPage(fields: Printed): string {
  const rows = fields.map(([name, container]) => `2.0 |\n${name}\n|\nResponse | ${container ?? ""} |`);
  return [
    "Payment result",
    "To search in the page use Ctrl+F on your keyboard",
    "What the platform posts back.",
    "Response",
    "Optional",
    block(["responseCode", null, "Outcome of the payment."]).trimEnd(),
    ...fields.map((f) => block(f).trimEnd()),
    "Response sample",
    "Changelog",
    "Interface version | Data | Attendance | Container |",
    "---|---|---|---|",
    "2.0 |\nresponseCode\n|\nResponse | |",
    ...rows,
  ]
    .join("\n")
    .replace(/ \|$/, "");
}

/** One message's move: the spec with cardBin in cardData, the release that prints it at the top, and its words. */
interface Moving {
  readonly spec: SpecInput;
  readonly file: string;
  readonly page: readonly [string, string];
  /** The operation's file with these deviations (about, reason) recorded. */
  readonly kept: (text: string, deviations: string) => string;
  readonly name: string;
  readonly message: "request" | "response" | "callback";
}

const deviationLines = (abouts: readonly string[], indent: string): string =>
  abouts.map((a) => `${indent}- about: ${a}\n${indent}  reason: Kept as the spec has it.\n`).join("");

const moving = new Map<string, Moving>();

beforeAll(async () => {
  await readBase();
  const cited = "source:\n  page: sources/paymentProviderInitialize.page.txt\n";
  const operation = (message: "request" | "response", page: (f: Printed) => string) =>
    made(page(IN_CARD)).then(({ after }): Moving => ({
      spec: after,
      file: MADE,
      page: [PAGE, page(AT_TOP)],
      kept: (text, deviations) => text.replace(cited, `${cited}  deviations:\n${deviations}`),
      name: "paymentProviderInitialize",
      message,
    }));
  moving.set("request", await operation("request", requestPage));
  moving.set("response", await operation("response", (f) => pageWith(f)));
  // The golden fixture's cardPaymentInit, its callback citing a page that prints cardData, synced once to build it.
  const golden = await readSpecInput(path.join(fixturesDir, "golden", "spec"));
  const OP = "operations/paypage/cardPaymentInit.yaml";
  const CALLBACK_PAGE = "sources/result.page.txt";
  const text = specText(golden, OP).replace(
    "  encoding: data\n",
    `  encoding: data\n  source: { page: ${CALLBACK_PAGE} }\n  factsStop: { see: https://payment.example.com/docs/result }\n`,
  );
  const { report, after } = await syncInMemory(
    withFiles(golden, [[CALLBACK_PAGE, callbackPage(IN_CARD)]], new Map([[OP, text]])),
  );
  expect(report.ok, report.messages.join("\n")).toBe(true);
  moving.set("callback", {
    spec: after,
    file: OP,
    page: [CALLBACK_PAGE, callbackPage(AT_TOP)],
    kept: (text, deviations) => text.replace("method: POST\n", `source:\n  deviations:\n${deviations}method: POST\n`),
    name: "cardPaymentInit",
    message: "callback",
  });
});

/** The release of one message's move, with deviations on these places ("old": cardData's, "new": the top's). */
function release(m: Moving, places: readonly ("old" | "new")[]): { input: SpecInput; old: string; top: string } {
  const old = `${m.message}.fields.cardData.fields.cardBin`;
  const top = `${m.message}.fields.cardBin`;
  const abouts = places.map((p) => (p === "old" ? old : top));
  const text =
    abouts.length === 0 ? specText(m.spec, m.file) : m.kept(specText(m.spec, m.file), deviationLines(abouts, "    "));
  return { input: withFiles(m.spec, [m.page], new Map([[m.file, text]])), old, top };
}

/** --check's lines about cardBin, and sync's: its messages, what it leaves, and the operation's file after it. */
async function run(m: Moving, input: SpecInput) {
  const lines = (await checkInMemory(input)).filter((l) => l.includes("cardBin"));
  const { report, after } = await syncInMemory(input);
  const left = report.messages.indexOf(
    "Left for the maintainer (edit the spec, or record a deviation under source.deviations):",
  );
  return {
    mismatches: lines.filter((l) => l.includes(" page-mismatch ")),
    deviations: lines.filter((l) => l.includes(" page-deviation ")),
    said: report.messages.slice(0, left < 0 ? undefined : left).filter((l) => l.includes("cardBin")),
    left: left < 0 ? [] : report.messages.slice(left + 1).filter((l) => l.includes("cardBin")),
    before: specText(input, m.file),
    text: specText(after, m.file),
  };
}

/** The field cardBin's entries in a file's message: at the top ("top") or in cardData ("old"). */
function places(text: string, message: string): string[] {
  const body = text.slice(text.indexOf(`\n${message}:\n`));
  const next = body.slice(1).search(/\n[a-z]/);
  const own = next < 0 ? body : body.slice(0, next + 1);
  return [...(/\n {8}cardBin:/.test(own) ? ["old"] : []), ...(/\n {4}cardBin:/.test(own) ? ["top"] : [])];
}

describe.each(["request", "response", "callback"])("a move in the %s", (message) => {
  const m = (): Moving => moving.get(message) as Moving;

  test("kept on neither place: moved, and said so", async () => {
    const { input, old, top } = release(m(), []);
    const r = await run(m(), input);
    expect(r.mismatches).toEqual([
      expect.stringContaining(
        `${top}: the spec says no such field, the page says an optional field (the spec has it in cardData: moved here?)`,
      ),
      expect.stringContaining(
        `${old}: the spec says an optional field, the page says no such field here: the page prints cardBin at the ${m().message}'s top (moved there?)`,
      ),
    ]);
    expect(places(r.text, m().message)).toEqual(["top"]);
    expect(r.said).toEqual([
      `${m().name}: ${m().message} field cardBin added (optional, 2.0), moved from cardData.cardBin: written as the spec had it there`,
      `${m().name}: ${m().message} field cardData.cardBin removed (the page prints it at the ${m().message}'s top now: moved there)`,
    ]);
    expect(r.left).toEqual([]);
  });

  test("kept in cardData: nothing written at the top, and --check and sync say why, alike", async () => {
    const { input, old, top } = release(m(), ["old"]);
    const r = await run(m(), input);
    expect(r.deviations).toEqual([
      expect.stringContaining(
        `${old} deviates from the page on purpose (the spec says an optional field, the page says no such field)`,
      ),
    ]);
    const held = `${top}: the spec says no such field, the page says an optional field (the spec has it in cardData, where source.deviations keep it: sync moves it once that deviation goes; to keep the spec's, record ${top} in source.deviations too)`;
    expect(r.mismatches).toEqual([expect.stringContaining(held)]);
    // Without it: written at the top too, beside the entry kept ("moved from cardData.cardBin" before the words
    // followed the edits made), and --check said "moved here?".
    expect(r.text).toBe(r.before);
    expect(places(r.text, m().message)).toEqual(["old"]);
    expect(r.said).toEqual([]);
    expect(r.left).toEqual(r.mismatches);
  });

  test("kept out of the top: cardData's entry not removed, and --check and sync say why, alike", async () => {
    const { input, old, top } = release(m(), ["new"]);
    const r = await run(m(), input);
    expect(r.deviations).toEqual([
      expect.stringContaining(
        `${top} deviates from the page on purpose (the spec says no such field, the page says an optional field)`,
      ),
    ]);
    const held = `${old}: the spec says an optional field, the page says no such field here: the page prints cardBin at the ${m().message}'s top, where source.deviations keep it out (sync moves it once that deviation goes; to keep the spec's, record ${old} in source.deviations too)`;
    expect(r.mismatches).toEqual([expect.stringContaining(held)]);
    // Without it: removed, "moved there", and the message held cardBin nowhere.
    expect(r.text).toBe(r.before);
    expect(places(r.text, m().message)).toEqual(["old"]);
    expect(r.said).toEqual([]);
    expect(r.left).toEqual(r.mismatches);
  });

  test("kept on both places: each a deviation, nothing written", async () => {
    const { input, old, top } = release(m(), ["old", "new"]);
    const r = await run(m(), input);
    expect(r.deviations).toEqual([
      expect.stringContaining(
        `${top} deviates from the page on purpose (the spec says no such field, the page says an optional field)`,
      ),
      expect.stringContaining(
        `${old} deviates from the page on purpose (the spec says an optional field, the page says no such field)`,
      ),
    ]);
    expect(r.mismatches).toEqual([]);
    expect(r.text).toBe(r.before);
    expect(r.said).toEqual([]);
    expect(r.left).toEqual([]);
  });
});
