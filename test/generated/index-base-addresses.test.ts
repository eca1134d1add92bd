// The reference index gives each operation a path only: it says what the path
// is relative to, so that a reader builds each operation's JSON address of
// each environment from the index alone, as the spec gives it.
import { expect, test } from "vitest";
import { generateRepoSpec } from "../support/generate.js";
import { specOperationFacts } from "../support/operation-facts.js";

/** The cells of a Markdown table row, code spans and links reduced to their text. */
const cells = (row: string): string[] =>
  row
    .split("|")
    .slice(1, -1)
    .map((cell) => cell.trim().replace(/`/g, ""));

test("the reference index builds every operation's JSON address of every environment from a base and its path", async () => {
  const { files, model } = await generateRepoSpec();
  const index = files.find((f) => f.path === "docs/index.md")?.content ?? "";
  const rows = index.split("\n").filter((line) => line.startsWith("| "));
  const baseHeader = rows.findIndex((row) => cells(row)[0] === "Operations");
  expect(baseHeader, "the index has a table of base addresses").toBeGreaterThanOrEqual(0);
  const environments = cells(rows[baseHeader] ?? "").slice(1);
  const bases = [];
  for (const row of rows.slice(baseHeader + 2)) {
    const [operations = "", ...urls] = cells(row);
    if (operations === "Operation" || urls.length !== environments.length) break;
    bases.push({ operations, urls });
  }
  const pathOf = new Map(
    rows
      .map(cells)
      .filter((row) => row.length === 7 && row[0]?.startsWith("["))
      .map((row) => [/^\[([^\]]+)\]/.exec(row[0] ?? "")?.[1] ?? "", row[6] ?? ""]),
  );
  // Every operation file of spec/ is looked at below.
  expect(model.operations.map((op) => op.name).sort()).toEqual([...specOperationFacts().keys()].sort());
  for (const op of model.operations) {
    const named = bases.find((b) => b.operations.includes(`[${op.name}](`));
    const base = named ?? bases.find((b) => !b.operations.includes("]("));
    expect(base, op.name).toBeDefined();
    for (const env of op.environments) {
      if (op.endpoints[env.name] === undefined) continue;
      const column = environments.indexOf(env.label);
      expect(column, `${op.name} ${env.name}`).toBeGreaterThanOrEqual(0);
      expect(`${base?.urls[column] ?? ""}${pathOf.get(op.name) ?? ""}`, `${op.name} ${env.name}`).toBe(
        op.endpoints[env.name],
      );
    }
    // And no address in an environment the operation is not called in (Paypage has no TEST): the cell is empty.
    environments.forEach((label, column) => {
      const env = op.environments.find((e) => e.label === label);
      if (env === undefined || op.endpoints[env.name] === undefined)
        expect(base?.urls[column], `${op.name} ${label}`).toBe("");
    });
  }
});
