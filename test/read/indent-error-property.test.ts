// Documents drawn as nested mappings (scalars, lists, block scalars, flow
// mappings, comments and trailing spaces among their lines), written at an
// indentation of 2 to 4 columns: as written, no error; with one line moved a
// column, one error, at that line, naming the line and column of the first
// item of its collection. The lines moved: a key a column short of its
// siblings (holding a mapping or a value on its line); a key a column past
// them after a key with its value on its line, or holding a mapping after
// one where that column is nearer theirs than the previous one's children's;
// the file's first key (said at the next key of the file); a list's second
// item a column short, or a column past, which is valid YAML that reads it as
// text of the first (after a comment, the parser's error). A blank line or a
// comment (at the line's start, the siblings' column or deeper) just above
// the line moved changes nothing but the line said.
import fc from "fast-check";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";
import { drawOf } from "../support/property-runs.js";
import { expectEqual } from "../support/quick-expect.js";

type Value = { map: [string, Value][] } | "scalar" | "list" | "block" | "flow";

const { value } = fc.letrec<{ value: Value; map: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<Value>("scalar", "list", "block", "flow"),
    tie("map"),
  ),
  map: fc
    .uniqueArray(fc.tuple(fc.constantFrom("a", "b", "c", "d", "e", "f"), tie("value")), {
      minLength: 1,
      maxLength: 4,
      selector: ([key]) => key,
    })
    .map((entries) => ({ map: entries })),
}));

/** A key after the first of its mapping: where it is written, its mapping's first key, what it and the one before hold. */
interface Key {
  readonly line: number;
  readonly column: number;
  readonly firstLine: number;
  readonly holds: Value;
  readonly after: Value;
}

/** A list's second item: its line and column, and its first item's line. */
interface Item {
  readonly line: number;
  readonly column: number;
  readonly firstLine: number;
}

/** The document's lines at `width` columns a level, and the keys that hold a mapping, not the first of theirs. */
function written(
  root: [string, Value][],
  width: number,
  comments: boolean,
  trailing: string,
  between: string | undefined,
): { lines: string[]; keys: Key[]; items: Item[] } {
  const lines: string[] = [];
  const keys: Key[] = [];
  const items: Item[] = [];
  const write = (entries: [string, Value][], column: number): void => {
    const pad = " ".repeat(column);
    let firstLine = -1;
    let previous: Value | undefined;
    for (const [key, held] of entries) {
      if (comments && previous !== undefined) lines.push(`${pad}# about ${key}`);
      if (firstLine < 0) firstLine = lines.length;
      else if (previous !== undefined)
        keys.push({ line: lines.length, column, firstLine, holds: held, after: previous });
      const inner = " ".repeat(column + width);
      if (held === "scalar") lines.push(`${pad}${key}: 1`);
      else if (held === "flow") lines.push(`${pad}${key}: {p: 1, q: two}`);
      else if (held === "list") {
        const gap = between === undefined ? [] : [between.replace("@", inner)];
        items.push({ line: lines.length + 2 + gap.length, column: column + width, firstLine: lines.length + 1 });
        lines.push(`${pad}${key}:`, `${inner}- one`, ...gap, `${inner}- two`);
      } else if (held === "block") lines.push(`${pad}${key}: |`, `${inner}note: text`, `${inner}  more`);
      else {
        lines.push(`${pad}${key}:${trailing}`);
        write(held.map, column + width);
      }
      previous = held;
    }
  };
  write(root, 0);
  return { lines, keys, items };
}

const printed = (text: string): string[] =>
  parseSpecFile({ relPath: "operations/x.yaml", displayPath: "x.yaml", kind: "operation", text }).diagnostics.map(
    formatDiagnostic,
  );

const draw = fc.record({
  root: value.filter((v): v is { map: [string, Value][] } => typeof v === "object"),
  width: fc.integer({ min: 2, max: 4 }),
  comments: fc.boolean(),
  trailing: fc.constantFrom("", "  "),
  // A line between a list's two items: none, a blank one, a comment at the line's start, the items' column or deeper.
  between: fc.constantFrom(undefined, undefined, "", "# between", "@# between", "@   # between"),
  // A line just above a key moved (the next key, for the file's first): the same, at its siblings' column.
  before: fc.constantFrom(undefined, undefined, "", "# before", "@# before", "@   # before"),
  which: fc.nat(),
  shift: fc.constantFrom(-1, 1),
  what: fc.constantFrom("key", "key", "key", "first", "item"),
});

const error = (line: number, column: number, words: string) =>
  `x.yaml:${line}:${column} error yaml-syntax invalid YAML: ${words}`;
const offColumn = (kind: string, line: number, column: number, first: number, firstColumn: number) =>
  error(
    line,
    column,
    `All ${kind} items must start at the same column: this item starts at column ${column}, the first of its ${kind} (line ${first}) at column ${firstColumn}`,
  );
const isValue = (held: Value): boolean => held === "scalar" || held === "flow";

/** The lines with one moved, and what is said of it; undefined when the draw has no such line. */
function slipped(
  lines: readonly string[],
  keys: readonly Key[],
  items: readonly Item[],
  {
    width,
    which,
    shift,
    what,
    between,
    before,
  }: {
    width: number;
    which: number;
    shift: number;
    what: string;
    between: string | undefined;
    before: string | undefined;
  },
): { moved: string[]; want: string; reached: string } | undefined {
  const move = (at: number, by: number) =>
    lines.map((line, i) => (i !== at ? line : by < 0 ? line.slice(1) : ` ${line}`));
  // The line `before` put above line `at` of `moved`, at `column` for a comment drawn indented: said as with none.
  const above = (moved: string[], at: number, column: number): string[] =>
    before === undefined ? moved : [...moved.slice(0, at), before.replace("@", " ".repeat(column)), ...moved.slice(at)];
  const after = before === undefined ? "" : " after a line";
  const shifted = before === undefined ? 0 : 1;
  if (what === "first") {
    // The file's first key a column right: said at the next key of the file's mapping.
    const next = keys.find((k) => k.column === 0);
    if (!next) return undefined;
    return {
      moved: above(move(0, 1), next.line, 0),
      want: offColumn("mapping", next.line + shifted + 1, 1, 1, 2),
      reached: `first key${after}`,
    };
  }
  if (what === "item") {
    const item = items[which % Math.max(1, items.length)];
    // A dash a column past is text after a blank line, as YAML reads it (item-run-on.test.ts), and after a comment
    // the parser's own error, which the reader names with both columns.
    if (!item || (shift > 0 && between === "")) return undefined;
    const column = item.column + shift + 1;
    const off = offColumn("sequence", item.line + 1, column, item.firstLine + 1, item.column + 1);
    const want =
      shift < 0 || between !== undefined
        ? off
        : `${off}; it is read as text of the item on line ${item.firstLine + 1} ("one - two")`;
    const reached = `item ${shift > 0 ? "past" : "short"}${between === undefined ? "" : " after a line"}`;
    return { moved: move(item.line, shift), want, reached };
  }
  // A column past: after a key with its value on its line, or after a mapping where that column is nearer its
  // siblings' than the previous one's children's (a width of 2 leaves it between the two). Past a list's items or
  // a block scalar's text, yaml reads the line as theirs.
  const movable = keys.filter((k) =>
    shift < 0
      ? k.column > 0 && (typeof k.holds === "object" || isValue(k.holds))
      : which % 3 === 0
        ? isValue(k.after)
        : width > 2 && typeof k.after === "object" && typeof k.holds === "object",
  );
  const key = movable[Math.floor(which / 3) % Math.max(1, movable.length)];
  if (!key) return undefined;
  const column = key.column + shift + 1;
  return {
    moved: above(move(key.line, shift), key.line, key.column),
    want: offColumn("mapping", key.line + shifted + 1, column, key.firstLine + 1, key.column + 1),
    reached: `${shift < 0 ? "key short" : isValue(key.after) ? "key past a value" : "key past a mapping"}${after}`,
  };
}

test("a document as written gives no error; one key or list item moved a column gives one error at it, naming its first sibling", () => {
  const reached: Record<string, number> = { valid: 0 };
  fc.assert(
    fc.property(draw, ({ root, width, comments, trailing, between, ...how }) => {
      const { lines, keys, items } = written(root.map, width, comments, trailing, between);
      // Compared first, expect called on a difference (quick-expect.ts): this runs for each draw.
      expectEqual(printed(`${lines.join("\n")}\n`), []);
      reached.valid = (reached.valid ?? 0) + 1;
      const slip = slipped(lines, keys, items, { width, between, ...how });
      if (!slip) return;
      expectEqual(printed(`${slip.moved.join("\n")}\n`), [slip.want], slip.moved.join("\n"));
      reached[slip.reached] = (reached[slip.reached] ?? 0) + 1;
    }),
    drawOf(800, 8000),
  );
  expect(Object.keys(reached).sort()).toEqual(
    [
      "valid",
      "first key",
      "item short",
      "item short after a line",
      "item past",
      "item past after a line",
      "first key after a line",
      "key short after a line",
      "key past a value after a line",
      "key past a mapping after a line",
      "key short",
      "key past a value",
      "key past a mapping",
    ].sort(),
  );
  for (const [what, count] of Object.entries(reached)) expect(count, what).toBeGreaterThan(5);
});
