// sync against the page a callback cites (a page with a Response alone): a
// field whose presence or version differs is reported at the callback's field,
// a field the page lists that the callback lacks too; fields beyond the saved
// facts (factsStop) are not differences. On a copy of the golden fixture with
// a page made for it here.
import path from "node:path";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { fixturesDir } from "../support/paths.js";
import { tempWorkspace } from "../support/temp-spec.js";

const PAGE = [
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
  "Outcome of the payment.",
  "Response sample",
  "Changelog",
  "Interface version | Data | Attendance | Container |",
  "---|---|---|---|",
  "2.0 |",
  "responseCode",
  "|",
  "Response |",
].join("\n");

async function specWith(page: string, factsStop: boolean) {
  const { spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  const file = path.join(spec, "operations/paypage/cardPaymentInit.yaml");
  const stop = factsStop ? "  factsStop: { see: https://payment.example.com/docs/result }\n" : "";
  const text = (await readFile(file, "utf8")).replace(
    "  encoding: data\n",
    `  encoding: data\n  source: { page: sources/result.page.txt }\n${stop}`,
  );
  await writeFile(file, text);
  await mkdir(path.join(spec, "sources"), { recursive: true });
  await writeFile(path.join(spec, "sources/result.page.txt"), page);
  const checked = await checkSync(await readSpecInput(spec));
  if (!checked.ok) throw new Error(checked.diagnostics.map(formatDiagnostic).join("\n"));
  return checked.diagnostics.filter((d) => d.code === "page-mismatch" && d.file.endsWith("cardPaymentInit.yaml"));
}

test("fields beyond the saved facts are no difference; the page's own fields are compared", async () => {
  expect(await specWith(PAGE, true)).toEqual([]);
  const moved = await specWith(PAGE.replace("- 2.0", "- 2.5"), true);
  expect(moved.map((d) => d.message)).toEqual([
    expect.stringContaining("callback.fields.responseCode.since: the spec says 2.0, the page says 2.5"),
  ]);
});

test("without factsStop, a callback field the page does not print is a difference", async () => {
  const found = await specWith(PAGE, false);
  expect(found.map((d) => d.message)).toEqual([expect.stringContaining("callback.fields.amount")]);
});
