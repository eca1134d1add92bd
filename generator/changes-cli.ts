#!/usr/bin/env node
// Command line: what changed in the spec since a git ref, classified, with a semver verdict.

import path from "node:path";
import { Command, Option } from "commander";
import { type CommandIo, guarded, PATHS_HELP, parseOptions, runAsEntry } from "./command-line.js";

/** The verdicts a CI gate may stop at, least first: --fail-on minor stops at a minor or a major release. */
const FAIL_ON = ["patch", "minor", "major"] as const;

const program = new Command()
  .name("npm run changes --")
  .usage("--base <ref> [options]")
  .description(
    "List the changes of spec/ since a git ref, each classified by whom it breaks, with the semver release they call for.",
  )
  // Checked in main, not by commander, whose own words ("required option ... not specified") say not what to give.
  .option(
    "--base <ref>",
    "required: the git ref the review is against (branch, tag or commit), e.g. main, origin/main in a clone of another branch, or HEAD~1",
  )
  .option("--spec <dir>", "spec directory", "spec")
  .addOption(new Option("--format <format>", "output format").choices(["markdown", "json"]).default("markdown"))
  .addOption(
    new Option("--fail-on <verdict>", "exit 3 when the verdict is this release or a greater one").choices([...FAIL_ON]),
  )
  .addHelpText(
    "after",
    `
What it reads: spec/ at the ref (git's copy) and spec/ in the working tree, each with the saved
pages its operations cite, as generate reads them. A page release that npm run sync has not yet
brought into spec/, or one saved beside its page under a copy's name (x.page (1).txt), is in
no change: the report then opens with a warning (Markdown: a "> **Warning:**" line; JSON:
"warnings", each with its "kind", "unsynced" or "page-copy", and "message"), found as
npm run sync -- --check finds it, and the exit code is the same.

Classes:
  breaking-request   a request valid before is refused now, or a sender's code stops compiling
  breaking-response  a response accepted before is refused now, or a reader's code stops compiling
  seal               the sealing string of a message valid under both specs changes
  additive           new operations, optional fields, values; nothing that worked stops working
  docs               descriptions, meanings and other text

Verdict: major for any breaking or seal change, minor for additive ones, patch for docs only,
none when nothing changed. The Markdown gives changes alike but for where they are (the same
kind, classes and summary) one line naming each operation, message and field once, its summary
without the names the line gives (the JSON's summary keeps them); fields of one container say
its path once (/list/-/{a, b}), a place's lines that differ only in what changed are one ("notes
and summary changed."), and what a summary says of its place alone (the page where a
message's facts stop, said once, a list's count of values, the names an operation exports, an
environment's address) is said beside it. As JSON: "semver", the verdict, and "changes", each with its
"operation", "message" (request, response or callback), "field" (a JSON Pointer), "kind",
"classes" and "summary" (null where a change concerns no operation, message or field); a
change of a shared value list or container type, reported once, has its "list" or "type" too,
and a change of a callback its "callback" (the callback's name); meanings reworded (kinds
"meaning" and "shared-meaning") give their words in "meanings" (each "value", "before" and
"after", as lists), which the Markdown line quotes, a long one cut short; a text reworded (a
field's description or condition, an operation's or a callback's summary) gives both in "text"
("before" and "after", null where there is none), which the line quotes alike. A change of a
field that the working tree's saved page prints gives in "pages" where it prints what changed
(the version, the presence, the value, else the field: "spec/sources/x.page.txt:97:3", as a
diagnostic's place), as does an operation's recommended version moved or summary reworded, and
a value added to a shared list, at each field that takes it; the Markdown line names them
after its summary ("Page: ...").
A spec at the ref written before a key became required is read with the key's default, where
the format's schema gives one; "assumed" then lists each such key once: "in" (the kind of file),
"key" (its place: keys joined by ".", an entry of a mapping of names "*", a list's items "[]"),
"value" and "files" (how many lacked it).

The Markdown ends with where generated/openapi.json changes: each hunk of git's diff of the
file (-U0, by the diff algorithm git is set to use), at its line in the working tree's file,
with the JSON Pointer that holds it and the operation (or container type) it belongs to, "was"
naming the place a path had before; the file is made from the spec at each side by this
generator, so a change of the generator itself is in neither.

A field removed and one added beside it that look alike are each said to be perhaps
the other renamed (docs/renamed-fields.md); they stay a removal and an addition.
The character classes (AN, ANS, ...) are the generator's code: where the spec's repository
holds it, a class defined otherwise in runtime/formats.ts at the ref is listed too
(kind "format-class", for no operation), with the code points it accepts more or less.
${PATHS_HELP}
Exit codes:
  0  the report is printed (whatever its verdict, without --fail-on)
  1  a usage error (--base not given, an option unknown, misspelled or given twice),
     a spec (at the ref or in the working tree) has errors, the spec folder is missing
     (here, or holds no file at the ref) or not in a git work tree, or --base names no
     commit (a plain message)
  2  the command itself failed
  3  the report is printed, and its verdict is the --fail-on release or a greater one
     (a gate: --fail-on major stops a pull request with a breaking or seal change)

Examples:
  npm run changes -- --base main                  Markdown for the pull request's description
  npm run changes -- --base v1.4.0 --format json  the same for tools, since a release's tag
  npm run changes -- --base main --fail-on major  in CI: exit 3 on a breaking or seal change`,
  );

async function main(args: readonly string[], io: CommandIo): Promise<number> {
  const opts = parseOptions<{
    base?: string;
    spec: string;
    format: "markdown" | "json";
    failOn?: (typeof FAIL_ON)[number];
  }>(program, args, io, ["spec"]);
  if (typeof opts === "number") return opts;
  if (opts.base === undefined) return usageProblem(io, NO_BASE);
  const base = opts.base;
  // Loaded once the arguments are read: --help and a usage error need none of them.
  const [
    { compareSpecs },
    { changesReport, toJson, toMarkdown },
    { readSpecAtRef, SpecAtRefProblem },
    { modelOfReadSpec, specModel },
    { formatDiagnostic },
    { readSpecInput },
    { specFolderProblem },
    { classPatternsSince },
    { openApiPlaces },
    { withPagePlaces },
    { unsyncedWarnings },
    { readSpec },
  ] = await Promise.all([
    import("./changes/compare-specs.js"),
    import("./changes/report.js"),
    import("./changes/spec-at-ref.js"),
    import("./changes/spec-model.js"),
    import("./diagnostics/diagnostic.js"),
    import("./read/spec-files.js"),
    import("./read/spec-folder.js"),
    import("./changes/format-classes-at-ref.js"),
    import("./changes/openapi-places.js"),
    import("./changes/page-places.js"),
    import("./changes/unsynced-warnings.js"),
    import("./sync/read-spec.js"),
  ]);
  const specDir = path.resolve(io.cwd, opts.spec);
  const problem = specFolderProblem(specDir, io.cwd);
  if (problem) return usageProblem(io, problem);
  let atRef: ReturnType<typeof readSpecAtRef>;
  try {
    atRef = readSpecAtRef(specDir, base, io.cwd);
  } catch (error) {
    // No git, no repository or no such ref: the user's to settle, not a bug.
    if (error instanceof SpecAtRefProblem) return usageProblem(io, error.message);
    throw error;
  }
  // The base may be older than a key the format now requires: read as the format's default, and said in the report.
  const before = await specModel(atRef, true);
  // Read once: the model compared and sync's check for the warnings share it.
  const read = await readSpec(await readSpecInput(specDir, io.cwd));
  const after = modelOfReadSpec(read);
  if ("diagnostics" in before || "diagnostics" in after) {
    // The spec at the ref is read with today's format and checks: a ref from before a change of the format fails them.
    for (const [label, result, why] of [
      [base, before, " as this version of the generator reads it (a spec older than its format has such errors)"],
      ["the working tree", after, ""],
    ] as const) {
      if (!("diagnostics" in result)) continue;
      for (const d of result.diagnostics) io.err(`${formatDiagnostic(d)}\n`);
      io.err(`\nThe spec at ${label} has errors${why}; no comparison.\n`);
    }
    return 1;
  }
  // The character classes are the generator's code: compared where the spec's repository holds it (format-classes.ts).
  const classes = classPatternsSince(specDir, base);
  if (classes !== null && "unread" in classes)
    io.err(`npm run changes --: the character classes are not compared: ${classes.unread}.\n`);
  const compared = classes !== null && "before" in classes ? classes : null;
  // Each change of a field names where the working tree's page prints it, to be read against that page.
  const changes = withPagePlaces(
    compareSpecs(before.model, after.model, compared),
    { before: before.model, after: after.model },
    after.pages,
  );
  const report = changesReport(changes, before.assumed, await unsyncedWarnings(read));
  // The Markdown, for a pull request, places each hunk of openapi.json's diff; the JSON's changes name their places.
  io.out(opts.format === "json" ? toJson(report) : toMarkdown(report, base, openApiPlaces(before.model, after.model)));
  return opts.failOn !== undefined && reaches(report.semver, opts.failOn)
    ? gateStops(io, report.semver, opts.failOn)
    : 0;
}

/** What the changes are compared with has no default: the message says what to give, as `--base` naming no commit does. */
const NO_BASE =
  "--base <ref> is not given: name the commit the review is against, e.g. --base main, or --base origin/main in a clone of another branch, which has no local main";

/** Whether a verdict is the gate's release or a greater one ("none" reaches no gate). */
const reaches = (semver: string, failOn: (typeof FAIL_ON)[number]): boolean =>
  FAIL_ON.indexOf(semver as (typeof FAIL_ON)[number]) >= FAIL_ON.indexOf(failOn);

/** A gate that stops says why on stderr, the report on stdout staying whole (the JSON parses). */
const gateStops = (io: CommandIo, semver: string, failOn: string): number => {
  io.err(`npm run changes --: the changes call for a ${semver} release, at or above --fail-on ${failOn}.\n`);
  return 3;
};

const usageProblem = (io: CommandIo, problem: string): number => {
  io.err(`npm run changes --: ${problem} (see --help).\n`);
  return 1;
};

/** The command, run in this process: `args` are the user's, paths are relative to `io.cwd`. */
export const command = guarded(
  main,
  (error) => `changes failed: ${error instanceof Error ? error.message : String(error)}`,
);

runAsEntry(import.meta.url, command);
