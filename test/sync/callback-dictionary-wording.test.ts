// A callback's page that words a dictionary field the callback shows otherwise
// than the dictionary: the wording is every operation's that shows it, so sync
// edits nothing, and says it (a warning at the callback's field, with the
// page's place), for the maintainer to decide. On a copy of the golden fixture
// whose callback takes merchantId from the dictionary, with a page made for it.
import path from "node:path";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { fixturesDir } from "../support/paths.js";
import { tempWorkspace } from "../support/temp-spec.js";

const OWN = "Outcome of the payment.";

/** The page of the callback, merchantId worded as `wording`. */
const page = (wording: string): string =>
  [
    "Payment result",
    "To search in the page use Ctrl+F on your keyboard",
    "What the platform posts back.",
    "Response",
    "Optional",
    "-",
    "responseCode",
    "- presence",
    "- Optional",
    "- Interface version",
    "- 2.0",
    OWN,
    "-",
    "merchantId",
    "- presence",
    "- Optional",
    "- Interface version",
    "- 2.0",
    wording,
    "Response sample",
    "Changelog",
    "Interface version | Data | Attendance | Container |",
    "---|---|---|---|",
    "2.0 |",
    "responseCode",
    "|",
    "Response |",
    "2.0 |",
    "merchantId",
    "|",
    "Response |",
  ].join("\n");

/** The golden spec, its callback citing the page and taking merchantId from the dictionary (`own`: its own words). */
async function workspace(wording: string, own?: string): Promise<string> {
  const { spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  const file = path.join(spec, "operations/paypage/cardPaymentInit.yaml");
  const description = own === undefined ? "" : `\n      description: ${own}`;
  const text = (await readFile(file, "utf8"))
    .replace(
      "  encoding: data\n",
      "  encoding: data\n  source: { page: sources/result.page.txt }\n  factsStop: { see: https://payment.example.com/docs/result }\n",
    )
    .replace(
      `      description: ${OWN}\n`,
      `      description: ${OWN}\n    merchantId:\n      from: dictionary\n      presence: optional\n      since: "2.0"${description}\n`,
    );
  await writeFile(file, text);
  await mkdir(path.join(spec, "sources"), { recursive: true });
  await writeFile(path.join(spec, "sources/result.page.txt"), page(wording));
  return spec;
}

async function checked(spec: string) {
  const result = await checkSync(await readSpecInput(spec));
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return result;
}

const about = (lines: readonly string[]) => lines.filter((l) => l.includes("callback.fields.merchantId"));

test("a rewording is a warning at the callback's field, with the page's place; sync edits nothing and succeeds", async () => {
  const spec = await workspace("Identifier of the merchant's shop.");
  const result = await checked(spec);
  const pageText = await readFile(path.join(spec, "sources/result.page.txt"), "utf8");
  const line = pageText.split("\n").indexOf("Identifier of the merchant's shop.") + 1;
  const yaml = (await readFile(path.join(spec, "operations/paypage/cardPaymentInit.yaml"), "utf8")).split("\n");
  // Placed at the field's first key, where a description of its own would go.
  const field = yaml.lastIndexOf("    merchantId:") + 1;
  expect(about(result.diagnostics.map(formatDiagnostic))).toEqual([
    `${spec}/operations/paypage/cardPaymentInit.yaml:${field + 1}:7 warning page-callback-wording callback.fields.merchantId.description: the callback's page says "Identifier of the merchant's shop.", the callback shows the dictionary's "Identifier of the shop."; sync leaves it: to show the page's, write it as this field's description in the callback, or keep the dictionary's by recording a deviation under source.deviations\n  ${spec}/sources/result.page.txt:${line}:1 the page`,
  ]);
  const input = await readSpecInput(spec);
  const synced = await syncSpec(input, result, { family: null });
  expect([synced.ok, synced.written.size], synced.messages.join("\n")).toEqual([true, 0]);
});

test("the dictionary's words, spaced otherwise, or the callback's own words the page prints: no warning", async () => {
  expect(about((await checked(await workspace("Identifier  of the shop."))).diagnostics.map(formatDiagnostic))).toEqual(
    [],
  );
  const own = await checked(
    await workspace("Identifier of the merchant's shop.", "Identifier of the merchant's shop."),
  );
  expect(about(own.diagnostics.map(formatDiagnostic))).toEqual([]);
});
