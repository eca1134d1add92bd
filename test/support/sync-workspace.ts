// The sync fixture (test/fixtures/sync/spec: one operation, cardCheck, citing
// its page) copied to a workspace on disk, the page edited, and what
// `sync --check` prints and `npm run sync` writes there.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { fixturesDir } from "./paths.js";
import { editFile, tempWorkspace } from "./temp-spec.js";

export const fixture = path.join(fixturesDir, "sync", "spec");
export const PAGE = "sources/cardCheck.page.txt";
export const OP = "operations/office/cardCheck.yaml";

let roots: string[] = [];

/** Removes the workspaces made since the last call; for `afterEach`. */
export async function removeWorkspaces(): Promise<void> {
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
  roots = [];
}

/** A copy of the fixture spec, its page edited (each `from` replaced by its `to`); its spec folder. */
export async function workspace(pageEdits: readonly [string, string][] = []): Promise<string> {
  const { root, spec } = await tempWorkspace(fixture);
  roots.push(root);
  for (const [from, to] of pageEdits) await editFile(path.join(spec, PAGE), from, to);
  return spec;
}

/**
 * What `sync --check` prints, but the warning that a field is written out by two operations: these tests copy an
 * operation, fields and all, beside the one that cites the page (test/diagnostics/written-once.test.ts has it).
 */
export async function check(spec: string): Promise<string[]> {
  const result = await checkSync(await readSpecInput(spec, path.dirname(spec)));
  return result.diagnostics.filter((d) => d.code !== "field-written-twice").map(formatDiagnostic);
}

/** One `npm run sync` of the spec folder, written to disk; its report. */
export async function sync(spec: string, family: string | null = null) {
  const input = await readSpecInput(spec, path.dirname(spec));
  return syncSpec(input, await checkSync(input), { family });
}

/** A file of the spec folder, as text. */
export const read = (spec: string, rel: string) => readFile(path.join(spec, rel), "utf8");

/** The fixture page's SOAP address in SIMU, and a JSON address for SIMU printed before it (an environment gained). */
export const SIMU_SOAP = "- SIMU\n-\nhttps://office-server.example.com/services/v2/OfficeService?wsdl";
export const SIMU_JSON_BLOCK =
  "- SIMU\n-\nhttps://office-server.simu.example.com/rs-services/v2/office/cardCheck\n- method\n- POST\n-";
