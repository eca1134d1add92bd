// sync making two Office operations from their saved pages (test/fixtures/pages/:
// cancel, cash management; deletePaymentMean, wallet) beside the fixture spec of
// sync-many: what it says names each field's place, in words that read as
// written. In memory: no file is written.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { fixturePage, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const PAGES = ["cancel", "deletePaymentMean"].map(
  (name) => [`sources/${name}.page.txt`, fixturePage(`${name}.page.txt`)] as const,
);

// The fixture dictionary's description of the seal, and the page's.
const SEAL_WORDS =
  '"Message seal used to ensure the integrity of the request and the authentication of sender / receiver of the message." → "Seal of the message."';

let messages: readonly string[];
beforeAll(async () => {
  const base: SpecInput = await readSpecInput(fixture, path.dirname(fixture));
  const { report } = await syncInMemory(withFiles(base, PAGES), "Office");
  expect(report.ok, report.messages.join("\n")).toBe(true);
  messages = report.messages;
});

test("a description given to a field says which message holds it: a seal is in both", () => {
  // Without it: "cancel: seal: description given here, as its page words it", twice, the same line.
  const seal = messages.filter((m) => m.startsWith("cancel:") && m.includes(" seal: description given here"));
  expect(seal).toEqual([
    `cancel: request field seal: description given here, as its page words it: the dictionary's ${SEAL_WORDS}`,
    `cancel: response field seal: description given here, as its page words it: the dictionary's ${SEAL_WORDS}`,
  ]);
});

test("a field that takes one value of its list says so in the singular", () => {
  // Without it: "takes 1 values of interfaceVersionPrefix".
  expect(messages).toContain(
    "cancel: request field interfaceVersion takes 1 value of interfaceVersionPrefix (CR_WS_2.)",
  );
  expect(messages.filter((m) => / 1 values /.test(m))).toEqual([]);
});

test("a value added to a shared list is said with the constant name sync made for it, which the package exports", () => {
  // Without it: the name (cut from the page's wording, public, and breaking to rename later) was said nowhere.
  expect(messages).toContain(
    "value 01 added to list walletResponseCode as WALLET_OR_PAYMENT_MEAN_UNKNOWN (from sources/deletePaymentMean.page.txt); not taken by getWalletData (it has no saved page)",
  );
});

test("a field written out that another operation writes out too, in a container, is said to be the same field", () => {
  // Without it: only "give its type and format", though getWalletData's payment means hold a paymentMeanId, a
  // string with no type or format to take, and one name is one field.
  expect(messages).toContain(
    'deletePaymentMean: request field paymentMeanId is written out; give its type and format from the data dictionary; getWalletData writes out a paymentMeanId too, and one name is one field: move it to spec/dictionary/fields.yaml, as paymentMeanId: { description: Rank of the payment mean in the wallet. } with its type and format, and take it with from: dictionary in both, here as paymentMeanId: { from: dictionary, presence: required, since: "2.0" } and in getWalletData with its own presence and since (each with a description: of its own where it words it otherwise)',
  );
});
