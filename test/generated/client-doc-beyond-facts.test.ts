// Where a request's saved facts stop, a field of its page beyond them goes in `beyondFacts`; given among the other
// fields it does not compile, and the compiler's "did you mean" names a known field. The doc comment an editor shows
// for the call, on createClient's method and on the operation's own function, says where it goes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { operations, type OperationName } from "../../generated/index.js";
import { generatedDir } from "../support/paths.js";

const names = Object.keys(operations) as OperationName[];
const clientText = readFileSync(path.join(generatedDir, "client.ts"), "utf8");

/** The `@param fields` line of the doc comment right before `declaration` in `text`. */
function fieldsParam(text: string, declaration: string): string | undefined {
  const at = text.indexOf(declaration);
  if (at < 0) return undefined;
  const doc = text.slice(text.lastIndexOf("/**", at), at);
  return /@param fields (.*)/.exec(doc)?.[1];
}

const capitalized = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

test("the real spec has operations whose request's facts stop and operations whose do not", () => {
  expect(names.some((name) => operations[name].request.factsStop !== null)).toBe(true);
  expect(names.some((name) => operations[name].request.factsStop === null)).toBe(true);
});

test.each(names)("%s: the call's doc says where fields beyond the facts go, where its request's facts stop", (name) => {
  const stops = operations[name].request.factsStop !== null;
  const own = readFileSync(path.join(generatedDir, "operations", name, "client.ts"), "utf8");
  const docs = [
    fieldsParam(clientText, `\n  ${name}(`),
    fieldsParam(own, `export function call${capitalized(name)}(`),
  ];
  for (const doc of docs) {
    expect(doc).toBeDefined();
    expect(doc?.includes("`beyondFacts`")).toBe(stops);
  }
});
