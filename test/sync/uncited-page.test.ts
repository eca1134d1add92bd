// sync on the fixture spec whose operation cites a page (test/support/sync-workspace.ts): a page no operation cites
// becomes an operation file, its family given or derived, or is refused at its place.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { check, OP, PAGE, read, removeWorkspaces, sync, workspace } from "../support/sync-workspace.js";
import { writeFiles } from "../support/temp-spec.js";

afterEach(removeWorkspaces);

test("a page no operation cites becomes an operation file, family from --family", async () => {
  const spec = await workspace();
  await rm(path.join(spec, OP));
  // The error first, though the warning's file sorts before the page.
  expect(await check(spec)).toEqual([
    "spec/sources/cardCheck.page.txt:1:1 error page-uncited no operation cites sources/cardCheck.page.txt; run npm run sync to add it",
    'spec/dictionary/lists.yaml:2:3 warning unused-value-list value list "cardKind" is not used by any field',
  ]);
  const report = await sync(spec, "Checks");
  expect(report.ok).toBe(true);
  expect([...report.written.keys()]).toEqual(
    ["dictionary/lists.yaml", "operations/checks/cardCheck.yaml"].filter((k) => report.written.has(k)),
  );
  const made = await read(spec, "operations/checks/cardCheck.yaml");
  expect(made).toContain("family: Checks\neffect: changes\nsource:\n  page: sources/cardCheck.page.txt\n");
  expect(made).toContain('    merchantId: { from: dictionary, presence: required, since: "2.0" }\n');
  expect(made).toContain(
    '    cardKind:\n      presence: optional\n      since: "2.50"\n      valueList: cardKind\n      description: Kind of card.\n',
  );
  expect(await check(spec)).toEqual([]);
  expect((await sync(spec)).written.size).toBe(0);
});

test("a page no operation cites that lacks its summary and a JSON address: said at its place, and nothing written", async () => {
  // Without the check: "run npm run sync to add it", and sync then said only that the page lacks one of three things.
  const spec = await workspace([
    ["Checks a card.\n", ""],
    [
      "https://office-server.example.com/rs-services/v2/office/cardCheck",
      "https://office-server.example.com/services/v2/office/cardCheck",
    ],
    [
      "https://office-server.test.example.com/rs-services/v2/office/cardCheck",
      "https://office-server.test.example.com/services/v2/office/cardCheck",
    ],
  ]);
  await rm(path.join(spec, OP));
  expect((await check(spec)).filter((line) => line.includes(" error "))).toEqual([
    "spec/sources/cardCheck.page.txt:3:1 error page-missing-summary the page has no summary; a Sips page prints it on the line after its title (and the search hint)",
    "spec/sources/cardCheck.page.txt:1:1 error page-cannot-make-operation no operation cites sources/cardCheck.page.txt, and sync cannot make one of it: the page has no summary, no JSON address (/rs-services/) (save it again, or write the operation by hand, citing it)",
  ]);
  const report = await sync(spec, "Checks");
  expect([report.ok, report.written.size]).toEqual([false, 0]);
});

test("a page no operation cites whose Response prints no field: said at its heading, and nothing written", async () => {
  // Without the check: sync made the file with "fields:" empty, and refused its own file as invalid.
  const spec = await workspace([
    ["Response\nRequired\n-\nseal\n- presence\n- Required\n- Interface version\n- 2.10\nMessage seal.\n", "Response\n"],
    ["seal\n|\nRequest/Response", "seal\n|\nRequest"],
    ["2.10 |\nseal", "2.0 |\nseal"],
  ]);
  await rm(path.join(spec, OP));
  expect((await check(spec)).filter((line) => line.includes(" error "))).toEqual([
    "spec/sources/cardCheck.page.txt:55:1 error page-cannot-make-operation no operation cites sources/cardCheck.page.txt, and sync cannot make one of it: the page has no field in its Response (save it again, or write the operation by hand, citing it)",
  ]);
  const report = await sync(spec, "Checks");
  expect([report.ok, report.written.size]).toEqual([false, 0]);
});

test("a page no operation cites with a container's field: the container is written with it, under a typeName of its own where its name is another type's", async () => {
  // At first bin was written at the request's top, then removed by the next pass as "no longer listed"; then cardKind
  // was written as a plain string, left for the maintainer to make a container. CardKind is the value list's type.
  const spec = await workspace([
    [
      "Request sample",
      "-\nbin\n- presence\n- Optional\n- Interface version\n- 2.50\n- Container\n- cardKind\nFirst digits.\nRequest sample",
    ],
    ["2.50 |\ncardKind\n|\nRequest | |", "2.50 |\ncardKind\n|\nRequest | |\n2.50 |\nbin\n|\nRequest | cardKind |"],
    // A container lists no values (page-container-values-listed).
    ["List of values\nDEBIT\n- Debit card\nCREDIT\n- Credit card\n- Or a charge card\n", ""],
  ]);
  await rm(path.join(spec, OP));
  const report = await sync(spec, "Checks");
  expect(report.messages).toContain(
    "cardCheck: request field cardKind is written out as a container of the fields the page prints in it, typeName CardCheckCardKind (CardKind is another type's): check it against the data dictionary",
  );
  expect(report.messages.join("\n")).not.toContain("bin removed");
  expect(await read(spec, "operations/checks/cardCheck.yaml")).toContain(
    '    cardKind:\n      presence: optional\n      since: "2.50"\n      type: container\n      typeName: CardCheckCardKind\n      description: Kind of card.\n      fields:\n        bin:\n          presence: optional\n          since: "2.50"\n          description: First digits.\n',
  );
  expect((await check(spec)).filter((line) => !line.includes(" warning unused-value-list "))).toEqual([]);
});

test("without --family, the family comes from the endpoint path and sync says so", async () => {
  const spec = await workspace();
  await rm(path.join(spec, OP));
  const report = await sync(spec);
  expect(report.messages.join("\n")).toContain(
    "family office derived from the endpoint path (--family to choose another)",
  );
  expect(await read(spec, "operations/office/cardCheck.yaml")).toContain("family: office\n");
});

test("without --family, a page under an endpoint folder no operation has names the families at its host beside the folder's", async () => {
  // A first function of a new group (a token or checkout function beside the existing ones) shares no folder with an
  // operation: the family was the folder's name with no word that the operations at the same host have one of their own.
  const spec = await workspace();
  const page = await readFile(path.join(spec, PAGE), "utf8");
  const token = page
    .replaceAll("cardCheck", "tokenCheck")
    .replaceAll("/rs-services/v2/office/", "/rs-services/v2/token/");
  await writeFiles(spec, { "sources/tokenCheck.page.txt": token });
  const report = await sync(spec);
  expect(report.messages).toContain(
    "family token derived from the endpoint path, as no operation's endpoint is under /token/; the operations at office-server.example.com are of the family Office (--family to choose one, or another)",
  );
  expect(await read(spec, "operations/token/tokenCheck.yaml")).toContain("family: token\n");
});

test("without --family, a page whose endpoint has no folder says so, naming no folder and not its host", async () => {
  // The folder before the operation was read from the address as text: for an address whose path holds no folder
  // the host stood for one ("family office-server.example.com"), and text with no "/" at all was named /null/.
  const spec = await workspace();
  const page = await readFile(path.join(spec, PAGE), "utf8");
  const bare = page
    .replaceAll("cardCheck", "bareCheck")
    .replaceAll("/rs-services/v2/office/bareCheck", "/rs-services/");
  await writeFiles(spec, { "sources/bareCheck.page.txt": bare });
  const report = await sync(spec);
  const text = report.messages.join("\n");
  expect(report.messages).toContain(
    "family operations given as no folder of the endpoint path names one; the operations at office-server.example.com are of the family Office (--family to choose one, or another)",
  );
  expect(text).not.toContain("/null/");
  expect(text).not.toContain("family office-server");
});

test("--family a slip away from a family of the spec is refused, naming it, and nothing written; a new family is taken", async () => {
  // Without the check, "--family office" wrote operations/office/ with family: office beside the spec's Office
  // operations, a family of its own in the registry, the reference index and openapi.json's tags, and nothing
  // after sync said so.
  const spec = await workspace();
  const page = await readFile(path.join(spec, PAGE), "utf8");
  await writeFiles(spec, { "sources/tokenCheck.page.txt": page.replaceAll("cardCheck", "tokenCheck") });
  for (const family of ["office", "Offfice"]) {
    const report = await sync(spec, family);
    expect([report.ok, report.written.size, report.messages]).toEqual([
      false,
      0,
      [
        `--family "${family}" is no family of the spec; did you mean Office? (the spec's families: Office; a new family is taken as given where it is no slip of one of them). Nothing was written.`,
      ],
    ]);
  }
  await expect(read(spec, "operations/office/tokenCheck.yaml")).rejects.toThrow();
  // A new family near Office but no slip of it (two edits; the did-you-mean once used here refused it) is taken.
  const report = await sync(spec, "Offline");
  expect(report.ok).toBe(true);
  expect(await read(spec, "operations/offline/tokenCheck.yaml")).toContain("family: Offline\n");
});
