// The property of values-everywhere.test.ts over drawn specs: the golden
// fixture's statusCode list made of drawn values (number-like, leading zeros,
// punctuation), cardCheck and cardRefund each taking a drawn part of it with
// drawn meanings of their own (Markdown, HTML, JSDoc and JSON-sensitive
// text), generated in memory; the documents (schemas, OpenAPI, reference page,
// doc comments, examples, the constants the page names) say what the drawn
// spec says. A generation a draw:
// few draws by default (SIPS_DEEP=1 draws more).
import path from "node:path";
import fc from "fast-check";
import { expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { goldenRoot } from "../support/generate.js";
import { drawOf } from "../support/property-runs.js";
import { typeDocValueDisagreements } from "../support/type-docs.js";
import {
  documentDisagreements,
  exampleDisagreements,
  pageDisagreements,
  type ValuesPackage,
} from "../support/value-artifacts.js";
import { fieldValuesOf } from "../support/value-facts.js";

const golden = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
const LIST =
  "  statusCode:\n    description: Outcome of the call.\n    notes:\n      - Sips adds codes over time.\n    values:\n";
const CHECK = "      valueList: statusCode\n      description: Outcome.";
const REFUND = '      values: ["00"]\n      meanings:\n        "00": Refund accepted';

const valueArb = fc.constantFrom("01", "05", "007", "0", "10", "978", "1e3", "-0", "0x1", "A|B`C", "<b>&amp;", "Ü_1");
const wordArb = fc.constantFrom(
  "Refused",
  "|",
  "*bold*",
  "`x`",
  "<b>",
  "&amp;",
  "\\",
  "*/",
  "{@link X}",
  "@since",
  "_u_",
  "1.",
  "#",
  "-->",
  "${y}",
  '"',
  "'",
  "~~",
  "Ünï",
);
const meaningArb = fc.array(wordArb, { minLength: 1, maxLength: 6 }).map((words) => `M ${words.join(" ")}`);
/** A part of `values` with "00" (the operations' accepted code), and an own meaning for some of it. */
const takenArb = (values: readonly string[]) =>
  fc.tuple(
    fc.subarray([...values]),
    fc.array(fc.option(meaningArb), { minLength: values.length + 1, maxLength: values.length + 1 }),
  );

const specArb = fc.uniqueArray(valueArb, { minLength: 1, maxLength: 6 }).chain((drawn) =>
  fc.record({
    values: fc.constant(drawn),
    meanings: fc.array(meaningArb, { minLength: drawn.length, maxLength: drawn.length }),
    check: takenArb(drawn),
    refund: takenArb(drawn),
  }),
);

const q = (text: string) => JSON.stringify(text);
/** `values:` and `meanings:` of a field taking `part` (and "00") with `own` meanings where drawn. */
function takes(part: readonly string[], own: readonly (string | null)[]): string {
  const values = ["00", ...part].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const meanings = values.flatMap((v, i) => (own[i] ? [`        ${q(v)}: ${q(`${own[i]} own`)}`] : []));
  return `      values: [${values.map(q).join(", ")}]\n${meanings.length ? `      meanings:\n${meanings.join("\n")}\n` : ""}`;
}

/** The exported const objects of value lists, read from their TypeScript as printed (keys, double-quoted values). */
function constObjects(texts: readonly string[]): Record<string, Record<string, string>> {
  const objects: Record<string, Record<string, string>> = {};
  for (const text of texts)
    for (const [, name = "", body = ""] of text.matchAll(/^export const (\w+) = \{\n([\s\S]*?)\n\} as const;/gm))
      objects[name] = Object.fromEntries(
        [...body.matchAll(/^ {2}(\w+): ("(?:[^"\\]|\\.)*"),$/gm)].map(([, key = "", value = ""]) => [
          key,
          JSON.parse(value),
        ]),
      );
  return objects;
}

test("drawn lists and meanings: every document says what the drawn spec gives each operation", async () => {
  let checked = 0;
  await fc.assert(
    fc.asyncProperty(specArb, async ({ values, meanings, check, refund }) => {
      const list = values.map(
        (v, i) => `      ${q(v)}:\n        name: V${i}\n        meaning: ${q(meanings[i] ?? "")}\n`,
      );
      const files = golden.files.map((file) => {
        let text = file.text;
        if (file.relPath === "dictionary/lists.yaml") text = text.replace(LIST, `${LIST}${list.join("")}`);
        if (file.relPath === "operations/office/cardCheck.yaml")
          text = text.replace(CHECK, `      valueList: statusCode\n${takes(...check)}      description: Outcome.`);
        if (file.relPath === "operations/office/cardRefund.yaml")
          text = text.replace(REFUND, takes(...refund).trimEnd());
        return { ...file, text };
      });
      const input = { ...golden, files };
      const result = await generateFromInput(input);
      const errors = result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`);
      expect(errors).toEqual([]);
      if (!result.ok) return;
      const pkg: ValuesPackage = {
        files: new Map(result.files.map((f) => [f.path, f.content])),
        operations: {},
        exports: constObjects(
          result.files.filter((f) => /(^|\/)values?(-lists)?\.ts$/.test(f.path)).map((f) => f.content),
        ),
        mock: [],
      };
      const facts = fieldValuesOf(input).filter((f) => f.list === "statusCode" && f.message !== "callback");
      const checks = [documentDisagreements, pageDisagreements, typeDocValueDisagreements, exampleDisagreements];
      expect(facts.flatMap((f) => checks.flatMap((c) => c(pkg, f)))).toEqual([]);
      checked += facts.length;
    }),
    drawOf(3, 40),
  );
  expect(checked).toBeGreaterThanOrEqual(6);
});
