// The read stage's second thread (generator/read/parse-thread.ts) hands over
// what parsing on the main thread gives: the data of a clean file, as JSON,
// with the places of its fields' keys, and null for a file with a problem
// (which the main thread parses again for its diagnostics); and a run that
// may parse on two threads reads what a run on one reads.
import { once } from "node:events";
import path from "node:path";
import { expect, test } from "vitest";
import { knownKeys } from "../../generator/read/field-key-places.js";
import { plainFile, type ParsedElsewhere, type ParseWork } from "../../generator/read/parse-threads.js";
import { parsedFromMemo, parseSpecFile, type ParsedFile } from "../../generator/read/parse-spec-file.js";
import { readDocuments } from "../../generator/read/read-documents.js";
import { rememberedDataText } from "../../generator/read/remembered-data.js";
import { readSpecInput, type SpecFile } from "../../generator/read/spec-files.js";
import { newClaims } from "../../generator/threads/claims.js";
import { startThread } from "../../generator/threads/start-thread.js";
import { collectSites } from "../../generator/validate/field-sites.js";
import type { RawDictionary, RawOperation } from "../../generator/rules/raw-spec.js";
import { threadsFromBundles } from "../support/bundled-threads.js";
import { goldenRoot } from "../support/generate.js";
import { parsedAnew } from "../support/shared-parses.js";

// The threads from their bundles, as the command starts them: fresh, and without tsx in each.
threadsFromBundles();

const broken: SpecFile = {
  relPath: "operations/broken.yaml",
  displayPath: "spec/operations/broken.yaml",
  kind: "operation",
  text: "operation: [unclosed\n",
};

/** A file whose bytes were not clean text: its text decodes to clean YAML, which must not be taken for it. */
const badBytes: SpecFile = {
  relPath: "operations/bad-bytes.yaml",
  displayPath: "spec/operations/bad-bytes.yaml",
  kind: "operation",
  text: "operation: badBytes\n",
  textProblem: { kind: "bad-encoding", line: 1, column: 12, detail: "e9" },
};

async function goldenFiles(): Promise<SpecFile[]> {
  const input = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
  return [...input.files, badBytes, broken];
}

test("the parse thread hands over each file it claims as the main thread parses it", async () => {
  const files = await goldenFiles();
  const first = 1;
  const work: ParseWork = {
    files: files.slice(first).map(plainFile),
    first,
    claims: newClaims(files.length),
  };
  const thread = startThread(new URL("../../generator/read/parse-thread.ts", import.meta.url), work);
  const handed = new Map<number, ParsedElsewhere | null>();
  thread.on("message", ({ index, made }: { index: number; made: ParsedElsewhere | null }) => handed.set(index, made));
  await once(thread, "exit");
  expect([...handed.keys()].sort((a, b) => a - b)).toEqual(files.slice(first).map((_, i) => first + i));
  let deepest = 0;
  for (const [index, made] of handed) {
    const file = files[index] as SpecFile;
    const parsed = parseSpecFile(file);
    expect(made?.data ?? null, file.relPath).toEqual(
      parsed.diagnostics.length === 0 ? rememberedDataText(parsed.data) : null,
    );
    if (made) deepest = Math.max(deepest, placedAsParsed(file, parsed, made));
  }
  // The golden spec's fields at every depth: messages, the dictionary, containers and lists' items (a field of
  // a list's item: response, fields, list, items, fields, field).
  expect(deepest).toBeGreaterThanOrEqual(6);
  expect(handed.get(files.length - 1)).toBeNull();
  expect(handed.get(files.length - 2)).toBeNull();
}, 120_000);

/**
 * Asks the place of every field's key of a file handed over, as the check that a name is written out once does:
 * each is where the main thread's parse puts it, and the file's text is not read for it (the main thread
 * parsed every file of the thread's again for these). The length of the longest path asked.
 */
function placedAsParsed(file: SpecFile, parsed: ParsedFile, made: ParsedElsewhere): number {
  let textRead = 0;
  const counted = {
    ...file,
    get text() {
      textRead++;
      return file.text;
    },
  };
  const located = { ...parsedFromMemo(counted, parsed.data, knownKeys(made.keys)), raw: parsed.data };
  const sites =
    file.kind === "operation"
      ? collectSites([located as typeof located & { raw: RawOperation }], [], new Map())
      : file.kind === "dictionary"
        ? collectSites([], [located as typeof located & { raw: RawDictionary }], new Map())
        : { fields: [] };
  for (const site of sites.fields) expect(located.map.key(site.path), file.relPath).toEqual(parsed.map.key(site.path));
  expect(textRead, file.relPath).toBe(0);
  return Math.max(0, ...sites.fields.map((site) => site.path.length));
}

test("a read that may parse on two threads gives the data and diagnostics of a read on one", async () => {
  const input = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
  const withBroken = { ...input, files: [...input.files, badBytes, broken] };
  // Parsed anew: the tests' shared parser stands in for parseSpecFile, and the read starts no thread beside it.
  const [one, two] = await parsedAnew(() =>
    Promise.all([readDocuments(withBroken), readDocuments(withBroken, null, { atLeast: 1 })]),
  );
  const shown = (read: typeof one) => read.documents.map((d) => ({ data: d.data, diagnostics: d.diagnostics }));
  expect(shown(two)).toEqual(shown(one));
}, 120_000);
