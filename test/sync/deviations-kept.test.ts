// sync on the fixture spec whose operation cites a page (test/support/sync-workspace.ts): what differs on purpose (a
// deviation), or what sync cannot settle, is kept and said, not written over.
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import {
  check,
  OP,
  PAGE,
  read,
  removeWorkspaces,
  SIMU_JSON_BLOCK,
  SIMU_SOAP,
  sync,
  workspace,
} from "../support/sync-workspace.js";
import { editFile } from "../support/temp-spec.js";

afterEach(removeWorkspaces);

test("a deviation with its reason is information; one that no longer differs is an error", async () => {
  const spec = await workspace([["IR_WS_2.50", "IR_WS_2.60"]]);
  const deviation =
    "  page: sources/cardCheck.page.txt\n  deviations:\n    - about: interfaceVersion.recommended\n      reason: The 2.60 release is not in production yet.\n";
  await editFile(path.join(spec, OP), "  page: sources/cardCheck.page.txt\n", deviation);
  expect(await check(spec)).toEqual([
    'spec/operations/office/cardCheck.yaml:18:16 info page-deviation interfaceVersion.recommended deviates from the page on purpose (the spec says "IR_WS_2.50", the page says "IR_WS_2.60"): The 2.60 release is not in production yet.\n  spec/sources/cardCheck.page.txt:4:1 the page',
  ]);
  expect((await sync(spec)).written.size).toBe(0);
  // A later release of the page moves the value the deviation keeps out: the line shows the page's new value beside
  // the reason, which names the one it was written for; sync still keeps the spec's.
  await editFile(path.join(spec, PAGE), "IR_WS_2.60", "IR_WS_2.70");
  expect(await check(spec)).toEqual([
    expect.stringContaining(
      'interfaceVersion.recommended deviates from the page on purpose (the spec says "IR_WS_2.50", the page says "IR_WS_2.70"): The 2.60 release',
    ),
  ]);
  expect((await sync(spec)).written.size).toBe(0);
  await editFile(path.join(spec, PAGE), "IR_WS_2.70", "IR_WS_2.50");
  const unused =
    "spec/operations/office/cardCheck.yaml:8:14 error page-deviation-unused a deviation is recorded for interfaceVersion.recommended, but the spec and the page agree there; remove it";
  expect(await check(spec)).toEqual([unused]);
  // Plain sync has nothing to write, but the error is left: it fails, saying which, as --check does.
  const report = await sync(spec);
  expect([report.ok, report.written.size, report.messages]).toEqual([
    false,
    0,
    [
      "",
      "Nothing written: sync cannot settle what differs (below).",
      "",
      "Left for the maintainer (edit the spec, or record a deviation under source.deviations):",
      unused,
    ],
  ]);
});

// After paymentWebInit's page of Release 23.1, which printed no recommended interfaceVersion where Release 24.2
// prints HP_3.4 and IR_WS_3.4: the client sends the spec's by default, so sync neither keeps it unsaid nor removes it.
test("a release that prints no recommended version, where the spec has one, is left to the maintainer", async () => {
  const spec = await workspace([["Recommended interfaceVersion: IR_WS_2.50\n", ""]]);
  const said =
    'spec/operations/office/cardCheck.yaml:15:16 error page-mismatch interfaceVersion.recommended: the spec says "IR_WS_2.50", the page says nothing (no "Recommended interfaceVersion" line)\n  spec/sources/cardCheck.page.txt:3:1 the page';
  expect(await check(spec)).toEqual([said]);
  const before = await read(spec, OP);
  const report = await sync(spec);
  expect([report.ok, report.messages]).toEqual([
    false,
    [
      "",
      "Nothing written: sync cannot settle what differs (below).",
      "",
      "Left for the maintainer (edit the spec, or record a deviation under source.deviations):",
      said,
    ],
  ]);
  expect(await read(spec, OP)).toBe(before);
  const deviation =
    "  page: sources/cardCheck.page.txt\n  deviations:\n    - about: interfaceVersion.recommended\n      reason: The copy lost its header.\n";
  await editFile(path.join(spec, OP), "  page: sources/cardCheck.page.txt\n", deviation);
  expect((await check(spec)).map((d) => d.split(" ").slice(1, 4).join(" "))).toEqual([
    "info page-deviation interfaceVersion.recommended",
  ]);
  // Taken away by hand, the spec agrees with the page.
  await editFile(path.join(spec, OP), deviation, "  page: sources/cardCheck.page.txt\n");
  await editFile(path.join(spec, OP), "  recommended: IR_WS_2.50\n", "");
  expect(await check(spec)).toEqual([]);
});

test("an environment rewritten from its page keeps the address a deviation keeps", async () => {
  const spec = await workspace([
    [SIMU_SOAP, `${SIMU_JSON_BLOCK}\n${SIMU_SOAP.replace("OfficeService?wsdl", "CardService?wsdl")}`],
  ]);
  const deviation =
    "  page: sources/cardCheck.page.txt\n  deviations:\n    - about: endpoints.simu.soap\n      reason: The card service is not open yet.\n";
  await editFile(path.join(spec, OP), "  page: sources/cardCheck.page.txt\n", deviation);
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(await read(spec, OP)).toContain(
    "  simu:\n    json: https://office-server.simu.example.com/rs-services/v2/office/cardCheck\n    soap: https://office-server.example.com/services/v2/OfficeService?wsdl\n",
  );
  expect((await check(spec)).map((d) => d.split(" ").slice(1, 4).join(" "))).toEqual([
    "info page-deviation endpoints.simu.soap",
  ]);
});
