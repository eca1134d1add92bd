// The round trip where pages share value lists (test/fixtures/sync-many/ with
// test/fixtures/pages/): each operation that cites a page, its file deleted,
// is made again by sync with the values and meanings its page gives it, and
// generates the same files; a new field the page gives no type, given its
// type by the maintainer, keeps it (the maintainer's facts are put back, as for
// the real spec in round-trip.test.ts). In memory.
import path from "node:path";
import { expect, test } from "vitest";
import { generateFromInput, type GenerateResult } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { fixturePage, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";
import { generatedArtifacts } from "./artifacts.js";
import { withCallback, withMaintainerFacts, withMaintainerNotes, withStatus } from "./maintainer-facts.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");

/**
 * The input generated, once per text: where sync makes an operation's file again byte for byte, the spec is the
 * one already generated, and generation is a function of its input (determinism.test.ts).
 */
const generations = new Map<string, Promise<GenerateResult>>();
function generated(input: SpecInput): Promise<GenerateResult> {
  const key = JSON.stringify([
    input.displayRoot,
    input.files.map((f) => [f.displayPath, f.text]),
    [...(input.pages ?? [])],
    [...input.otherPaths].sort(),
  ]);
  let result = generations.get(key);
  if (!result) generations.set(key, (result = generateFromInput(input)));
  return result;
}

test("operations whose pages share value lists are made again with their own values and meanings", async () => {
  const pages = [
    ["sources/paymentProviderInitialize.page.txt", fixturePage("paymentProviderInitialize.page.txt")],
    ["sources/paymentWebInit.page.txt", fixturePage("paymentWebInit.page.txt")],
  ] as const;
  const { after: synced } = await syncInMemory(
    withFiles(await readSpecInput(fixture, path.dirname(fixture)), pages),
    "Office",
  );
  const want = await generated(synced);
  if (!want.ok) throw new Error(want.diagnostics.map((d) => d.message).join("\n"));
  const withPage = want.model.operations.filter((op) => op.source.page !== null);
  expect(withPage.map((op) => op.name)).toEqual([
    "paymentProviderInitialize",
    "paymentTokenInitialize",
    "paymentWebInit",
  ]);
  for (const op of withPage) {
    const { report, after } = await syncInMemory(withFiles(synced, [], new Map([[op.sourceFile, null]])), op.family);
    expect(report.messages.join("\n"), op.name).not.toContain("Left for the maintainer");
    // The status block, which no page gives, put back from the file written by hand.
    const written = specTexts(synced).get(op.sourceFile) ?? "";
    const made = specTexts(after).get(op.sourceFile) ?? "";
    const result = await generated(withFiles(after, [], new Map([[op.sourceFile, withStatus(made, written)]])));
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    expect(generatedArtifacts(result.files, op.name), op.name).toEqual(generatedArtifacts(want.files, op.name));
  }
  expect(want.files.some((f) => f.path === "operations/paymentWebInit/values.ts")).toBe(true);
});

test("an operation made from its page, the fields the page leaves untyped typed by hand, is made again the same", async () => {
  // Without the maintainer's facts put back: operationAmount made again a string, and the types and validators differ,
  // so that the real spec's round trip failed for every page whose new fields a maintainer typed (README, step 3).
  const MADE = "operations/office/cancel.yaml";
  const page = ["sources/cancel.page.txt", fixturePage("cancel.page.txt")] as const;
  const { after: synced } = await syncInMemory(
    withFiles(await readSpecInput(fixture, path.dirname(fixture)), [page]),
    "Office",
  );
  const untyped = '    operationAmount:\n      presence: required\n      since: "2.0"\n';
  const made = specTexts(synced).get(MADE) ?? "";
  expect(made).toContain(untyped);
  // The maintainer's facts: the type and format the page does not give, and a status block short enough to print
  // on one line in the registry entry (its comparison left out a whole message after it when the block was one line).
  const typed = `${made.replace(untyped, `${untyped}      type: integer\n      format: N12\n      example: "500"\n`)}
status: { field: responseCode, accepted: "00", formatError: "30", signatureError: "34" }
`;
  await expectMadeAgain(withFiles(synced, [], new Map([[MADE, typed]])), MADE, "cancel", "Office");
});

test("a container's field and a callback's field typed by hand, the callback written by hand, are made again the same", async () => {
  // Without the callback put back, the operation was made again without it (no page makes a callback: its types,
  // descriptor and callback.ts differ); the container types were not compared, and with them, without the facts of a
  // container's field, cardBin is made again a string.
  const MADE = "operations/paypage/paymentWebInit.yaml";
  const page = fixturePage("paymentWebInit.page.txt").replace(
    "Address of the Paypage the buyer is sent to.\n",
    "Address of the Paypage the buyer is sent to.\n-\ncardData\n- presence\n- Optional\n- Interface version\n- 2.0\nThe card.\n-\ncardBin\n- presence\n- Optional\n- Interface version\n- 2.0\n- Container\n- cardData\nFirst digits of the card.\n",
  );
  const pages = [
    ["sources/paymentWebInit.page.txt", page],
    ["sources/paypageResponse.page.txt", fixturePage("paypageResponse.page.txt")],
  ] as const;
  const { after: synced } = await syncInMemory(
    withFiles(await readSpecInput(fixture, path.dirname(fixture)), pages),
    "Paypage",
  );
  const untypedBin = '        cardBin:\n          presence: optional\n          since: "2.0"\n';
  // The maintainer writes the callback citing its page, with one of its fields; sync adds the others from the page.
  const callback = `
callback:
  name: paypageResponse
  summary: What Sips posts back after the payment.
  encoding: data
  source:
    page: sources/paypageResponse.page.txt
  fields:
    acquirerNativeResponseCode:
      presence: optional
      since: "2.12"
      description: Native code of the acquirer.
`;
  const made = `${specTexts(synced).get(MADE) ?? ""}${callback}`;
  expect(made).toContain(untypedBin);
  const { after: filled } = await syncInMemory(withFiles(synced, [], new Map([[MADE, made]])), "Paypage");
  const untypedCode = '    acquirerNativeResponseCode:\n      presence: optional\n      since: "2.12"\n';
  const text = specTexts(filled).get(MADE) ?? "";
  expect(text).toContain(untypedCode);
  const typed = text
    .replace(untypedBin, `${untypedBin}          type: integer\n          format: N6\n`)
    .replace(untypedCode, `${untypedCode}      format: AN20\n      example: A1\n`);
  await expectMadeAgain(withFiles(filled, [], new Map([[MADE, typed]])), MADE, "paymentWebInit", "Paypage");
});

/** The operation of `relPath` in `spec`, its file deleted, made again by sync, with its maintainer's facts put back: the same generated files. */
async function expectMadeAgain(spec: SpecInput, relPath: string, operation: string, family: string): Promise<void> {
  const written = specTexts(spec).get(relPath) ?? "";
  const want = await generated(spec);
  if (!want.ok) throw new Error(want.diagnostics.map((d) => d.message).join("\n"));
  const { report, after } = await syncInMemory(withFiles(spec, [], new Map([[relPath, null]])), family);
  const made = withMaintainerFacts(specTexts(after).get(relPath) ?? "", written, operation, report.messages);
  const result = await generated(
    withFiles(
      after,
      [],
      new Map([[relPath, withMaintainerNotes(withStatus(withCallback(made, written), written), written)]]),
    ),
  );
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  expect(generatedArtifacts(result.files, operation)).toEqual(generatedArtifacts(want.files, operation));
}
