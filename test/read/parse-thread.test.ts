// The read stage's second thread (generator/read/parse-thread.ts) hands over
// what parsing on the main thread gives: the data of a clean file, as JSON,
// and null for a file with a problem (which the main thread parses again for
// its diagnostics); and a run that may parse on two threads reads what a run
// on one reads.
import { once } from "node:events";
import path from "node:path";
import { expect, test } from "vitest";
import { plainFile, type ParseWork } from "../../generator/read/parse-threads.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";
import { readDocuments } from "../../generator/read/read-documents.js";
import { rememberedDataText } from "../../generator/read/remembered-data.js";
import { readSpecInput, type SpecFile } from "../../generator/read/spec-files.js";
import { newClaims } from "../../generator/threads/claims.js";
import { startThread } from "../../generator/threads/start-thread.js";
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
  const handed = new Map<number, string | null>();
  thread.on("message", ({ index, made }: { index: number; made: string | null }) => handed.set(index, made));
  await once(thread, "exit");
  expect([...handed.keys()].sort((a, b) => a - b)).toEqual(files.slice(first).map((_, i) => first + i));
  for (const [index, made] of handed) {
    const parsed = parseSpecFile(files[index] as SpecFile);
    expect(made, files[index]?.relPath).toEqual(
      parsed.diagnostics.length === 0 ? rememberedDataText(parsed.data) : null,
    );
  }
  expect(handed.get(files.length - 1)).toBeNull();
  expect(handed.get(files.length - 2)).toBeNull();
}, 120_000);

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
