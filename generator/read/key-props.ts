// Where a YAML key starts with its tag and anchor: yaml's range of a node
// starts after them, and a diagnostic about a key points at the whole key as
// it is written (`!!str a`, `&k !!binary aGk=`).

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
    let begin = end;
    while (begin > 0 && !PROPS_END.test(text.charAt(begin - 1))) begin--;
    const word = text.slice(begin, end);
    if (begin === end || !(word.startsWith("!") || word.startsWith("&"))) return start;
    start = begin;
  }
}

/** What ends the word of a tag or an anchor before it: a space, a line break or a flow indicator. */
const PROPS_END = /[\s,[\]{}]/;
