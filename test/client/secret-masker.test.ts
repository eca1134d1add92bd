// Which values of a sent request a reply's text has masked, on fixture
// descriptors: a sensitive field's at any depth (a container's, a list item's,
// whatever it holds), a field beyond the facts where a secret may be one, each
// as sent and as JSON escapes it; nothing else.
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import type { FieldDescriptor } from "../../generated/runtime/field-descriptor.js";
import type { FactsStopDescriptor } from "../../generated/runtime/facts-stop.js";
import { MASK_NOTHING, SECRET_MASK, secretMasker } from "../../generated/runtime/client-secrets.js";
import { bundleForNode } from "../support/node-bundle.js";
import { textField } from "../support/field-descriptor.js";
import { repoRoot } from "../support/paths.js";

const field = textField;
const secret = (name: string) => field(name, { sensitive: "a secret" });
const STOP: FactsStopDescriptor = { of: "the fixture's request", after: null, see: "https://example.test/page" };

const request = (fields: FieldDescriptor[], factsStop: FactsStopDescriptor | null = null) => ({ fields, factsStop });
const M = SECRET_MASK;

test("a request without a secret field nor a secret beyond its facts masks nothing, and does not read its body", () => {
  expect(secretMasker(request([field("orderId")]), "not even JSON")("o-1 not even JSON", true)).toBe(
    "o-1 not even JSON",
  );
  expect(secretMasker(request([field("orderId")], STOP), '{"x":"o-1"}')("o-1", true)).toBe("o-1");
  expect(MASK_NOTHING("4970100000000003", true)).toBe("4970100000000003");
});

test("a sensitive field's value is masked wherever it is in the text, its other fields' values are not", () => {
  const mask = secretMasker(request([secret("pan"), field("orderId")]), '{"pan":"4970100000000003","orderId":"o-1"}');
  expect(mask("pan 4970100000000003 for o-1; 4970100000000003")).toBe(`pan ${M} for o-1; ${M}`);
});

test("a sensitive field in a container or in a list's items, and every text or number it holds, is masked", () => {
  const card = field("card", { type: "container", fields: [secret("number"), field("brand")] });
  const items = field("cards", {
    type: "list",
    items: { type: "container", format: null, valueList: null, fields: [secret("number")] },
  });
  const blob = secret("blob");
  const body = JSON.stringify({
    card: { number: "111122223333", brand: "VISA" },
    cards: [{ number: "444455556666" }, { number: "777788889999" }],
    blob: { deep: ["abc-secret", 424242] },
  });
  const mask = secretMasker(request([card, items, blob]), body);
  expect(mask("111122223333 VISA 444455556666 777788889999 abc-secret 424242")).toBe(`${M} VISA ${M} ${M} ${M} ${M}`);
});

test("a request whose only secret is a container's field, or a list item's, is read and masked all the same", () => {
  // Nothing at the top is sensitive: whether the request holds a secret is asked of its containers and items too.
  const card = field("card", { type: "container", fields: [secret("number"), field("brand")] });
  const items = field("cards", {
    type: "list",
    items: { type: "container", format: null, valueList: null, fields: [secret("number")] },
  });
  const inContainer = secretMasker(request([field("orderId"), card]), '{"card":{"number":"111122223333"}}');
  expect(inContainer("card 111122223333")).toBe(`card ${M}`);
  const inItems = secretMasker(request([field("orderId"), items]), '{"cards":[{"number":"444455556666"}]}');
  expect(inItems("card 444455556666")).toBe(`card ${M}`);
});

test("a field beyond the facts is masked where a secret may be one, and only there", () => {
  const body = '{"orderId":"o-1","iban":"FR7630006000011234567890189"}';
  expect(
    secretMasker(
      request([field("orderId")], { ...STOP, sensitive: "an IBAN" }),
      body,
    )("FR7630006000011234567890189 o-1"),
  ).toBe(`${M} o-1`);
  expect(secretMasker(request([field("orderId"), secret("pan")], STOP), body)("FR7630006000011234567890189")).toBe(
    "FR7630006000011234567890189",
  );
});

test("an IBAN is masked printed in groups of four, as its paper form prints it; a secret with other characters is not grouped", () => {
  const body = JSON.stringify({ iban: "FR7630006000011234567890189", note: "a.b" });
  const mask = secretMasker(request([secret("iban"), secret("note")]), body);
  expect(mask("IBAN FR76 3000 6000 0112 3456 7890 189 / FR76-3000-6000-0112-3456-7890-189")).toBe(`IBAN ${M} / ${M}`);
  expect(mask("ends with FR76 3000 ", true)).toBe(`ends with ${M}`);
  expect(mask("a.b a. b a .b")).toBe(`${M} a. b a .b`);
});

test("a value is masked as JSON escapes it too, its characters taken as they are, not as an expression's", () => {
  const mask = secretMasker(request([secret("pan")]), JSON.stringify({ pan: 'a"b\\c.*' }));
  expect(mask('echo: {"pan":"a\\"b\\\\c.*"} and a"b\\c.* but not aXb')).toBe(
    `echo: {"pan":"${M}"} and ${M} but not aXb`,
  );
});

test("digits are masked printed in groups; the longest secret first; a cut text's end that starts a secret too", () => {
  const mask = secretMasker(request([secret("pan"), secret("csc")]), '{"pan":"4970100000000003","csc":"0000"}');
  expect(mask("4970 1000 0000 0003 / 4970-1000-0000-0003")).toBe(`${M} / ${M}`);
  expect(mask("ends with 497010")).toBe("ends with 497010");
  expect(mask("ends with 497010", true)).toBe(`ends with ${M}`);
  expect(mask("ends with 4970 10", true)).toBe(`ends with ${M}`);
  // Cut between two groups, after the separator: the groups before it are the secret's start all the same.
  expect(mask("ends with 4970 ", true)).toBe(`ends with ${M}`);
  expect(mask("ends with 4970-1000-", true)).toBe(`ends with ${M}`);
  expect(mask("ends with 4970 ")).toBe("ends with 4970 ");
});

test("a secret that begins another is masked after it: the longer one whole, not its start alone", () => {
  // A card's security code may be its number's first digits: tried first, it would leave the rest of the card shown.
  const mask = secretMasker(request([secret("csc"), secret("pan")]), '{"csc":"497","pan":"4970100000000003"}');
  expect(mask("card 4970100000000003, code 497")).toBe(`card ${M}, code ${M}`);
  expect(mask("card 4970 1000 0000 0003", true)).toBe(`card ${M}`);
});

test("a secret of a few characters is masked as a long one is; an empty one masks nothing", () => {
  // No floor on a secret's length: a 3-digit security code is one, and masking too much of an error text costs
  // its reading only, where a floor would show the code.
  const mask = secretMasker(request([secret("csc"), secret("note")]), '{"csc":"123","note":""}');
  expect(mask("code 123 at 12:30")).toBe(`code ${M} at 12:30`);
  expect(mask("nothing here", true)).toBe("nothing here");
});

test("a secret of thousands of characters (a blob given beyond the facts) is masked, a cut text's end in it too", async () => {
  // Nothing validates a value beyond the facts: it may be as long as a sender makes it. The cut's search was one
  // expression nested once a character, which V8 took most of a second to compile at 1,500 and, at 3,000, aborted
  // the process out of memory, past any catch: run as a process of its own (a test worker's limits differ).
  const code = `
    import { secretMasker } from "./generated/runtime/client-secrets.ts";
    const blob = "QUJD".repeat(750);
    const fields = [{ name: "orderId", presence: "optional", condition: null, since: null, type: "string", format: null,
      description: "", valueList: null, fields: null, items: null }];
    const factsStop = { of: "the request", after: null, see: "https://example.test/page", sensitive: "a blob" };
    const mask = secretMasker({ fields, factsStop }, JSON.stringify({ orderId: "o-1", blob }));
    process.stdout.write(JSON.stringify([
      mask("got " + blob + " for o-1"), mask("got " + blob.slice(0, 2000), true), mask("got QUJ QUJD", true),
    ]));`;
  const bundle = await bundleForNode({ code, resolveDir: repoRoot });
  try {
    const run = spawnSync(process.execPath, [bundle], { encoding: "utf8" });
    expect([run.status, run.stdout]).toEqual([0, JSON.stringify([`got ${M} for o-1`, `got ${M}`, `got QUJ ${M}`])]);
  } finally {
    await rm(path.dirname(bundle), { recursive: true, force: true });
  }
});
