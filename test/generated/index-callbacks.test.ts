// The reference index leads to what Sips posts back after an operation (the
// Paypage response), which no row of its operations' table names: a shop that
// looks up the fields its return address receives finds the callback by its
// type's name, the section of the operation's page that gives its fields, and
// the decoder, exported by sips-json/paypage, that reads it.
import { expect, test } from "vitest";
import * as paypage from "../../generated/paypage.js";
import { operationSymbols } from "../../generator/emit/ts/model-symbols.js";
import { generateRepoSpec } from "../support/generate.js";

test("the reference index links each callback to its section of its operation's page, with its decoder", async () => {
  const { files, model } = await generateRepoSpec();
  const page = (path: string) => files.find((f) => f.path === path)?.content ?? "";
  const index = page("docs/index.md");
  const withCallback = model.operations.filter((op) => op.callback !== null);
  expect(withCallback.length).toBeGreaterThan(0);
  for (const op of withCallback) {
    const name = op.callback?.message.typeName ?? "";
    const row = index.split("\n").find((line) => line.startsWith(`| [${name}](${op.name}.md#`));
    expect(row, name).toBeDefined();
    const [, anchor = ""] = /\]\([^)#]+#([^)]+)\)/.exec(row ?? "") ?? [];
    // The anchor is that of a heading of the operation's page, as Markdown renderers make it.
    const headings = page(`docs/${op.name}.md`)
      .split("\n")
      .filter((line) => line.startsWith("## "))
      .map((line) => line.slice(3).toLowerCase().replace(/[^a-z0-9 _-]/g, "").replace(/ /g, "-"));
    expect(headings, name).toContain(anchor);
    expect(page(`docs/${op.name}.md`)).toContain(`## Callback: ${name}\n`);
    expect(row).toContain(`| [${op.name}](${op.name}.md) |`);
    const decoder = /\| `(\w+)` \|$/.exec(row ?? "")?.[1] ?? "";
    expect(typeof Reflect.get(paypage, decoder), decoder).toBe("function");
    // The decoder of this operation's callback, as its own code declares it, not another's.
    expect(decoder, name).toBe(operationSymbols(op).callback?.decode.name);
  }
});
