// A reference page shows each field's values with the meanings they have for
// it: two fields of one operation that take one shared list each their own way
// (here both giving a value a meaning of their own, neither narrowing the list)
// have a section each, and each field's row links its own. The golden
// fixture's cardRefund, given a field of each message that words a value of the
// channel list its own way.
import path from "node:path";
import MarkdownIt from "markdown-it";
import { beforeAll, expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecFile } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";

const root = path.join(fixturesDir, "golden");

/** A field that takes the whole channel list, giving INTERNET the meaning `meaning`. */
const reworded = (meaning: string) =>
  [
    "    orderChannel:",
    "      presence: optional",
    '      since: "2.5"',
    "      valueList: channel",
    "      meanings:",
    `        INTERNET: ${meaning}`,
    "      description: Channel of the order.",
    "",
  ].join("\n");

const REQUEST_MEANING = "Internet, as the request words it";
const RESPONSE_MEANING = "Internet, as the response words it";

let page: string;

beforeAll(async () => {
  const input = await readSpecInput(path.join(root, "spec"), root);
  const files = input.files.map((file): SpecFile => {
    if (file.kind !== "operation" || !file.relPath.endsWith("cardRefund.yaml")) return file;
    const text = file.text
      .replace("    seal: { from: dictionary", `${reworded(REQUEST_MEANING)}    seal: { from: dictionary`)
      .replace("    statusCode:\n", `${reworded(RESPONSE_MEANING)}    statusCode:\n`);
    expect(text.split("orderChannel:").length).toBe(3);
    return { ...file, text };
  });
  const result = await generateFromInput({ ...input, files });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n"));
  page = result.files.find((f) => f.path === "docs/cardRefund.md")?.content ?? "";
});

/** The section a heading anchor leads to: its heading's text and the text of its table. */
function sections(markdown: string): Map<string, string> {
  const tokens = new MarkdownIt().parse(markdown, {});
  const out = new Map<string, string>();
  let current: string | null = null;
  tokens.forEach((token, i) => {
    if (token.type === "heading_open") {
      current = tokens[i + 1]?.content ?? "";
      out.set(current, "");
    } else if (current !== null && token.type === "inline") out.set(current, `${out.get(current)}\n${token.content}`);
  });
  return out;
}

test("each field's own meaning is in the section its row links", () => {
  const rows = page.split("\n").filter((line) => line.startsWith("| `orderChannel` |"));
  expect(rows).toHaveLength(2);
  const linked = rows.map((row) => /\[([^\]]+)\]\(#/.exec(row)?.[1] ?? "");
  const byHeading = sections(page);
  expect(byHeading.get(linked[0] ?? "")).toContain(REQUEST_MEANING);
  expect(byHeading.get(linked[1] ?? "")).toContain(RESPONSE_MEANING);
  expect(new Set(linked).size).toBe(2);
});
