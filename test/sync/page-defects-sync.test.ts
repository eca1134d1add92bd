// sync on the fixture spec whose operation cites a page (test/support/sync-workspace.ts): a defective page is said at
// its place, and sync writes nothing of it.
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkAdvice, fixPages } from "../../generator/sync/check-advice.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { check, OP, PAGE, read, removeWorkspaces, sync, workspace } from "../support/sync-workspace.js";
import { writeFiles } from "../support/temp-spec.js";

afterEach(removeWorkspaces);

test("a defective page: sync writes nothing and says where the page is wrong", async () => {
  const spec = await workspace([
    ["IR_WS_2.50", "IR_WS_2.60"],
    ["merchantId\n- presence\n- Required", "merchantId\n- presence\n- Requird"],
  ]);
  const report = await sync(spec);
  expect(report.ok).toBe(false);
  expect(report.written.size).toBe(0);
  expect(report.messages.join("\n")).toContain(
    'cardCheck.page.txt:29:3 error page-unknown-presence field "merchantId" has an unknown presence "Requird"; did you mean "Required"?',
  );
  // One page: its refusal speaks of one.
  expect(report.messages).toContain(
    "A page has defects; fix spec/sources/cardCheck.page.txt (or save it again); nothing was written.",
  );
  expect(await read(spec, OP)).toContain("recommended: IR_WS_2.50");
});

test("a new value the page prints without a meaning: the page's defect, and no meaning made up", async () => {
  const spec = await workspace([["CREDIT\n- Credit card", "CHARGE\nCREDIT\n- Credit card"]]);
  const before = await read(spec, "dictionary/lists.yaml");
  const report = await sync(spec);
  expect([report.ok, report.written.size]).toEqual([false, 0]);
  // Without it: CHARGE written into the shared list with the meaning "CHARGE".
  expect(report.messages.join("\n")).toContain(
    'cardCheck.page.txt:51:1 error page-value-without-meaning value "CHARGE" of field "cardKind" of the Request has no meaning',
  );
  expect(await read(spec, "dictionary/lists.yaml")).toBe(before);
});

test("a page without its summary line: the page's defect where the summary belongs, and nothing written", async () => {
  const spec = await workspace([["Checks a card.\n", ""]]);
  // Without it: no summary to compare, and the spec's kept in silence while the page reads as sound.
  expect(await check(spec)).toEqual([
    "spec/sources/cardCheck.page.txt:3:1 error page-missing-summary the page has no summary; a Sips page prints it on the line after its title (and the search hint)",
  ]);
  const report = await sync(spec);
  expect([report.ok, report.written.size]).toEqual([false, 0]);
});

test("a value the page lists twice, with two meanings: the page's defect, and neither meaning written", async () => {
  const spec = await workspace([["- Or a charge card\n", "- Or a charge card\nDEBIT\n- Deferred debit card\n"]]);
  const before = await read(spec, OP);
  const report = await sync(spec);
  expect([report.ok, report.written.size]).toEqual([false, 0]);
  expect(report.messages.join("\n")).toContain(
    'cardCheck.page.txt:54:1 error page-duplicate-value value "DEBIT" is listed twice in the values of field "cardKind" of the Request',
  );
  expect(await read(spec, OP)).toBe(before);
});

test("an interface version printed without its value: the page's defect, and the bullet not written as the description", async () => {
  const spec = await workspace([
    ["- Interface version\n- 2.0\nIdentifier of the shop.", "- Interface version\nIdentifier of the shop."],
  ]);
  const before = await read(spec, OP);
  const report = await sync(spec);
  expect([report.ok, report.written.size]).toEqual([false, 0]);
  expect(report.messages.join("\n")).toContain(
    'cardCheck.page.txt:30:1 error page-unreadable-line line not understood in the attributes of "merchantId": "- Interface version"',
  );
  expect(await read(spec, OP)).toBe(before);
});

test("a list of values that lost its heading: the page's defect, and the list not written as the description", async () => {
  const spec = await workspace([["Kind of card.\nList of values\n", "Kind of card.\n"]]);
  const before = await read(spec, OP);
  const report = await sync(spec);
  expect([report.ok, report.written.size]).toEqual([false, 0]);
  expect(report.messages.join("\n")).toContain(
    'cardCheck.page.txt:48:1 error page-unreadable-line line not understood in the description of "cardKind": "DEBIT"',
  );
  expect(await read(spec, OP)).toBe(before);
});

test("a page without its Response heading: the section is reported missing, and no response field is 'no such field'", async () => {
  // The response's fields then sit in the request sample's part, read as nothing.
  const spec = await workspace([["Request sample\nResponse\n", "Request sample\n"]]);
  expect(await check(spec)).toEqual([
    'spec/sources/cardCheck.page.txt:55:1 error page-missing-section the page has no "Response" section; is it a saved Sips operation page?',
  ]);
  expect((await sync(spec)).written.size).toBe(0);
});

test("a page that is no Sips page (HTML saved in its place): one defect, and no comparison with its first lines", async () => {
  const spec = await workspace();
  await writeFiles(spec, {
    [PAGE]: "<!doctype html>\n<html><head><title>cardCheck</title></head>\n<body></body></html>\n",
  });
  expect(await check(spec)).toEqual([
    "spec/sources/cardCheck.page.txt:1:1 error page-no-sections the page has none of the sections of a Sips page (Endpoints, Request, Response, Changelog); is it a saved Sips operation page, saved as text?",
  ]);
  expect((await sync(spec)).written.size).toBe(0);
});

test("a page whose Endpoints list no address: that defect alone, and no environment removed", async () => {
  // Read as given, the page removed every environment: sync tried, and the spec's check refused an empty endpoints.
  const page = await read(await workspace(), PAGE);
  const endpoints = page.slice(page.indexOf("Endpoints\n"), page.indexOf("Request\n"));
  const spec = await workspace([[endpoints, "Endpoints\n"]]);
  expect(await check(spec)).toEqual([
    "spec/sources/cardCheck.page.txt:5:1 error page-no-endpoints the Endpoints section lists no address; is the page saved whole?",
  ]);
  expect((await sync(spec)).written.size).toBe(0);
});

test("defective pages are named where sync says to fix them, by --check's closing advice and by sync", async () => {
  const spec = await workspace([["merchantId\n- presence\n- Required", "merchantId\n- presence\n- Requird"]]);
  const other = (await read(spec, PAGE)).replaceAll("cardCheck", "cardScore");
  await writeFiles(spec, { "sources/cardScore.page.txt": other });
  const input = await readSpecInput(spec, path.dirname(spec));
  const checked = await checkSync(input);
  if (!checked.ok) throw new Error("the fixture spec is valid");
  // Without it: "fix the page", below problems of other files that may have hidden which.
  expect(checkAdvice(checked)).toBe(
    "fix spec/sources/cardCheck.page.txt and spec/sources/cardScore.page.txt (or save each again) first: sync writes nothing while a page has defects",
  );
  const report = await syncSpec(input, checked, { family: null });
  expect([report.ok, report.written.size, report.messages.at(-1)]).toEqual([
    false,
    0,
    "Pages have defects; fix spec/sources/cardCheck.page.txt and spec/sources/cardScore.page.txt (or save each again); nothing was written.",
  ]);
});

test("the pages to fix: those with errors, each once, a few by name", () => {
  const at = (file: string, severity: "error" | "warning" | "info" = "error") =>
    ({ file, line: 1, column: 1, code: "page-unknown-presence", severity, message: "", related: [] }) as const;
  const pages = ["spec/sources/a.page.txt", "spec/sources/b.page.txt", "spec/sources/c.page.txt"];
  expect(fixPages([at(pages[0] as string), at(pages[0] as string)])).toBe(
    "fix spec/sources/a.page.txt (or save it again)",
  );
  // A page with a warning alone has nothing to fix; a spec file's error is no page's.
  expect(fixPages([at(pages[1] as string, "warning"), at(pages[0] as string), at("spec/operations/x.yaml")])).toBe(
    "fix spec/sources/a.page.txt (or save it again)",
  );
  expect(fixPages(pages.slice(0, 2).map((p) => at(p)))).toBe(
    "fix spec/sources/a.page.txt and spec/sources/b.page.txt (or save each again)",
  );
  expect(fixPages([...pages, "spec/sources/d.page.txt"].map((p) => at(p)))).toBe(
    "fix spec/sources/a.page.txt, spec/sources/b.page.txt and 2 more (or save each again)",
  );
});
