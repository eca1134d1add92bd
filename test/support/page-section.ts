// A section of a generated reference page, for tests that read what one part
// of the page says.
import MarkdownIt from "markdown-it";

/** The text of a page's section under the heading that starts with `title`, up to the next heading of its level; "" where there is none. */
export function pageSection(page: string, title: string): string {
  const tokens = new MarkdownIt().parse(page, {});
  const start = tokens.findIndex((t, i) => t.type === "heading_open" && tokens[i + 1]?.content.startsWith(title));
  if (start < 0) return "";
  const level = tokens[start]?.tag;
  const end = tokens.findIndex((t, i) => i > start && t.type === "heading_open" && t.tag === level);
  return tokens
    .slice(start, end < 0 ? undefined : end)
    .map((t) => t.content)
    .join("\n");
}
