// A page an operation cites orders its changelog as it was read: a page read
// with an error is an error of the spec. `npm run generate` (and --check)
// prints the page's errors located in the page, as sync does, exits 1 and
// leaves spec/ and the output untouched; a warm memo sees the page's edit.
import path from "node:path";
import { expect, test } from "vitest";
import { CALLBACK_PAGE, CITE_CALLBACK_PAGE, callbackPage } from "../support/callback-page.js";
import { goldenRoot } from "../support/generate.js";
import { runInProcess } from "../support/run-cli.js";
import { editFile, tempWorkspace, writeFiles } from "../support/temp-spec.js";
import { treeHash } from "../support/tree-hash.js";

const runCli = (args: readonly string[], cwd: string) => runInProcess("cli.ts", args, cwd);

/** The callback's page with its first presence misspelled, and where the page reader finds it. */
function damagedPage(): { readonly text: string; readonly at: string } {
  const lines = callbackPage(["amount", "responseCode"]).split("\n");
  const line = lines.indexOf("- Optional", lines.indexOf("- presence"));
  lines[line] = "- Optinal";
  return { text: lines.join("\n"), at: `spec/${CALLBACK_PAGE}:${line + 1}:3 error page-unknown-presence` };
}

/** The golden spec with its callback citing a readable page, generated once with a memo of its own. */
async function citingWorkspace(): Promise<{ root: string; spec: string; cache: string[] }> {
  const { root, spec } = await tempWorkspace(path.join(goldenRoot, "spec"));
  await editFile(path.join(spec, "operations/paypage/cardPaymentInit.yaml"), ...CITE_CALLBACK_PAGE);
  await writeFiles(spec, { [CALLBACK_PAGE]: callbackPage(["amount", "responseCode"]) });
  const cache = ["--cache-dir", path.join(root, "cache")];
  const first = await runCli(cache, root);
  expect(first.status, first.stderr).toBe(0);
  return { root, spec, cache };
}

test("a cited page damaged after a run: generate, with a warm memo and without one, reports it and writes nothing", async () => {
  const { root, spec, cache } = await citingWorkspace();
  const damaged = damagedPage();
  await writeFiles(spec, { [CALLBACK_PAGE]: damaged.text });
  // The memo's own folder is the only one a failed run may change.
  const before = treeHash(root, new Set(["cache"]));
  for (const args of [cache, ["--no-cache"], [...cache, "--check"]]) {
    const run = await runCli(args, root);
    expect(run.status, args.join(" ")).toBe(1);
    expect(run.stderr, args.join(" ")).toContain(`${damaged.at} field "amount" has an unknown presence "Optinal"`);
    expect(treeHash(root, new Set(["cache"])), args.join(" ")).toBe(before);
  }
  // Mended, the page is read again: the same memo gives the files of the first run, nothing to write.
  await writeFiles(spec, { [CALLBACK_PAGE]: callbackPage(["amount", "responseCode"]) });
  const mended = await runCli([...cache, "--check"], root);
  expect(mended.status, mended.stderr).toBe(0);
});

test("a spec citing a damaged page from the start: no output folder is made", async () => {
  const { root, spec } = await tempWorkspace(path.join(goldenRoot, "spec"));
  await editFile(path.join(spec, "operations/paypage/cardPaymentInit.yaml"), ...CITE_CALLBACK_PAGE);
  const damaged = damagedPage();
  await writeFiles(spec, { [CALLBACK_PAGE]: damaged.text });
  const before = treeHash(root, new Set(["cache"]));
  const run = await runCli(["--cache-dir", path.join(root, "cache")], root);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(damaged.at);
  expect(treeHash(root, new Set(["cache"]))).toBe(before);
});

test("a spec error and a damaged cited page: one run reports both, with a warm memo and without one, and writes nothing", async () => {
  const { root, spec, cache } = await citingWorkspace();
  const damaged = damagedPage();
  await writeFiles(spec, { [CALLBACK_PAGE]: damaged.text });
  // In the file that cites the page, which still reads as data.
  await editFile(path.join(spec, "operations/paypage/cardPaymentInit.yaml"), "method: POST", "method: PUST");
  const before = treeHash(root, new Set(["cache"]));
  for (const args of [cache, ["--no-cache"], [...cache, "--check"]]) {
    const run = await runCli(args, root);
    expect(run.status, args.join(" ")).toBe(1);
    // Without it: the spec's error alone, and the page's once the spec was mended.
    expect(run.stderr, args.join(" ")).toMatch(/spec\/operations\/paypage\/cardPaymentInit\.yaml:7:\d+ error /);
    expect(run.stderr, args.join(" ")).toContain(`${damaged.at} field "amount" has an unknown presence "Optinal"`);
    expect(treeHash(root, new Set(["cache"])), args.join(" ")).toBe(before);
  }
});
