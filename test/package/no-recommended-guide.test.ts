// Which operations recommend no interface version is the spec's to say (an
// operation file without `interfaceVersion.recommended`), and the registry
// and the reference index show it: the users' guide says what a call of such
// an operation needs once, and names none of them, so that a page that gives
// an operation its recommended version (walletInitialize's did) leaves the
// guide true.
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { guidePassage, referenceIndexRows, specOperationFacts } from "../support/operation-facts.js";

const inSpec = new Map([...specOperationFacts()].map(([name, facts]) => [name, facts.recommends]));

test("the registry and the reference index show which operations recommend no version, as the spec files say", () => {
  expect(inSpec.size).toBeGreaterThan(1);
  const index = referenceIndexRows();
  for (const [name, recommends] of inSpec) {
    const recommended = operations[name as keyof typeof operations].interfaceVersion.recommended;
    expect(recommended !== null, name).toBe(recommends);
    // The index's Interface column: the prefix, then the recommended version where there is one.
    expect((index.get(name)?.["Interface"] ?? "").split(" ").filter(Boolean).length, name).toBe(recommends ? 2 : 1);
  }
});

test("the guide's paragraph on an operation that recommends no version points to the registry and the index, naming no operation", () => {
  const paragraph = guidePassage("An operation with no documented recommended version");
  expect(paragraph).toContain("`operations.<name>.interfaceVersion.recommended` is null");
  expect(paragraph).toContain("(generated/docs/index.md)");
  // It named walletInitialize, which its page has since given IR_MB_3.0.
  for (const name of inSpec.keys()) expect(paragraph, name).not.toMatch(new RegExp(`\\b${name}\\b`));
});
