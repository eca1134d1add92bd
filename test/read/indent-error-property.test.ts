// Documents drawn as nested mappings (scalars, lists, block scalars, flow
// mappings, comments and trailing spaces among their lines), written at an
// indentation of 2 to 4 columns: as written, no error; with one key that
// holds a mapping moved a column short of its siblings, or a column past them
// where that column is nearer theirs than its previous sibling's children's,
// one error, at that key, naming its mapping's first key's line and column.
import fc from "fast-check";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";
import { drawOf } from "../support/property-runs.js";

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

/** A key that holds a mapping: where it is written and its mapping's first key. */
interface Key {
  readonly line: number;
  readonly column: number;
  readonly firstLine: number;
  readonly afterMap: boolean;
}

/** The document's lines at `width` columns a level, and the keys that hold a mapping, not the first of theirs. */
function written(
  root: [string, Value][],
  width: number,
  comments: boolean,
  trailing: string,
): { lines: string[]; keys: Key[] } {
  const lines: string[] = [];
  const keys: Key[] = [];
  const write = (entries: [string, Value][], column: number): void => {
    const pad = " ".repeat(column);
    let firstLine = -1;
    let previous: Value | undefined;
    for (const [key, held] of entries) {
      if (comments && previous !== undefined) lines.push(`${pad}# about ${key}`);
      if (firstLine < 0) firstLine = lines.length;
      else if (typeof held === "object")
        keys.push({ line: lines.length, column, firstLine, afterMap: typeof previous === "object" });
      const inner = " ".repeat(column + width);
      if (held === "scalar") lines.push(`${pad}${key}: 1`);
      else if (held === "flow") lines.push(`${pad}${key}: {p: 1, q: two}`);
      else if (held === "list") lines.push(`${pad}${key}:`, `${inner}- one`, `${inner}- two`);
      else if (held === "block") lines.push(`${pad}${key}: |`, `${inner}note: text`, `${inner}  more`);
      else {
        lines.push(`${pad}${key}:${trailing}`);
        write(held.map, column + width);
      }
      previous = held;
    }
  };
  write(root, 0);
  return { lines, keys };
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
  which: fc.nat(),
  shift: fc.constantFrom(-1, 1),
});

test("a document as written gives no error; one key moved a column gives one error at it, naming its first sibling", () => {
  const reached = { valid: 0, short: 0, past: 0 };
  fc.assert(
    fc.property(draw, ({ root, width, comments, trailing, which, shift }) => {
      const { lines, keys } = written(root.map, width, comments, trailing);
      expect(printed(`${lines.join("\n")}\n`)).toEqual([]);
      reached.valid++;
      // A column past: only where it is nearer its siblings' column than the previous one's children's (a width
      // of 2 leaves it between the two), and after a mapping (after a scalar, yaml reads a key of that one's).
      const movable = keys.filter((k) => (shift < 0 ? k.column > 0 : width > 2 && k.afterMap));
      if (movable.length === 0) return;
      const key = movable[which % movable.length] as Key;
      const moved = lines.map((line, i) => (i !== key.line ? line : shift < 0 ? line.slice(1) : ` ${line}`));
      const column = key.column + shift + 1;
      expect(printed(`${moved.join("\n")}\n`), moved.join("\n")).toEqual([
        `x.yaml:${key.line + 1}:${column} error yaml-syntax invalid YAML: All mapping items must start at the same column: this item starts at column ${column}, the first of its mapping (line ${key.firstLine + 1}) at column ${key.column + 1}`,
      ]);
      reached[shift < 0 ? "short" : "past"]++;
    }),
    drawOf(300, 3000),
  );
  for (const [what, count] of Object.entries(reached)) expect(count, what).toBeGreaterThan(20);
});
