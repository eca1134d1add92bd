// A value outside its field's list is told the values the field takes: every
// one of a short list, a few of a longer one with their meanings and a count
// of the others, the field's example first. Held on the repository spec, each
// operation's values and meanings read from its registry entry and its
// examples from spec/; the value received is still never quoted: any text
// outside a list gets the one message, rendered by its length alone.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import fc from "fast-check";
import { expect, test } from "vitest";
import { formatIssue, operations, type ValidationIssue } from "../../generated/index.js";
import { unknownValueText } from "../../generated/runtime/value-list-text.js";
import { specDir } from "../support/paths.js";
import { drawOf } from "../support/property-runs.js";

type RawFields = Record<string, { from?: string; example?: unknown } | undefined>;
type RawOperation = { operation: string; request?: { fields?: RawFields }; response?: { fields?: RawFields } };

const read = (file: string): unknown => parse(readFileSync(file, "utf8"));
const dictionary = read(path.join(specDir, "dictionary", "fields.yaml")) as { fields: RawFields };
const valueLists = read(path.join(specDir, "dictionary", "value-lists.yaml")) as {
  valueLists: Record<string, { values: Record<string, { meaning?: string }> }>;
};
const specFiles = new Map(
  readdirSync(path.join(specDir, "operations"), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => read(path.join(specDir, "operations", file)) as RawOperation)
    .map((raw) => [raw.operation, raw]),
);

/** A field's example as spec/ writes it: the operation's own, else its dictionary entry's where it takes that. */
function exampleOf(operation: string, role: "request" | "response", field: string): unknown {
  const raw = specFiles.get(operation)?.[role]?.fields?.[field];
  return raw?.example ?? (raw?.from === "dictionary" ? dictionary.fields[field]?.example : undefined);
}

/** A value no list holds. */
const OUTSIDE = "\u2603 none of them";

/** The issue of `value` (`OUTSIDE` unless given) in `field` of a message, strict so that a response's is an error. */
function outsideIssue(
  validate: (input: unknown, options: object) => unknown,
  field: string,
  value: string = OUTSIDE,
): ValidationIssue {
  const result = validate({ [field]: value }, { strict: true }) as { ok: boolean; errors?: ValidationIssue[] };
  const issue = result.errors?.find((e) => e.path === `/${field}` && e.code === "unknown-value");
  if (!issue) throw new Error(`no unknown-value issue at /${field}`);
  return issue;
}

/** A leading clause that names the replies a meaning holds for, which the message leaves out. */
const CONTEXT = /^In response to [^:]*: /i;
/** How many meanings that open with such a clause the message names, over the spec's operations. */
let contextsNamed = 0;

/**
 * What the message says of `named` values after its list's name, consumed from `rest`: each value, and where it
 * has one meaning, " for " and that meaning (whole, without its last period, or its start cut at a word with "…",
 * not on a linking word), a leading context clause left out and what follows it capitalized.
 */
function expectNamed(rest: string, named: readonly (readonly [string, readonly string[]])[]): string {
  let left = rest;
  named.forEach(([value, meanings], i) => {
    if (i > 0) {
      expect(left.startsWith(", ")).toBe(true);
      left = left.slice(2);
    }
    expect(left.startsWith(value)).toBe(true);
    left = left.slice(value.length);
    if (meanings.length !== 1) return;
    expect(left.startsWith(" for ")).toBe(true);
    left = left.slice(" for ".length);
    let meaning = (meanings[0] ?? "").replace(/\s+/g, " ").trim().replace(/\.$/, "");
    const context = CONTEXT.exec(meaning)?.[0] ?? "";
    if (context !== "") {
      contextsNamed++;
      meaning = meaning.charAt(context.length).toUpperCase() + meaning.slice(context.length + 1);
      expect(left).not.toMatch(CONTEXT);
    }
    if (left.startsWith(meaning)) left = left.slice(meaning.length);
    else {
      const cut = left.indexOf("…");
      expect(cut).toBeGreaterThan(0);
      const shown = left.slice(0, cut);
      expect(meaning.startsWith(shown)).toBe(true);
      // Cut at a word's end, never on a word that leads into what was cut off.
      expect(meaning.charAt(shown.length)).toMatch(/[\s.,;:]/);
      expect(shown).not.toMatch(/\s(?:a|an|and|at|by|for|in|of|on|or|the|to|with)$/i);
      left = left.slice(cut + 1);
    }
  });
  return left;
}

test("each operation's value outside its field's list is told the values that operation's field takes", () => {
  let short = 0;
  let long = 0;
  for (const [operation, descriptor] of Object.entries(operations)) {
    for (const role of ["request", "response"] as const) {
      const message = descriptor[role];
      for (const field of message.fields) {
        const list = field.valueList;
        if (field.type !== "string" || list === null || list.match !== "exact") continue;
        const issue = outsideIssue(message.validate as never, field.name);
        const head = /^must be one of the \w+ values \(/.exec(issue.message);
        expect(head, `${operation} ${role} ${field.name}: ${issue.message}`).not.toBeNull();
        const example = exampleOf(operation, role, field.name);
        const values = list.values.map((v) => [v.value, v.meanings] as const);
        const first = values.findIndex(([value]) => value === example);
        const ordered = first <= 0 ? values : [values[first] as (typeof values)[number], ...values.filter((_, i) => i !== first)];
        const rest = issue.message.slice(head?.[0].length ?? 0);
        if (values.length <= 8) {
          short++;
          expect(rest).toBe(`${ordered.map(([value]) => value).join(", ")})`);
        } else {
          long++;
          const left = expectNamed(rest, ordered.slice(0, 3));
          expect(left).toBe(` and ${values.length - 3} others)`);
        }
        expect(formatIssue(issue)).not.toContain(OUTSIDE);
      }
    }
  }
  // The repository spec has lists of both lengths, and a meaning named that opens with the replies it holds for.
  expect(short).toBeGreaterThan(0);
  expect(long).toBeGreaterThan(0);
  expect(contextsNamed).toBeGreaterThan(0);
});

test("a currency given as letters is told the dictionary's example code and its meaning, never quoted", () => {
  const example = String(dictionary.fields["currencyCode"]?.example);
  const meaning = valueLists.valueLists["currencyCode"]?.values[example]?.meaning;
  expect(meaning).toBeTruthy();
  const taking = Object.values(operations).find((d) =>
    d.request.fields.some((f) => f.name === "currencyCode" && f.valueList?.values.some((v) => v.value === example)),
  );
  if (!taking) throw new Error("no operation's request takes the dictionary's example currency");
  const issue = outsideIssue(taking.request.validate as never, "currencyCode");
  const text = formatIssue({ ...issue, received: "EUR" });
  expect(text).toContain(`(${example} for ${meaning}, `);
  expect(text).toMatch(/ and \d+ others\), got a string of 3 characters$/);
  expect(text).not.toContain("EUR");
});

test("the text names a short list whole and a longer one by three values, their meanings cut at a word, without their context", () => {
  const eight = Array.from({ length: 8 }, (_, i) => [`V${i}`, `Meaning ${i}`] as const);
  expect(unknownValueText("L", eight)).toBe("must be one of the L values (V0, V1, V2, V3, V4, V5, V6, V7)");
  const nine = [...eight, ["V8", null] as const];
  expect(unknownValueText("L", nine)).toBe(
    "must be one of the L values (V0 for Meaning 0, V1 for Meaning 1, V2 for Meaning 2 and 6 others)",
  );
  const worded = [["A", "Accepted, once the bank has answered the request."] as const, ...nine];
  expect(unknownValueText("L", worded)).toBe(
    "must be one of the L values (A for Accepted, once the bank has…, V0 for Meaning 0, V1 for Meaning 1 and 7 others)",
  );
  // A leading context clause is left out; a long meaning gives its first sentence, else words that end on none that
  // leads on, outside an unclosed parenthesis.
  const cut = (meaning: string) => unknownValueText("L", [["A", meaning], ...nine]).split(", V0")[0];
  expect(cut("In response to opA and opB: card not enrolled")).toBe("must be one of the L values (A for Card not enrolled");
  expect(cut("Transaction duplicated. The reference was already used")).toBe(
    "must be one of the L values (A for Transaction duplicated…",
  );
  expect(cut("Transaction approved or processed successfully")).toBe("must be one of the L values (A for Transaction approved…");
  expect(cut("Invalid payment mean data (ex: PAN)")).toBe("must be one of the L values (A for Invalid payment mean data…");
  // A colon that closes no context clause is part of the meaning.
  expect(cut("Duplicated: its reference was used")).toBe("must be one of the L values (A for Duplicated: its reference was…");
  // No values known: the list's name alone, as before.
  expect(unknownValueText("L")).toBe("must be one of the L values");
});

test("any text outside a field's list is told one message, the same for every such text, and only by its length", () => {
  const listed = Object.values(operations).flatMap((descriptor) =>
    (["request", "response"] as const).flatMap((role) =>
      descriptor[role].fields
        .filter((f) => f.type === "string" && f.valueList?.match === "exact")
        .map((f) => ({
          validate: descriptor[role].validate as never,
          field: f.name,
          values: new Set(f.valueList?.values.map((v) => v.value)),
        })),
    ),
  );
  fc.assert(
    fc.property(fc.nat(), fc.string({ unit: "grapheme", maxLength: 24 }), (pick, text) => {
      const { validate, field, values } = listed[pick % listed.length] as (typeof listed)[number];
      fc.pre(!values.has(text));
      const issue = outsideIssue(validate, field, text);
      const outside = outsideIssue(validate, field);
      expect(issue.message).toBe(outside.message);
      // Rendered alike but for a count (a sensitive field's value is not even carried): the text is never quoted.
      const counted = (rendered: string) => rendered.replace(/\d+ characters?$/, "N characters");
      expect(counted(formatIssue(issue))).toBe(counted(formatIssue(outside)));
    }),
    drawOf(300, 3000),
  );
});
