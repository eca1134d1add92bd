// sync on the fixture spec whose operation cites a page (test/support/sync-workspace.ts): release edits that reach
// the fields the status block names, written all or nothing.
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { OP, read, removeWorkspaces, sync, workspace } from "../support/sync-workspace.js";
import { editFile } from "../support/temp-spec.js";

afterEach(removeWorkspaces);

test("edits that would leave the spec invalid: the one that breaks it, its errors placed on disk, the ready ones and what to do", async () => {
  // The release adds a request field (the lines after it move) and a response field, and drops the response field the
  // status block names: that edit alone breaks the spec, found among the others, which are ready.
  const spec = await workspace([
    [
      "Request sample",
      "-\ncardLabel\n- presence\n- Optional\n- Interface version\n- 2.60\nLabel of the card.\nRequest sample",
    ],
    [
      "Message seal.\nResponse sample",
      "Message seal.\nOptional\n-\nauthorId\n- presence\n- Optional\n- Interface version\n- 2.20\nAuthor.\nResponse sample",
    ],
  ]);
  const code = '    responseCode: { presence: optional, since: "2.10", type: string, description: Code. }\n';
  await editFile(
    path.join(spec, OP),
    '    seal: { from: dictionary, presence: required, since: "2.10" }\n',
    `$&${code}status:\n  field: responseCode\n  accepted: "00"\n  formatError: "30"\n  signatureError: "34"\n`,
  );
  const before = await read(spec, OP);
  const report = await sync(spec);
  expect(report.ok).toBe(false);
  expect(await read(spec, OP)).toBe(before);
  const line = before.split("\n").indexOf("  field: responseCode") + 1;
  expect(report.messages).toEqual([
    `spec/operations/office/cardCheck.yaml:${line}:10 error unknown-status-field the response has no field "responseCode"; status names response fields`,
    "",
    [
      "One edit would leave the spec invalid, and sync writes its edits all at once or none: nothing was written.",
      "Ready (the spec is valid with them):",
      "  cardCheck: request field cardLabel added (optional, 2.60); give its type and format from the data dictionary",
      "  cardCheck: request field cardLabel: the page's changelog has no row for it, so 2.60 is the field list's version alone: check it",
      "  cardCheck: request field cardLabel is since 2.60, later than the recommended IR_WS_2.50, which the client declares for a call that gives no interfaceVersion: a call that sets it must declare IR_WS_2.60 or later; raise interfaceVersion.recommended once Sips answers it",
      "  cardCheck: response field authorId added (optional, 2.20); give its type and format from the data dictionary",
      "  cardCheck: response field authorId: the page's changelog has no row for it, so 2.20 is the field list's version alone: check it",
      "The edit that breaks it, with the error above:",
      "  cardCheck: response field responseCode removed (the page no longer lists it)",
      "To go on: make that edit by hand, settling what the error says in the same change (or record a deviation for it under source.deviations), then run `npm run sync` again, which writes the others.",
    ].join("\n"),
  ]);
});

test("a release that drops the field status.errorField names: the key goes with the field, and sync says so", async () => {
  // The page lists responseCode, and no longer errorFieldName, which the status block names for format errors.
  const spec = await workspace([
    [
      "Message seal.\nResponse sample",
      "Message seal.\n-\nresponseCode\n- presence\n- Required\n- Interface version\n- 2.10\nCode.\nResponse sample",
    ],
  ]);
  const fields =
    '    responseCode: { presence: required, since: "2.10", type: string, description: Code. }\n' +
    '    errorFieldName: { presence: optional, since: "2.10", type: string, description: Field in error. }\n';
  const status =
    'status:\n  field: responseCode\n  errorField: errorFieldName\n  accepted: "00"\n  formatError: "30"\n  signatureError: "34"\n';
  await editFile(
    path.join(spec, OP),
    '    seal: { from: dictionary, presence: required, since: "2.10" }\n',
    `$&${fields}${status}`,
  );
  const before = await read(spec, OP);
  const report = await sync(spec);
  // Without it: the edits left a status naming a field the response lacked (unknown-status-field); nothing written.
  expect(report.messages.slice(0, 2)).toEqual([
    "cardCheck: response field errorFieldName removed (the page no longer lists it)",
    "cardCheck: status.errorField removed with errorFieldName (the mock's format error no longer names the field in error)",
  ]);
  expect(await read(spec, OP)).toBe(
    before
      .replace(
        '    errorFieldName: { presence: optional, since: "2.10", type: string, description: Field in error. }\n',
        "",
      )
      .replace("  errorField: errorFieldName\n", ""),
  );
});
