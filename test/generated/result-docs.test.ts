// The results and errors a user's code reads, as an editor shows them: each
// property (but the `ok` that tells success from failure) has a doc comment,
// which a hover over `error.status` or `result.warnings` shows. A property
// without one showed its type alone, the meaning being in a comment on its
// member of the union, which no hover over the property reaches.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ts as Ts } from "ts-morph";
import { expect, test } from "vitest";
import { repoRoot } from "../support/paths.js";
import { ts } from "../support/ts-api.js";

/** The types read by code handling a result, by the shipped runtime file that declares them. */
const READ_TYPES: Readonly<Record<string, readonly string[]>> = {
  "client.ts": ["ClientResult"],
  "client-error.ts": ["ClientError", "ClaimedStatus"],
  "validation-types.ts": ["ValidationResult", "ValidationIssue"],
  "paypage-response-result.ts": ["PaypageResponseResult", "PaypageResponseError", "PaypageSealFacts"],
  "paypage-issue.ts": ["PaypageIssue"],
  "paypage-request.ts": ["PaypageFormResult", "PaypageRequestError", "PaypageForm", "PaypageFormField"],
  "paypage-redirection.ts": ["PaypageRedirectionResult", "PaypageRedirectionError"],
};

/** `Type.property` for each property of the named types, in every member of a union, without a doc comment. */
function undocumented(file: string, names: readonly string[]): string[] {
  const text = readFileSync(path.join(repoRoot, "generated", "runtime", file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const missing: string[] = [];
  const found = new Set<string>();
  const visit = (node: Ts.Node, owner: string) => {
    if (ts.isPropertySignature(node)) {
      const name = node.name.getText(source);
      const docs = (node as { jsDoc?: readonly unknown[] }).jsDoc ?? [];
      if (name !== "ok" && docs.length === 0) missing.push(`${owner}.${name}`);
    }
    ts.forEachChild(node, (child) => visit(child, owner));
  };
  for (const statement of source.statements)
    if ((ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) && names.includes(statement.name.text)) {
      found.add(statement.name.text);
      visit(statement, statement.name.text);
    }
  expect([...found].sort()).toEqual([...names].sort());
  return missing;
}

test("every property of the results and errors a user reads has a doc comment for an editor's hover", () => {
  const missing = Object.entries(READ_TYPES).flatMap(([file, names]) => undocumented(file, names));
  expect(missing).toEqual([]);
});
