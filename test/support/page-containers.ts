// sync and the containers a page prints: paymentProviderInitialize's fixture
// page with response fields added, printed in their containers, one sync of it
// in memory, and the checks that the spec it leaves holds.
import path from "node:path";
import { expect } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "./paths.js";
import { checkInMemory, fixturePage, specTexts, syncInMemory, withFiles } from "./sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
export const PAGE = "sources/paymentProviderInitialize.page.txt";
export const MADE = "operations/checkout/paymentProviderInitialize.yaml";

/** The warning that sync leaves for the maintainer where a page prints a field another operation writes out. */
export const WRITTEN_TWICE = " warning field-written-twice ";

/** The fixture spec, set by `readBase` (run it in the test file's beforeAll). */
export let base: SpecInput;
export async function readBase(): Promise<void> {
  base = await readSpecInput(fixture, path.dirname(fixture));
}

/** A response field block as the pages print it, in `container` when given. */
const block = (name: string, container: string | null, description: string): string =>
  `-\n${name}\n- presence\n- Optional\n- Interface version\n- 2.0\n${container === null ? "" : `- Container\n- ${container}\n`}${description}\n`;

/** paymentProviderInitialize's fixture page with these response fields after its last, and their changelog rows. */
export function pageWith(fields: readonly [name: string, container: string | null, description: string][]): string {
  const rows = fields.map(([name, container]) => `2.0 |\n${name}\n|\nResponse | ${container ?? ""} |`);
  return fixturePage("paymentProviderInitialize.page.txt")
    .replace(
      "Address the buyer is sent to.\n",
      `Address the buyer is sent to.\n${fields.map((f) => block(...f)).join("")}`,
    )
    .replace(/Response \|$/, `Response | |\n${rows.join("\n").replace(/ \|$/, "")}`);
}

/** One sync of the page as a new operation: the file made, the messages, and the spec it leaves. */
export async function made(page: string): Promise<{ text: string; messages: readonly string[]; after: SpecInput }> {
  const { report, after } = await syncInMemory(withFiles(base, [[PAGE, page]]), "Checkout");
  expect(report.ok, report.messages.join("\n")).toBe(true);
  return { text: specTexts(after).get(MADE) ?? "", messages: report.messages, after };
}

/** The spec sync leaves generates, --check finds nothing, and a second sync writes nothing. */
export async function holds(after: SpecInput): Promise<void> {
  const generated = await generateFromInput(after);
  expect(generated.ok, generated.ok ? "" : generated.diagnostics.map((d) => d.message).join("\n")).toBe(true);
  // sync writes out a field or container another operation writes out, as its page prints it, and says so;
  // moving it to the dictionary is left to the maintainer (README, step 3), and validate warns of it.
  const left = (await checkInMemory(after)).filter((l) => !l.includes(" info ") && !l.includes(WRITTEN_TWICE));
  expect(left).toEqual([]);
  expect((await syncInMemory(after)).report.written.size).toBe(0);
}

/** A second operation's page, paymentProviderFinalize: the first's with its name and addresses renamed. */
export const finalize = (page: string): readonly [string, string] => [
  "sources/paymentProviderFinalize.page.txt",
  page.replaceAll("paymentProviderInitialize", "paymentProviderFinalize"),
];

/** The fixture spec with a dictionary field cardData, a container holding a container cardInfo, whose one field is this (`name: { ... }`). */
export function withDictionaryCard(field: string): SpecInput {
  const dictionary = "dictionary/fields.yaml";
  const text = base.files.find((f) => f.relPath === dictionary)?.text ?? "";
  const cardData = [
    "  cardData:",
    "    type: container",
    "    description: The card.",
    "    fields:",
    "      cardInfo:",
    "        presence: optional",
    '        since: "2.0"',
    "        type: container",
    "        description: About the card.",
    "        fields:",
    `          ${field}`,
    "",
  ].join("\n");
  return withFiles(base, [], new Map([[dictionary, text.replace("fields:\n", `fields:\n${cardData}`)]]));
}
