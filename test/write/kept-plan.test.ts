// A watching process patches the plan of its write before (kept-plan.ts): the
// plan must be the one planOutput makes of the same folder and files, save
// after save, whatever changed in between (a file's text, a file changed or
// removed by hand, a file added or gone, paths escaped in the manifest).
import { expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/emit/generated-file.js";
import { sha256 } from "../../generator/memo/content-hash.js";
import { planOutput, type OutputPlan } from "../../generator/write/compare-output.js";
import { planKept } from "../../generator/write/kept-plan.js";
import type { OutputFile, OutputState } from "../../generator/write/output-state.js";

const fileOf = (path: string, content: string): GeneratedFile => ({ path, language: "typescript", content });

/** The folder as a write of `plan` leaves it (what commitWatched keeps), with `files` of its own paths. */
function written(plan: OutputPlan, files: readonly GeneratedFile[]): OutputState & { files: Map<string, OutputFile> } {
  return {
    files: new Map(files.map((f) => [f.path, { hash: plan.hashes.get(f.path) as string, text: () => f.content }])),
    manifest: plan.hashes,
    manifestText: plan.manifestText,
    folders: [""],
  };
}

const seen = (plan: OutputPlan) => ({
  changes: plan.changes.map((c) => ({ path: c.path, kind: c.kind, edited: c.edited, after: c.after })),
  foreign: plan.foreign,
  hashes: [...plan.hashes].sort(),
  manifestText: plan.manifestText,
  manifestChanged: plan.manifestChanged,
});

const paths = ["index.ts", "operations/b/types.ts", "operations/a/types.ts", 'docs/quote"d €.md', "docs/astral 𝄞.md"];

type Step = (files: GeneratedFile[], state: ReturnType<typeof written>) => GeneratedFile[];

const steps: Record<string, Step> = {
  "one file's text changed": (files) => files.map((f, i) => (i === 2 ? fileOf(f.path, `${f.content} again`) : f)),
  "two files' texts changed, in the manifest's order reversed": (files) =>
    files.map((f, i) => (i === 1 || i === 3 ? fileOf(f.path, `${f.content}!`) : f)),
  "nothing changed": (files) => files,
  "the same text made anew": (files) => files.map((f) => fileOf(f.path, f.content)),
  "a file edited by hand": (files, state) => {
    state.files.set("index.ts", { hash: sha256("by hand"), text: () => "by hand" });
    return files;
  },
  "a file edited by hand, and its text changed too": (files, state) => {
    state.files.set("index.ts", { hash: sha256("by hand"), text: () => "by hand" });
    return files.map((f) => (f.path === "index.ts" ? fileOf(f.path, "new") : f));
  },
  "a file removed by hand": (files, state) => {
    state.files.delete("operations/a/types.ts");
    return files;
  },
  "a file the generator did not write": (files, state) => {
    state.files.set("notes.md", { hash: sha256("mine"), text: () => "mine" });
    return files;
  },
  "a file added": (files) => [...files, fileOf("operations/c/types.ts", "c")],
  "a file gone": (files) => files.filter((f) => f.path !== "operations/b/types.ts"),
  "the files in another order": (files) => [...files].reverse(),
};

test.each(Object.entries(steps))(
  "after %s, the plan patched is planOutput's, and so is the one after it",
  (_, step) => {
    let files = paths.map((path, i) => fileOf(path, `content ${i}`));
    let { plan, basis } = planKept(emptyState, files, undefined);
    let state = written(plan, files);
    // Two saves: the step, then one file changed, each planned from the basis the one before left.
    for (const next of [step, steps["one file's text changed"] as Step]) {
      files = next(files, state);
      const expected = planOutput(state, files);
      ({ plan, basis } = planKept(state, files, basis));
      expect(seen(plan)).toEqual(seen(expected));
      state = written(plan, files);
    }
  },
);

test("a basis from a plan of another folder's state is not used", () => {
  const files = paths.map((path, i) => fileOf(path, `content ${i}`));
  const { basis } = planKept(emptyState, files, undefined);
  const other = written(planOutput(emptyState, files), files);
  other.files.set("index.ts", { hash: sha256("by hand"), text: () => "by hand" });
  const changed = files.map((f, i) => (i === 0 ? fileOf(f.path, "new") : f));
  expect(seen(planKept(other, changed, basis).plan)).toEqual(seen(planOutput(other, changed)));
});

const emptyState: OutputState = { files: new Map(), manifest: undefined, manifestText: undefined, folders: [] };
