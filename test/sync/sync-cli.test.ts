// `npm run sync` as a command: exit codes and output, on a copy of the fixture spec.
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixturesDir } from "../support/paths.js";
import { runCommand, runInProcess } from "../support/run-cli.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

let root = "";
beforeAll(async () => {
  ({ root } = await tempWorkspace(path.join(fixturesDir, "sync", "spec")));
  await editFile(path.join(root, "spec/sources/cardCheck.page.txt"), "IR_WS_2.50", "IR_WS_2.60");
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** The diagnostics of a run's stderr that are warnings (file:line:column warning code message). */
const warningsIn = (stderr: string): string[] => stderr.split("\n").filter((line) => / warning [a-z-]+ /.test(line));
const counted = (warnings: readonly string[]): string => {
  expect(warnings.length).toBeGreaterThan(0);
  return `${warnings.length} warning${warnings.length === 1 ? "" : "s"}`;
};

test("--check: exit 1 and every difference with both places; sync: exit 0; --check again: exit 0", async () => {
  const before = await runCommand("sync-cli.ts", ["--check"], root);
  expect(before.status).toBe(1);
  expect(before.stderr).toContain(
    'spec/operations/office/cardCheck.yaml:15:16 error page-mismatch interfaceVersion.recommended: the spec says "IR_WS_2.50", the page says "IR_WS_2.60"\n  spec/sources/cardCheck.page.txt:4:1 the page\n',
  );
  // The first run is a process of its own, end to end; the others run the same command in this process.
  const sync = await runInProcess("sync-cli.ts", [], root);
  expect(sync.status, sync.stderr).toBe(0);
  expect(sync.stderr).toContain("cardCheck: interfaceVersion.recommended set to IR_WS_2.60");
  const after = await runInProcess("sync-cli.ts", ["--check"], root);
  expect([after.status, after.stdout]).toEqual([0, "spec/ agrees with its pages (1 operation).\n"]);
});

test("--check counts the operations it compared, says how many it could not, citing no page, and how many warnings it printed", async () => {
  const { root: beside } = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
  try {
    const op = path.join(beside, "spec/operations/office/cardCheck.yaml");
    const pageless = (await readFile(op, "utf8"))
      .replace("source:\n  page: sources/cardCheck.page.txt\n", "")
      .replace("operation: cardCheck", "operation: cardVerify")
      .replaceAll("/cardCheck", "/cardVerify");
    await writeFile(path.join(path.dirname(op), "cardVerify.yaml"), pageless);
    const run = await runInProcess("sync-cli.ts", ["--check"], beside);
    // cardVerify writes cardKind out as cardCheck does: a warning, which leaves the exit code 0 but is said to be above.
    const warnings = warningsIn(run.stderr);
    expect(warnings.some((line) => line.includes(" warning field-written-twice "))).toBe(true);
    expect([run.status, run.stdout]).toEqual([
      0,
      `spec/ agrees with its pages (1 operation; 1 operation without a saved page, not compared), with ${counted(warnings)} above.\n`,
    ]);
  } finally {
    await rm(beside, { recursive: true, force: true });
  }
});

test("--check on a spec that cites no saved page says there was nothing to compare, not that it agrees", async () => {
  const { root: pageless } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  try {
    const run = await runInProcess("sync-cli.ts", ["--check"], pageless);
    const warnings = counted(warningsIn(run.stderr));
    expect([run.status, run.stdout]).toEqual([
      0,
      `spec/ cites no saved page (source.page): nothing to compare, with ${warnings} above.\n`,
    ]);
  } finally {
    await rm(pageless, { recursive: true, force: true });
  }
});

test("a spec folder that does not exist is a plain message and exit 1, as for generate", async () => {
  for (const args of [
    ["--spec", "no-such-folder"],
    ["--check", "--spec", "no-such-folder"],
  ]) {
    const run = await runInProcess("sync-cli.ts", args, root);
    expect([run.status, run.stderr]).toEqual([
      1,
      'npm run sync --: spec folder "no-such-folder" does not exist (the spec folder is given with --spec <dir>; see --help).\n',
    ]);
  }
});

test("--check says what to do: fix a defective page; edit by hand what sync cannot decide", async () => {
  const { root: defective } = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
  const { root: byHand } = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
  try {
    await editFile(path.join(defective, "spec/sources/cardCheck.page.txt"), "- Required", "- Requird");
    const page = await runInProcess("sync-cli.ts", ["--check"], defective);
    expect([page.status, page.stderr.split("\n").at(-2)]).toEqual([
      1,
      "1 problem: fix spec/sources/cardCheck.page.txt (or save it again) first: sync writes nothing while a page has defects.",
    ]);
    await editFile(path.join(byHand, "spec/sources/cardCheck.page.txt"), "2.10 |\nseal\n|\nRequest/Response | |\n", "");
    const row = await runInProcess("sync-cli.ts", ["--check"], byHand);
    expect([row.status, row.stderr.split("\n").at(-2)]).toEqual([
      1,
      "1 problem: edit the spec by hand where sync cannot decide (changelog.seal), or record a deviation under source.deviations.",
    ]);
  } finally {
    await Promise.all([defective, byHand].map((dir) => rm(dir, { recursive: true, force: true })));
  }
});

test("--check does not send the maintainer to edit by hand a changelog row that moving its field settles", async () => {
  const { root: moved } = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
  try {
    const page = path.join(moved, "spec/sources/cardCheck.page.txt");
    const block =
      "-\ncardKind\n- presence\n- Optional\n- Interface version\n- 2.50\nKind of card.\nList of values\nDEBIT\n- Debit card\nCREDIT\n- Credit card\n- Or a charge card\n";
    await editFile(page, `Optional\n${block}Request sample\n`, "Request sample\n");
    await editFile(page, "Message seal.\nResponse sample\n", `Message seal.\nOptional\n${block}Response sample\n`);
    await editFile(page, "cardKind\n|\nRequest | |", "cardKind\n|\nResponse | |");
    const check = await runInProcess("sync-cli.ts", ["--check"], moved);
    expect(check.stderr).toContain(
      "error page-mismatch changelog.cardKind: the spec says attendance Request, the page says attendance Response",
    );
    expect([check.status, check.stderr.split("\n").at(-2)]).toEqual([
      1,
      "3 problems: run `npm run sync` to bring the spec in line with its pages.",
    ]);
    const sync = await runInProcess("sync-cli.ts", [], moved);
    expect(sync.status, sync.stderr).toBe(0);
    expect((await runInProcess("sync-cli.ts", ["--check"], moved)).status).toBe(0);
  } finally {
    await rm(moved, { recursive: true, force: true });
  }
});

// After paymentWebInit's page of Release 23.1, which prints each of an environment's addresses (JSON, POST form, SOAP)
// with a doubled slash after the host: one edit writes an environment's addresses, carried by its first difference.
test("--check does not send the maintainer to edit by hand an address that sync writes with its environment", async () => {
  const { root: moved } = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
  try {
    const page = path.join(moved, "spec/sources/cardCheck.page.txt");
    await editFile(page, "example.com/rs-services/v2/office/cardCheck", "example.com//rs-services/v2/office/cardCheck");
    const soap = "https://office-server.example.com//services/v2/OfficeService?wsdl";
    await editFile(page, "- TEST\n", `- PROD\n-\n${soap}\n- method\n- POST\n-\n- TEST\n`);
    const check = await runInProcess("sync-cli.ts", ["--check"], moved);
    expect(check.stderr).toContain(
      `error page-mismatch endpoints.prod.soap: the spec says nothing, the page says "${soap}"`,
    );
    expect([check.status, check.stderr.split("\n").at(-2)]).toEqual([
      1,
      "2 problems: run `npm run sync` to bring the spec in line with its pages.",
    ]);
    const sync = await runInProcess("sync-cli.ts", [], moved);
    expect(sync.status, sync.stderr).toBe(0);
    expect(sync.stderr).toContain(
      `endpoints.prod set to json: https://office-server.example.com//rs-services/v2/office/cardCheck, soap: ${soap}`,
    );
    expect((await runInProcess("sync-cli.ts", ["--check"], moved)).status).toBe(0);
  } finally {
    await rm(moved, { recursive: true, force: true });
  }
});

test("a defective page's own defects print before its differences, which they may explain", async () => {
  const { root: spec } = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
  try {
    const page = path.join(spec, "spec/sources/cardCheck.page.txt");
    await editFile(page, "- Required", "- Requird");
    await editFile(page, "Kind of card.", "Kind of a card.");
    for (const args of [["--check"], []]) {
      const run = await runInProcess("sync-cli.ts", args, spec);
      const codes = run.stderr.match(/(?<= error )[a-z-]+/g);
      expect([run.status, codes]).toEqual([1, ["page-unknown-presence", "page-mismatch"]]);
    }
  } finally {
    await rm(spec, { recursive: true, force: true });
  }
});

test("a spec with errors: --check says to fix it first, and the pages too when they have defects of their own", async () => {
  const { root: spec } = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
  try {
    await editFile(
      path.join(spec, "spec/operations/office/cardCheck.yaml"),
      "merchantId: { from: dictionary, presence: required",
      "merchantId: { from: dictionary, presence: requird",
    );
    const alone = await runInProcess("sync-cli.ts", ["--check"], spec);
    expect([alone.status, alone.stderr.split("\n").at(-2)]).toEqual([
      1,
      "1 problem: fix the spec first; the pages are compared with it once it is valid.",
    ]);
    await editFile(path.join(spec, "spec/sources/cardCheck.page.txt"), "- Required", "- Requird");
    const both = await runInProcess("sync-cli.ts", ["--check"], spec);
    expect([both.status, both.stderr.split("\n").at(-2)]).toEqual([
      1,
      "2 problems: fix the spec and the pages first; the pages are compared with the spec once it is valid.",
    ]);
  } finally {
    await rm(spec, { recursive: true, force: true });
  }
});
