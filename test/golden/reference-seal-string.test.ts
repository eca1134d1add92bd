// The reference page's sealing string of a message: its fields in sealing
// order, or, where the spec holds no field of the message but those the seal
// rule leaves out (a response whose saved facts stop before its page's
// fields, the seal alone), an empty string said so, not an empty list.
import { expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { edited, goldenInput, OP, textOf } from "../support/golden-changes.js";

const SEAL_ONLY = "operations/office/cardStatus.yaml";
const cardStatus = textOf(goldenInput, OP.replace("cardCheck", "cardRefund"))
  .replace("operation: cardRefund", "operation: cardStatus")
  .replaceAll("/cardRefund", "/cardStatus")
  .replace(/status:\n(?: {2}.*\n)+/, "")
  .replace(/response:\n[\s\S]*$/, 'response:\n  fields:\n    seal: { from: dictionary, since: "2.0" }\n');

async function sealingLines(): Promise<string[]> {
  const result = await generateFromInput(edited(goldenInput, [], { [SEAL_ONLY]: cardStatus }));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n"));
  const page = result.files.find((f) => f.path === "docs/cardStatus.md")?.content ?? "";
  return page.split("\n").filter((line) => line.startsWith("Sealing string:"));
}

test("a message with fields to seal lists them; one with none says its sealing string is empty", async () => {
  const [request, response] = await sealingLines();
  expect(request).toMatch(/^Sealing string: the values of `\w+`(, `\w+`)*, in that order/);
  expect(response).toMatch(
    /^Sealing string: empty, every field the spec holds of this message being left out: `seal`\./,
  );
  expect(response).not.toContain("the values of ,");
});

test("the fields a sealing string leaves out are those the message has, in the page and the docs", async () => {
  // cardRefund's request, which cardStatus copies, has sealAlgorithm and no keyVersion.
  const result = await generateFromInput(edited(goldenInput, [], { [SEAL_ONLY]: cardStatus }));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const fileOf = (p: string) => result.files.find((f) => f.path === p)?.content ?? "";
  const request = fileOf("docs/cardStatus.md")
    .split("\n")
    .find((line) => line.startsWith("Sealing string:"));
  expect(request).toContain("; left out: `seal`, `sealAlgorithm`.");
  expect(request).not.toContain("keyVersion");
  expect(fileOf("operations/cardStatus/seal.ts")).toContain(
    "in sealing order: by name, in code-point order. Left out: `seal`, `sealAlgorithm`.\n",
  );
});
