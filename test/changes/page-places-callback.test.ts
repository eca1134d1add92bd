// A change of a callback's field (the Paypage response) names where the callback's own saved page prints it, not
// the operation's page, which prints the operation's own messages. On the real spec: its facts come from spec/
// and its pages, and the change is one a page release of the callback would bring.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import type { Change } from "../../generator/changes/change.js";
import { withPagePlaces } from "../../generator/changes/page-places.js";
import { specModel } from "../../generator/changes/spec-model.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { specDir } from "../support/paths.js";

test("a callback field's version changed names the line of the callback's page that prints it", async () => {
  const result = await specModel(await readSpecInput(specDir));
  if ("diagnostics" in result) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const { model, pages } = result;
  const op = model.operations.find((o) => o.callback?.source.page != null && o.source.page != null);
  const cited = op?.callback?.source.page ?? "";
  const page = pages.get(cited)?.page;
  // A field the callback's page prints with its version, at no container.
  const field = page?.response.fields.find((f) => f.since !== null && f.container === null);
  expect(field, cited).toBeDefined();
  const change: Change = {
    operation: op?.name ?? "",
    message: "callback",
    field: `/${field?.name}`,
    kind: "since",
    classes: ["docs"],
    summary: `${field?.name}: since changed.`,
  };
  const [placed] = withPagePlaces([change], { before: model, after: model }, pages);
  const [file = "", line = 0, column = 0] = (placed?.pages?.[0] ?? "").split(/:(?=\d)/);
  expect(path.resolve(file)).toBe(path.join(specDir, cited));
  const printed = readFileSync(path.join(specDir, cited), "utf8").split("\n")[Number(line) - 1] ?? "";
  expect(printed.slice(Number(column) - 1)).toBe(field?.since?.value);
});
