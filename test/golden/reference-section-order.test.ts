// The value sections of an operation's reference page stand in the order of
// their lists: a field that comes to take its list its own way (a release's
// value or meaning) keeps its section where it was, renamed, so that the
// page's diff shows the heading and the rows that changed, not the table moved.
import path from "node:path";
import { expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { withFiles } from "../support/sync-memory.js";

const root = path.join(fixturesDir, "sync", "spec");
const LISTS = "dictionary/lists.yaml";
const OP = "operations/office/cardCheck.yaml";

/** The value sections' headings of cardCheck's page, with a field zone taking the list zoneKind as `zone` says. */
async function headings(zone: string): Promise<string[]> {
  const input = await readSpecInput(root, root);
  const text = (relPath: string) => input.files.find((f) => f.relPath === relPath)?.text ?? "";
  const lists = `${text(LISTS)}  zoneKind:\n    description: Zones.\n    values:\n      EU:\n        meaning: Europe\n      WORLD:\n        meaning: The world\n`;
  const op = text(OP).replace("response:\n", `${zone}response:\n`);
  const result = await generateFromInput(
    withFiles(
      input,
      [],
      new Map([
        [LISTS, lists],
        [OP, op],
      ]),
    ),
  );
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join("\n"));
  const page = result.files.find((f) => f.path === "docs/cardCheck.md")?.content ?? "";
  return [...page.matchAll(/^### (\S+)$/gm)].map((m) => m[1] ?? "");
}

test("a field that comes to word a value its own way keeps its section where its list's stood", async () => {
  const whole = await headings(
    '    zone: { presence: optional, since: "2.50", valueList: zoneKind, description: Zone. }\n',
  );
  const own = await headings(
    '    zone:\n      presence: optional\n      since: "2.50"\n      valueList: zoneKind\n      meanings:\n        EU: The European Union\n      description: Zone.\n',
  );
  expect(whole.indexOf("ZoneKind")).toBeGreaterThan(whole.indexOf("CardKind"));
  // Without it: CardCheckZoneKind sorted before CardKind, and the whole table moved in the page's diff.
  expect(own).toEqual(whole.map((h) => (h === "ZoneKind" ? "CardCheckZoneKind" : h)));
});
