// An operation's page (Endpoints, a Request) saved over the response page a callback cites: sync refuses it at
// its title, reports the page's own reading errors with the refusal, and compares nothing of it, the callback's
// deviations included; generate refuses it too. It compared the operation's response as the callback and
// removed the callback's fields. On the real spec, in memory: its callbacks and their pages are read from spec/.
import { beforeAll, expect, test } from "vitest";
import { parse } from "yaml";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { repoRoot, specDir } from "../support/paths.js";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

interface Cited {
  readonly operation: string;
  readonly family: string;
  readonly page: string;
  /** The `about` of each deviation the operation keeps of its callback. */
  readonly deviations: readonly string[];
}

let base: SpecInput;
let callbacks: Cited[];
/** An operation's own page, by the name its first line gives. */
let other: { name: string; text: string };
beforeAll(async () => {
  base = await readSpecInput(specDir, repoRoot);
  const raws = base.files.flatMap((file) =>
    file.kind === "operation"
      ? [
          parse(file.text) as {
            operation: string;
            family?: string;
            source?: { page?: string; deviations?: { about: string }[] };
            callback?: { source?: { page?: string } };
          },
        ]
      : [],
  );
  callbacks = raws.flatMap((raw) => {
    const page = raw.callback?.source?.page;
    const deviations = (raw.source?.deviations ?? []).map((d) => d.about).filter((a) => a.startsWith("callback."));
    return page !== undefined && raw.family !== undefined
      ? [{ operation: raw.operation, family: raw.family, page, deviations }]
      : [];
  });
  const own = raws.find((raw) => raw.callback === undefined && raw.source?.page !== undefined);
  const text = own?.source?.page === undefined ? undefined : base.pages?.get(own.source.page);
  if (!own || text === undefined || text.split("\n", 1)[0] !== own.operation)
    throw new Error("no operation citing a page titled with its name");
  other = { name: own.operation, text };
});

test("an operation's page saved over a callback's is refused at its title, with its reading errors, and nothing else said", async () => {
  expect(callbacks.length).toBeGreaterThanOrEqual(2);
  // The callbacks' deviations are what the refusal must silence: the spec keeps at least one.
  expect(callbacks.some((c) => c.deviations.length > 0)).toBe(true);
  for (const own of callbacks) {
    // A line the page reader does not understand, first in the Request: one reading error of its own.
    const lines = other.text.split("\n");
    const at = lines.indexOf("Request") + 1;
    const text = [...lines.slice(0, at), "Mandatory!", ...lines.slice(at)].join("\n");
    const printed = await checkInMemory(withFiles(base, [[own.page, text]]));
    const ofPage = printed.filter((l) => l.startsWith(`spec/${own.page}:`));
    expect(ofPage).toEqual([
      `spec/${own.page}:1:1 error page-other-operation ${own.page} is the page of operation ${other.name} (a page with a Request), not of ${own.operation}'s callback, which cites it: save the response page of ${own.family} there; sync, generate and changes use nothing of the page until its title names ${own.family}\n  spec/operations/${own.family.toLowerCase()}/${own.operation}.yaml:${lineOf(own)}:11 ${own.operation}'s callback cites it`,
      `spec/${own.page}:${at + 1}:1 error page-unreadable-line line not understood in the Request: "Mandatory!"`,
    ]);
    // Without it: the operation's response compared as the callback (its fields page-mismatch errors) and the
    // callback's deviations reported as unused.
    const noise = printed.filter(
      (l) =>
        / (?:page-mismatch|page-deviation-unused|page-container-mismatch) /.test(l) ||
        (l.includes(`/${own.operation}.yaml:`) && l.includes(" page-deviation ") && l.includes(" callback.")),
    );
    expect(noise).toEqual([]);
    const { report, after } = await syncInMemory(withFiles(base, [[own.page, other.text]]));
    expect([report.ok, report.written.size]).toEqual([false, 0]);
    expect(specTexts(after)).toEqual(specTexts(base));
    const generated = await generateFromInput(withFiles(base, [[own.page, other.text]]), []);
    expect(generated.ok).toBe(false);
    expect(generated.diagnostics.map(formatDiagnostic)).toEqual([
      `spec/${own.page}:1:1 error page-other-operation ${own.page} is the page of operation ${other.name} (a page with a Request), not of ${own.operation}'s callback, which cites it: save the response page of ${own.family} there; sync, generate and changes use nothing of the page until its title names ${own.family}\n  spec/operations/${own.family.toLowerCase()}/${own.operation}.yaml:${lineOf(own)}:11 ${own.operation}'s callback cites it`,
    ]);
  }
});

/** The line of the operation's file where its callback's page is cited. */
function lineOf(own: Cited): number {
  const text = specTexts(base).get(`operations/${own.family.toLowerCase()}/${own.operation}.yaml`) ?? "";
  const at = text.indexOf(`    page: ${own.page}\n`, text.indexOf("\ncallback:\n"));
  return text.slice(0, at).split("\n").length;
}
