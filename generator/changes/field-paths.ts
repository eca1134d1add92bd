// The fields of one message on a line of the Markdown report, as code spans.
// Fields in one container side by side say its path once:
// `/means/-/{kind, label}`, where each repeated it (`/means/-/kind`,
// `/means/-/label`). The JSON gives each field's path whole.

import { codeSpan } from "../emit/markdown-escape.js";

/** The container's path and the field's own token: "/a/-" and "b" of "/a/-/b"; "" of a top-level field. */
const parentOf = (pointer: string): readonly [string, string] => {
  const at = pointer.lastIndexOf("/");
  return [pointer.slice(0, at), pointer.slice(at + 1)];
};

// A token with a brace, a comma or a space would read as part of the braces' list: such fields keep their paths.
const listable = (token: string): boolean => !/[{},\s]/u.test(token);

/** `pointers` (JSON Pointers, in their order) as the line gives them, joined by ", ". */
export function fieldPathsText(pointers: readonly string[]): string {
  const runs: { parent: string; tokens: string[] }[] = [];
  for (const pointer of pointers) {
    const [parent, token] = parentOf(pointer);
    const last = runs.at(-1);
    if (last?.parent === parent && parent !== "" && listable(token) && last.tokens.every(listable))
      last.tokens.push(token);
    else runs.push({ parent, tokens: [token] });
  }
  return runs
    .map(({ parent, tokens }) =>
      codeSpan(tokens.length === 1 ? `${parent}/${tokens[0]}` : `${parent}/{${tokens.join(", ")}}`),
    )
    .join(", ");
}
