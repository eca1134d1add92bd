// The Markdown an operation's templates render is canonical as rendered: the
// canonical form (canonical-text.ts) looks at it and gives it back, rather
// than walk it by character to drop blanks and runs of blank lines that a
// template left (every page of a first run of a thousand operations did).
import { expect, test } from "vitest";
import { canonicalMarkdown } from "../../generator/emit/canonical-text.js";
import { emitOperation } from "../../generator/emit/registry.js";
import { emitters } from "../../generator/index.js";
import { generateGoldenSpec } from "../support/generate.js";

test("each operation's Markdown files, value lists with a description and without, are canonical as the templates render them", async () => {
  const { model } = await generateGoldenSpec();
  const pages: string[] = [];
  for (const operation of model.operations)
    for (const file of emitOperation({ operation, platform: model.platform }, emitters))
      if (file.language === "markdown" && typeof file.content === "string") {
        expect(canonicalMarkdown(file.content), file.path).toBe(file.content);
        pages.push(file.content);
      }
  expect(pages.some((page) => page.includes("## Value lists"))).toBe(true);
});
