// An operation's recommended version moved names the line of its page that prints the version it moved to; where
// two of its interfaces' recommended versions moved, nothing tells which change is which interface's, and neither
// names a place rather than one naming the other's line. On the real spec's operation that recommends a version
// for each of two interfaces, its facts read from spec/ and its page.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { withPagePlaces } from "../../generator/changes/page-places.js";
import { specModel } from "../../generator/changes/spec-model.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { specDir } from "../support/paths.js";
import { withFiles } from "../support/sync-memory.js";

const input = await readSpecInput(specDir);

async function modelOf(spec: typeof input) {
  const result = await specModel(spec);
  if ("diagnostics" in result) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result;
}

test("one interface's recommended version moved names its line; two moved name none", async () => {
  const now = await modelOf(input);
  const op = now.model.operations.find((o) => o.interfaceVersion.recommendedByPrefix.length === 2);
  expect(op).toBeDefined();
  const file = input.files.find((f) => f.relPath.endsWith(`/${op?.name}.yaml`));
  const page = now.pages.get(op?.source.page ?? "")?.page;
  const [first, second] = op?.interfaceVersion.recommendedByPrefix ?? [];
  const printed = (version: string) => page?.recommended.find((r) => r.version === version)?.at;
  expect([printed(first?.version ?? ""), printed(second?.version ?? "")]).not.toContain(undefined);
  /** The spec as it was with `moved`'s recommended versions one release older (x.y to x.y0, a version it never had). */
  const earlier = async (moved: readonly { version: string }[]) => {
    let text = file?.text ?? "";
    for (const { version } of moved) {
      expect(text).toContain(`: ${version}\n`);
      text = text.replace(`: ${version}\n`, `: ${version}0\n`);
    }
    const was = await modelOf(withFiles(input, [], new Map([[file?.relPath ?? "", text]])));
    return withPagePlaces(compareSpecs(was.model, now.model), { before: was.model, after: now.model }, now.pages)
      .filter((c) => c.kind === "recommended-interface-version")
      .map((c) => c.pages);
  };
  const at = printed(second?.version ?? "");
  expect(await earlier([second as { version: string }])).toEqual([[`${at?.file}:${at?.line}:${at?.column}`]]);
  const both = await earlier([first as { version: string }, second as { version: string }]);
  expect(both.length).toBeGreaterThan(0);
  for (const pages of both) expect(pages).toBeUndefined();
});
