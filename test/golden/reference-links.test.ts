// The links of the reference pages, as a Markdown viewer follows them: each
// relative link reaches a generated file, and its fragment a heading of that
// page (as GitHub makes anchors: lower case, punctuation left out, spaces as
// hyphens, a repeated one numbered); and an operation's page links every JSON
// Schema of its messages. Held on the repository's output and on the golden
// fixture's.
import path from "node:path";
import MarkdownIt from "markdown-it";
import { describe, expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/index.js";
import { generateGoldenSpec, generateRepoSpec } from "../support/generate.js";

const markdown = new MarkdownIt();

/** The anchors of a page's headings, as GitHub makes them. */
function anchorsOf(page: string): Set<string> {
  const tokens = markdown.parse(page, {});
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.type !== "heading_open") return;
    const text = (tokens[i + 1]?.children ?? []).map((c) => c.content).join("");
    const anchor = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, "")
      .replace(/ /g, "-");
    const n = seen.get(anchor) ?? 0;
    seen.set(anchor, n + 1);
    anchors.add(n === 0 ? anchor : `${anchor}-${n}`);
  });
  return anchors;
}

/** Every link of a page that is not to the web: its destination, resolved from the page's folder, and its fragment. */
function relativeLinks(file: GeneratedFile): { target: string; fragment: string | null; href: string }[] {
  return markdown.parse(file.content, {}).flatMap((token) =>
    (token.children ?? []).flatMap((child) => {
      const given = child.type === "link_open" ? child.attrGet("href") : null;
      const href = given === null ? null : String(given);
      if (href === null || /^[a-z]+:/i.test(href)) return [];
      const [name = "", fragment] = href.split("#");
      const target = name === "" ? file.path : path.posix.join(path.posix.dirname(file.path), decodeURI(name));
      return [{ target, fragment: fragment ?? null, href }];
    }),
  );
}

const outputs = [
  { label: "repository", files: async () => (await generateRepoSpec()).files },
  { label: "golden fixture", files: async () => (await generateGoldenSpec()).files },
];

describe.each(outputs)("$label", ({ files: filesOf }) => {
  test("every relative link of the reference pages reaches a generated file, and a heading of it", async () => {
    const files = await filesOf();
    const byPath = new Map(files.map((f) => [f.path, f]));
    const pages = files.filter((f) => f.path.startsWith("docs/") && f.path.endsWith(".md"));
    // Each page's anchors worked out once: a page's rows link the same few pages' headings again and again.
    const anchors = new Map<GeneratedFile, Set<string>>();
    const anchorsIn = (file: GeneratedFile): Set<string> => {
      let found = anchors.get(file);
      if (!found) anchors.set(file, (found = anchorsOf(file.content)));
      return found;
    };
    let links = 0;
    for (const page of pages) {
      for (const { target, fragment, href } of relativeLinks(page)) {
        links++;
        const reached = byPath.get(target);
        // Compared first: expect is called only where a link fails (test/support/quick-expect.ts).
        if (reached === undefined) expect(reached, `${page.path}: ${href}`).toBeDefined();
        if (fragment !== null && reached && !anchorsIn(reached).has(fragment))
          expect(anchorsIn(reached), `${page.path}: ${href}`).toContain(fragment);
      }
    }
    expect(links).toBeGreaterThan(pages.length);
  });

  test("an operation's page links each JSON Schema of its messages", async () => {
    const files = await filesOf();
    const schemas = files.filter((f) => f.path.startsWith("schemas/"));
    expect(schemas.length).toBeGreaterThan(0);
    for (const schema of schemas) {
      const operation = path.posix.basename(schema.path).split(".")[0] ?? "";
      const page = files.find((f) => f.path === `docs/${operation}.md`);
      expect(page, schema.path).toBeDefined();
      const targets = page ? relativeLinks(page).map((l) => l.target) : [];
      expect(targets, `docs/${operation}.md`).toContain(schema.path);
    }
  });
});
