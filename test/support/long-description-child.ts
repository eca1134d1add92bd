// The base spec with one description `megabytes` MB long, on one line, generated
// in a process of its own (test/pipeline/hostile-spec.test.ts): what it costs is
// then its own, whatever a test worker holds and whichever files ran before.
// Prints the errors, the first message, and how far the generation raised the
// process's peak of resident memory above the peak of making its input (some
// three times the input: the text in pieces, its bytes, the text flat).
// Started as the generator's commands are, bundled (scripts/run-bundled.cjs):
// a third of the start-up of loading its modules one by one through tsx.
// `run-bundled.cjs test/support/long-description-child.ts <base spec dir> <operation file> <megabytes>`
import type { CommandMain } from "../../generator/command-line.js";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";

export const command: CommandMain = async ([baseDir = "", operation = "", megabytes = "50"], io) => {
  const base = await readSpecInput(baseDir, baseDir);
  const from = "description: Identifier of the shop.";
  const files = base.files.map((file) => {
    if (file.relPath !== operation) return file;
    if (!file.text.includes(from)) throw new Error(`${operation} no longer contains ${JSON.stringify(from)}`);
    // As a read gives it: one flat text, not the tree of pieces `repeat` and `replace` leave.
    const text = file.text.replace(from, `description: ${"word ".repeat((Number(megabytes) * 1024 * 1024) / 5)}end`);
    return { ...file, text: Buffer.from(text).toString() };
  });
  const before = process.resourceUsage().maxRSS;
  const result = await generateFromInput({ ...base, files });
  const peak = process.resourceUsage().maxRSS;
  io.out(
    JSON.stringify({
      ok: result.ok,
      errors: result.diagnostics
        .filter((d) => d.severity === "error")
        .map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`),
      message: result.diagnostics[0]?.message ?? "",
      rise: (peak - before) * 1024,
    }),
  );
  return 0;
};
