// generate refuses an operation whose cited page is titled as another
// operation of the spec (that operation's page saved under this one's name):
// the page would order this operation's changelog. A page titled with no
// operation's name of the spec (an operation Sips renamed; copies of an
// operation citing its one page, as the benchmarks' spec has) is left to sync.
// On the real spec, in memory: its operations and the pages they cite are read
// from spec/.
import { beforeAll, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { repoRoot, specDir } from "../support/paths.js";

let base: SpecInput;
/** Two operations of the spec that cite pages of their own, by the first line of each page (the operation's name). */
let own: { name: string; page: string; text: string }[];
beforeAll(async () => {
  base = await readSpecInput(specDir, repoRoot);
  own = [...(base.pages ?? [])].flatMap(([page, text]) => {
    const name = text.split("\n", 1)[0]?.trim() ?? "";
    const cites = base.files.some(
      (f) => f.kind === "operation" && f.text.includes(`operation: ${name}\n`) && f.text.includes(`page: ${page}`),
    );
    return cites ? [{ name, page, text }] : [];
  });
});

/** What generate prints of the spec with `text` saved as `page`; no emitter, nothing written. */
async function generated(page: string, text: string): Promise<{ ok: boolean; printed: string[] }> {
  const result = await generateFromInput({ ...base, pages: new Map(base.pages).set(page, text) }, []);
  return { ok: result.ok, printed: result.diagnostics.map(formatDiagnostic) };
}

test("another operation's page saved under an operation's cited name is refused at its title", async () => {
  const [cited, other] = own;
  if (!cited || !other) throw new Error("fewer than two operations citing pages of their own");
  const { ok, printed } = await generated(cited.page, other.text);
  expect(ok).toBe(false);
  expect(printed).toEqual([
    `spec/${cited.page}:1:1 error page-other-operation ${cited.page} is the page of ${other.name}, not of ${cited.name}, which cites it: save ${cited.name}'s page there, or, where Sips renamed the operation, rename it in the spec first; sync, generate and changes use nothing of the page until the names agree\n  ${citedAt(cited)} ${cited.name} cites it`,
  ]);
});

/** Where the operation's file cites its page (source.page's value), as sync --check names it too. */
function citedAt(cited: { name: string; page: string }): string {
  const file = base.files.find((f) => f.kind === "operation" && f.text.includes(`operation: ${cited.name}\n`));
  const lines = file?.text.split("\n") ?? [];
  const line = lines.indexOf(`  page: ${cited.page}`);
  if (!file || line < 0) throw new Error(`${cited.name}'s file does not cite ${cited.page} at source.page`);
  return `spec/${file.relPath}:${line + 1}:9`;
}

test("a cited page titled with no operation's name of the spec orders the changelog: generate goes on", async () => {
  const [cited] = own;
  if (!cited) throw new Error("no operation citing a page of its own");
  const renamed = cited.text.replace(cited.name, `${cited.name}Renamed`);
  expect(renamed).not.toBe(cited.text);
  const { ok, printed } = await generated(cited.page, renamed);
  expect([ok, printed.filter((l) => l.includes("page-other-operation"))]).toEqual([true, []]);
});
