// The codes of a status field, named where a reply claims one its list does
// not hold, in one order: the field's example first, then the list's order,
// in the response validator's issue and in the client's message alike. On the
// golden fixture with cardCheck's status field given an example that is not
// its list's first code (the repository's status fields all have theirs first).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, expect, test } from "vitest";
import type * as Repository from "../../generated/index.js";
import type * as ClaimedStatus from "../../generated/runtime/client-claimed-status.js";
import { generateShared, goldenRoot } from "../support/generate.js";
import { keptOutput } from "../support/kept-output.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/** A code no status list holds, of a card number's length. */
const CLAIMED = "4970100000000003";

let cardCheck: (typeof Repository.operations)["getWalletData"];
let claimedText: typeof ClaimedStatus.claimedText;
beforeAll(async () => {
  const { root, spec } = await tempWorkspace(path.join(goldenRoot, "spec"));
  const file = path.join(spec, "operations", "office", "cardCheck.yaml");
  await editFile(file, "      valueList: statusCode\n      description: Outcome.\n", "      valueList: statusCode\n      example: \"99\"\n      description: Outcome.\n");
  const result = await generateShared(spec, root);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const dir = keptOutput("status-example-order", result.files, "javascript");
  const index = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as typeof Repository;
  const runtime = (await import(pathToFileURL(path.join(dir, "runtime", "client-claimed-status.js")).href)) as typeof ClaimedStatus;
  cardCheck = (index.operations as unknown as Record<string, typeof cardCheck>)["cardCheck"] as typeof cardCheck;
  claimedText = runtime.claimedText;
});

test("an example that is not the list's first code is named first by the validator and the client alike", () => {
  const status = cardCheck.status;
  if (status === null) throw new Error("the fixture's cardCheck has no status");
  const field = cardCheck.response.fields.find((f) => f.name === status.field);
  const codes = field?.valueList?.values.map((v) => v.value) ?? [];
  // The premise: the example is a code of the list, not its first.
  expect(status.example).toBe("99");
  expect(codes.indexOf("99")).toBeGreaterThan(0);
  const result = cardCheck.response.validate({ [status.field]: CLAIMED }, { strict: true });
  const issue = result.ok ? undefined : result.errors.find((e) => e.path === `/${status.field}`);
  const named = /\((.+)\)$/.exec(issue?.message ?? "")?.[1] ?? "";
  expect(named.startsWith("99")).toBe(true);
  const said = claimedText({ statusCode: CLAIMED, statusMessage: null }, status, cardCheck.response.fields, {
    [status.field]: CLAIMED,
  });
  expect(said).toBe(` (it claims a status its field does not list (${named}), a string of 16 characters)`);
});
