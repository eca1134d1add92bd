// Where a YAML key starts with its tag and anchor: yaml's range of a node
// starts after them, and a diagnostic about a key points at the whole key as
// it is written (`!!str a`, `&k !!binary aGk=`, `!<tag:yaml.org,2002:str> a`).

/**
 * Where a key's text starts with its properties: the tags and anchors before
 * `offset`, the start of its value, which is where yaml's range starts. A key
 * of a block mapping is on one line, its properties with it; in a flow
 * collection they start after the `{`, `[` or `,` before them, which no anchor
 * or tag shorthand holds (in `{a: !!str, !!binary aGk=: x}`, `!!str,` is a value's).
 */
export function propsStart(text: string, offset: number): number {
  let start = offset;
  for (;;) {
    let end = start;
    while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
    const begin = propertyStart(text, end);
    if (begin === undefined) return start;
    start = begin;
  }
}

/** Where the tag or anchor that ends at `end` begins; undefined when what ends there is neither. */
function propertyStart(text: string, end: number): number | undefined {
  // A verbatim tag holds a URI, whose characters include `,`, `[` and `]`, but no blank, `<` or `>`.
  if (text[end - 1] === ">") {
    const open = text.lastIndexOf("!<", end - 2);
    if (open >= 0 && !VERBATIM_END.test(text.slice(open + 2, end - 1))) return open;
  }
  let begin = end;
  while (begin > 0 && !PROPS_END.test(text.charAt(begin - 1))) begin--;
  const word = text.slice(begin, end);
  return begin < end && (word.startsWith("!") || word.startsWith("&")) ? begin : undefined;
}

/** What ends the word of a tag shorthand or an anchor before it: a space, a line break or a flow indicator. */
const PROPS_END = /[\s,[\]{}]/;

/** What a verbatim tag's URI cannot hold. */
const VERBATIM_END = /[\s<>]/;
