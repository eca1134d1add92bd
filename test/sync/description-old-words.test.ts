// What sync says of a reworded description quotes the words the spec held before
// its edit, as --check quotes them; a description YAML would read as a number or
// null is text in the spec, quoted as written. One that is no text at all (a list,
// a map) never reaches sync's edit: the spec is refused first, nothing written.
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { OP, check, read, removeWorkspaces, sync, workspace } from "../support/sync-workspace.js";
import { editFile } from "../support/temp-spec.js";

afterEach(removeWorkspaces);

const REWORDED: [string, string][] = [["Kind of card.", "Kind of payment card."]];
const said = (words: string) =>
  `cardCheck: request field cardKind: description set ${JSON.stringify(words)} → "Kind of payment card."`;

test("the old words quoted are those the spec held before sync wrote the page's", async () => {
  const spec = await workspace(REWORDED);
  const report = await sync(spec);
  expect(report.messages[0]).toBe(said("Kind of card."));
  expect(await read(spec, OP)).toContain("description: Kind of payment card.\n");
});

test("a description written as a number or null is quoted as written, by --check and by sync alike", async () => {
  for (const written of ["42", "null"]) {
    const spec = await workspace(REWORDED);
    await editFile(path.join(spec, OP), "description: Kind of card.", `description: ${written}`);
    expect((await check(spec))[0]).toContain(`the spec says "${written}", the page says "Kind of payment card."`);
    expect((await sync(spec)).messages[0]).toBe(said(written));
  }
});

test("a description that is a list is refused before any edit, nothing written", async () => {
  const spec = await workspace(REWORDED);
  await editFile(path.join(spec, OP), "description: Kind of card.", "description: [Kind, of card]");
  const before = await read(spec, OP);
  const report = await sync(spec);
  expect([report.ok, report.written.size, report.messages.at(-1)]).toEqual([
    false,
    0,
    "The spec has errors; nothing was written.",
  ]);
  expect(report.messages[0]).toContain("error wrong-type request.fields.cardKind.description must be a text");
  expect(await read(spec, OP)).toBe(before);
});
