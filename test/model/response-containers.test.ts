// Which shared container types are a response's: the golden fixture spec, as
// it is and edited in memory. A container type is built once and shared, so
// one met first in a request and later in a response must already be known
// as a response's when it is built, with every container it holds.
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic, generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";

const OPERATION = "operations/office/cardCheck.yaml";
// The response's `customer` line: the dictionary's container, which the request uses first.
const RESPONSE_CUSTOMER = '    customer: { from: dictionary, presence: optional, since: "2.20" }\n';

async function inResponse(edit: (text: string) => string): Promise<Record<string, boolean>> {
  const input = await readSpecInput(path.join(fixturesDir, "golden", "spec"));
  const edited: SpecInput = {
    ...input,
    files: input.files.map((f) => (f.relPath === OPERATION ? { ...f, text: edit(f.text) } : f)),
  };
  const result = await generateFromInput(edited, []);
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return Object.fromEntries(result.model.containers.map((c) => [c.typeName, c.inResponse]));
}

test.each([
  {
    given: "the fixture: customer in the request, then in the response",
    edit: (text: string) => text,
    want: { CardsItem: true, Customer: true, PostalAddress: true },
  },
  {
    given: "customer in the request only",
    edit: (text: string) => {
      if (!text.includes(RESPONSE_CUSTOMER)) throw new Error("the fixture's response no longer has customer");
      return text.replace(RESPONSE_CUSTOMER, "");
    },
    want: { CardsItem: true, Customer: false, PostalAddress: false },
  },
])("$given", async ({ edit, want }) => {
  expect(await inResponse(edit)).toEqual(want);
});
