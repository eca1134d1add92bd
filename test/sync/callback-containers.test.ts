// sync and the containers a callback's page (a Response alone) prints: built
// in the callback's fields as for an operation's response, a container the
// callback alone holds changed there, one another operation holds too left
// with an error naming it. In memory, on the golden fixture with a page made here.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

const OP = "operations/paypage/cardPaymentInit.yaml";
const PAGE = "sources/result.page.txt";
let base: SpecInput;

beforeAll(async () => {
  const golden = await readSpecInput(path.join(fixturesDir, "golden", "spec"));
  const text = golden.files.find((f) => f.relPath === OP)?.text ?? "";
  const cited = text.replace(
    "  encoding: data\n",
    `  encoding: data\n  source: { page: ${PAGE} }\n  factsStop: { see: https://payment.example.com/docs/result }\n`,
  );
  base = withFiles(golden, [], new Map([[OP, cited]]));
});

/** A callback page: responseCode, then these fields (name, container, description), with their changelog rows. */
function page(fields: readonly (readonly [string, string | null, string])[]): string {
  const block = ([name, container, description]: readonly [string, string | null, string]) =>
    `-\n${name}\n- presence\n- Optional\n- Interface version\n- 2.0\n${container === null ? "" : `- Container\n- ${container}\n`}${description}`;
  const rows = fields.map(([name, container]) => `2.0 |\n${name}\n|\nResponse | ${container ?? ""} |`);
  return [
    "Payment result",
    "To search in the page use Ctrl+F on your keyboard",
    "What the platform posts back.",
    "Response",
    "Optional",
    block(["responseCode", null, "Outcome of the payment."]),
    ...fields.map(block),
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

const sync = (input: SpecInput, fields: readonly (readonly [string, string | null, string])[]) =>
  syncInMemory(withFiles(input, [[PAGE, page(fields)]]));

/** The callback's block of the operation's file, from a field on. */
const from = (input: SpecInput, field: string): string => {
  const text = specTexts(input).get(OP) ?? "";
  return text.slice(text.indexOf(`    ${field}:\n`, text.indexOf("callback:")));
};

test("a container a callback's page prints is built in the callback's fields, and changed there after", async () => {
  // Without it: "a callback's containers are left to the maintainer"; nothing was written.
  const card = [
    ["cardData", null, "The card."],
    ["cardBin", "cardData", "First digits."],
  ] as const;
  const { report, after } = await sync(base, card);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  // Where the page prints it, after responseCode; amount, beyond the saved facts, stays after it.
  expect(from(after, "cardData").split("    amount:\n")[0]).toBe(
    [
      "    cardData:",
      "      presence: optional",
      '      since: "2.0"',
      "      type: container",
      "      description: The card.",
      "      fields:",
      "        cardBin:",
      "          presence: optional",
      '          since: "2.0"',
      "          description: First digits.",
      "",
    ].join("\n"),
  );
  expect((await checkInMemory(withFiles(after, [[PAGE, page(card)]]))).filter((l) => l.includes(" error "))).toEqual(
    [],
  );
  // A release adds a field to it: the callback alone holds the type, so sync adds it there.
  const { report: again, after: grown } = await sync(after, [...card, ["cardEnd", "cardData", "Last digits."]]);
  expect(again.ok, again.messages.join("\n")).toBe(true);
  expect(again.messages).toContain(
    "cardPaymentInit: callback field cardData.cardEnd added (optional, 2.0); give its type and format from the data dictionary",
  );
  expect(from(grown, "cardData")).toContain("        cardEnd:\n          presence: optional\n");
});

test("a callback's container another operation holds too: the page's other field list is an error naming it, nothing written", async () => {
  // cardCheck's customer is the dictionary's container; the callback takes it as well.
  const text = specTexts(base).get(OP) ?? "";
  const taken = text.replace(
    "    responseCode:\n",
    '    customer: { from: dictionary, presence: optional, since: "2.0" }\n    responseCode:\n',
  );
  const input = withFiles(base, [], new Map([[OP, taken]]));
  const { report } = await sync(input, [
    ["customer", null, "The buyer."],
    ["nickname", "customer", "What the buyer is called."],
  ]);
  expect(report.ok).toBe(false);
  expect(report.written.size).toBe(0);
  expect(report.messages.filter((m) => m.includes(" page-container-mismatch ") && m.includes("nickname"))).toEqual([
    expect.stringMatching(
      /error page-container-mismatch callback\.fields\.customer\.fields: .*; container type Customer is one type, the dictionary's.*\n.* nickname: the spec says no such field, the page says an optional field\n/,
    ),
  ]);
});

test("a plain field of the callback alone that its page prints fields in: made a container there", async () => {
  const { report, after } = await sync(base, [["code", "responseCode", "The code."]]);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages[0]).toBe(
    "cardPaymentInit: callback field responseCode made a container of the fields the page prints in it (its valueList removed)",
  );
  expect(from(after, "responseCode").split("    amount:\n")[0]).toBe(
    [
      "    responseCode:",
      "      presence: optional",
      '      since: "2.0"',
      "      type: container",
      "      description: Outcome of the payment.",
      "      fields:",
      "        code:",
      "          presence: optional",
      '          since: "2.0"',
      "          description: The code.",
      "",
    ].join("\n"),
  );
});
