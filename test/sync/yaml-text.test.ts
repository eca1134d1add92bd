// In-place YAML edits: given a text and an edit, want exactly this text.
import { expect, test } from "vitest";
import { parse } from "yaml";
import { FlowList, type YamlValue } from "../../generator/rules/yaml-render.js";
import { YamlEditor } from "../../generator/sync/yaml-text.js";

const op = `# a comment that stays
request:
  fields:
    a: { from: dictionary, presence: required, since: "2.37" } # trailing
    b: { from: dictionary, since: "2.37" }
    c:
      presence: optional
      since: "2.0"
      description: >-
        A long description folded
        over two lines.

response:
  fields:
    seal: { from: dictionary, presence: required, since: "1.0" }
`;

const cases: { name: string; edit: (e: YamlEditor) => void; want: (text: string) => string }[] = [
  {
    name: "a value in a flow mapping",
    edit: (e) => e.set(["request", "fields", "a", "presence"], "optional"),
    want: (t) => t.replace("a: { from: dictionary, presence: required", "a: { from: dictionary, presence: optional"),
  },
  {
    name: "a key added to a flow mapping",
    edit: (e) => e.set(["request", "fields", "b", "presence"], "optional"),
    want: (t) =>
      t.replace('b: { from: dictionary, since: "2.37" }', 'b: { from: dictionary, since: "2.37", presence: optional }'),
  },
  {
    name: "a quoted version",
    edit: (e) => e.set(["request", "fields", "c", "since"], "2.60", { quote: true }),
    want: (t) => t.replace('since: "2.0"', 'since: "2.60"'),
  },
  {
    name: "a folded block replaced by one line",
    edit: (e) => e.set(["request", "fields", "c", "description"], "Short."),
    want: (t) => t.replace(">-\n        A long description folded\n        over two lines.\n", "Short.\n"),
  },
  {
    name: "a field added after another, in flow style",
    edit: (e) =>
      e.insert(["request", "fields"], "d", { from: "dictionary", presence: "optional", since: "2.60" }, "b", {
        flow: true,
      }),
    want: (t) =>
      t.replace(
        'b: { from: dictionary, since: "2.37" }\n',
        'b: { from: dictionary, since: "2.37" }\n    d: { from: dictionary, presence: optional, since: "2.60" }\n',
      ),
  },
  {
    name: "a block field added at the end, before the blank line",
    edit: (e) => e.insert(["request", "fields"], "e", { presence: "optional", description: "E: with a colon." }, "c"),
    want: (t) =>
      t.replace(
        "        over two lines.\n",
        '        over two lines.\n    e:\n      presence: optional\n      description: "E: with a colon."\n',
      ),
  },
  {
    name: "a field removed with all its lines",
    edit: (e) => e.remove(["request", "fields"], "c"),
    want: (t) => t.replace(/ {4}c:\n[\s\S]*over two lines\.\n/, ""),
  },
  {
    name: "a key that needs quotes, added first",
    edit: (e) => e.insert(["response", "fields"], "00", { meaning: ["one", "two"] }, null),
    want: (t) =>
      t.replace(
        "  fields:\n    seal:",
        '  fields:\n    "00":\n      meaning:\n        - one\n        - two\n    seal:',
      ),
  },
  {
    name: "a scalar that becomes a list, and a list that becomes a scalar",
    edit: (e) => {
      e.set(["request", "fields", "c", "presence"], ["one", "two"]);
      e.set(["request", "fields", "c", "description"], "Short.");
    },
    want: (t) =>
      t
        .replace("      presence: optional\n", "      presence:\n        - one\n        - two\n")
        .replace(">-\n        A long description folded\n        over two lines.\n", "Short.\n"),
  },
];

test.each([
  {
    where: "in a block mapping",
    field: "c",
    from: '      since: "2.0"\n',
    written: "      since: '2.0'\n",
    want: "      since: '2.60'\n",
  },
  {
    where: "in a flow mapping",
    field: "a",
    from: 'since: "2.37" } # trailing',
    written: "since: '2.37' } # trailing",
    want: "since: '2.60' } # trailing",
  },
])("a version written in single quotes stays so $where", ({ field, from, written, want }) => {
  const text = op.replace(from, written);
  const editor = new YamlEditor(text);
  editor.set(["request", "fields", field, "since"], "2.60", { quote: true });
  expect(editor.result()).toBe(text.replace(written, want));
});

test.each(cases)("$name", ({ edit, want }) => {
  const editor = new YamlEditor(op);
  edit(editor);
  expect(editor.result()).toBe(want(op));
});

test("no edit gives the text back byte for byte", () => {
  expect(new YamlEditor(op).result()).toBe(op);
});

test("a list that becomes one text, and back", () => {
  const text = "a:\n  meaning:\n    - x\n    - y\nb: c\n";
  const toText = new YamlEditor(text);
  toText.set(["a", "meaning"], "z");
  expect(toText.result()).toBe("a:\n  meaning: z\nb: c\n");
  const toList = new YamlEditor("a:\n  meaning: z\nb: c\n");
  toList.set(["a", "meaning"], ["x", "y"]);
  expect(toList.result()).toBe(text);
});

test.each([
  {
    name: "a block replaced by a block",
    value: new Map<string, YamlValue>([
      ["00", []],
      ["01", "Two"],
    ]),
    want: 'm:\n  meanings: # why they are empty\n    "00": []\n    "01": Two\nb: c\n',
  },
  {
    name: "a block replaced by one line",
    value: "One.",
    want: "m:\n  meanings: One. # why they are empty\nb: c\n",
  },
  {
    // Without it: the comment written after the text's last line, read back as part of the text.
    name: "a block replaced by a text of lines",
    value: "One.\nTwo.",
    want: "m:\n  meanings: |- # why they are empty\n    One.\n    Two.\nb: c\n",
  },
  {
    name: "a block replaced by a folded text",
    value: `${"word ".repeat(24)}end.`,
    want: `m:\n  meanings: >- # why they are empty\n    ${"word ".repeat(17).trim()}\n    ${"word ".repeat(7)}end.\nb: c\n`,
  },
])("the comment on a key's line stays with its key: $name", ({ value, want }) => {
  const text = 'm:\n  meanings: # why they are empty\n    "00": []\nb: c\n';
  const editor = new YamlEditor(text);
  editor.set(["m", "meanings"], value);
  expect(editor.result()).toBe(want);
  // The value reads back as written, the comment no part of it.
  expect((parse(editor.result()) as { m: { meanings: unknown } }).m.meanings).toEqual(
    value instanceof Map ? Object.fromEntries(value) : value,
  );
});

/** Every order of `items`. */
const orders = <T>(items: readonly T[]): T[][] =>
  items.length <= 1
    ? [[...items]]
    : items.flatMap((x, i) => orders(items.filter((_, j) => j !== i)).map((o) => [x, ...o]));

test.each([
  {
    name: "ranked insertions into a block mapping with blank lines between entries",
    text: "lists:\n  b:\n    x: 1\n\n  d:\n    x: 1\n\nafter: 1\n",
    path: ["lists"],
  },
  { name: "ranked insertions into a mapping on one line", text: 'f: { b: "1", d: "1" }\n', path: ["f"] },
  { name: "ranked insertions into an empty-ish block mapping", text: "m:\n  c: 1\n", path: ["m"] },
  { name: "ranked insertions into an empty mapping on one line", text: "f: {}\n", path: ["f"] },
  { name: "ranked insertions into an empty mapping on one line, with space", text: "f: {  }\n", path: ["f"] },
])("$name: the same text in every order, in one run or one per run", ({ text, path }) => {
  const keys = ["e", "a", "c2", "00", "b1"];
  const results = new Set<string>();
  for (const order of orders(keys)) {
    const once = new YamlEditor(text);
    for (const key of order) once.insertRanked(path, key, "v", (k) => k);
    results.add(once.result());
    let stepwise = text;
    for (const key of order) {
      const editor = new YamlEditor(stepwise);
      editor.insertRanked(path, key, "v", (k) => k);
      stepwise = editor.result();
    }
    results.add(stepwise);
  }
  expect(results.size, [...results].join("\n---\n")).toBe(1);
});

test.each([
  { name: "one entry", text: "m: { x: 1 }\n", want: "m: { x: 1, y: v }\n" },
  { name: "no entry", text: "m: {}\n", want: "m: { y: v }\n" },
  { name: "no entry but a space", text: "m: {  }\n", want: "m: { y: v }\n" },
])("a key added at the end of a flow mapping of $name, plainly and by rank", ({ text, want }) => {
  const plain = new YamlEditor(text);
  plain.insert(["m"], "y", "v", "x");
  const ranked = new YamlEditor(text);
  ranked.insertRanked(["m"], "y", "v", (k) => k);
  expect([plain.result(), ranked.result()]).toEqual([want, want]);
});

test.each([
  { name: "no entry", text: "m: {}\n" },
  { name: "no entry but a space", text: "m: {  }\n" },
])(
  "keys added to a flow mapping of $name in one run: commas between, plainly in the order asked, by rank in theirs",
  ({ text }) => {
    const plain = new YamlEditor(text);
    for (const key of ["y", "x", "z"]) plain.insert(["m"], key, "v", null);
    const ranked = new YamlEditor(text);
    for (const key of ["y", "x", "z"]) ranked.insertRanked(["m"], key, "v", (k) => k);
    expect([plain.result(), ranked.result()]).toEqual(["m: { y: v, x: v, z: v }\n", "m: { x: v, y: v, z: v }\n"]);
  },
);

// Fields in groups: a comment over one field, a comment heading two, one between blank lines.
const grouped = `fields:
  # The shop.
  merchantId: { from: dictionary }
  # The card.
  cardNumber: { presence: required }
  cardExpiry:
    presence: optional

  # Kept for older shops.
  oldField: { presence: optional }

  seal: { from: dictionary }
`;

// Comments that say which fields they speak of, over groups without blank lines.
const named = `request:
  # Every request carries interfaceVersion and seal.
  interfaceVersion: { from: dictionary }
  seal: { from: dictionary }
  amount: { from: dictionary }
response:
  # Every response carries its seal.
  seal: { from: dictionary }
  publicKeyValue: { from: dictionary }
`;

test.each<{ name: string; text?: string; path?: string[]; remove: string[]; want: string }>([
  {
    name: "a comment over the field alone goes with it",
    remove: ["merchantId"],
    want: grouped.replace("  # The shop.\n  merchantId: { from: dictionary }\n", ""),
  },
  {
    name: "a comment heading a group stays while the group has a field",
    remove: ["cardNumber"],
    want: grouped.replace("  cardNumber: { presence: required }\n", ""),
  },
  {
    name: "a field under a group's comment, not the first",
    remove: ["cardExpiry"],
    want: grouped.replace("  cardExpiry:\n    presence: optional\n", ""),
  },
  {
    name: "a group's comment goes with its last field",
    remove: ["cardExpiry", "cardNumber"],
    want: grouped.replace(
      "  # The card.\n  cardNumber: { presence: required }\n  cardExpiry:\n    presence: optional\n",
      "",
    ),
  },
  {
    name: "a field between blank lines takes its comment and one of them",
    remove: ["oldField"],
    want: grouped.replace("\n  # Kept for older shops.\n  oldField: { presence: optional }\n", ""),
  },
  {
    name: "a comment that names the field, and no other of its group, goes with it",
    text: named,
    path: ["response"],
    remove: ["seal"],
    want: named.replace("  # Every response carries its seal.\n  seal: { from: dictionary }\n", ""),
  },
  {
    name: "a comment that names others of its group stays",
    text: named,
    path: ["request"],
    remove: ["interfaceVersion"],
    want: named.replace("  interfaceVersion: { from: dictionary }\n", ""),
  },
])("a field removed from a block mapping: $name", ({ text = grouped, path = ["fields"], remove, want }) => {
  const editor = new YamlEditor(text);
  for (const key of remove) editor.remove(path, key);
  expect(editor.result()).toBe(want);
});

test("a list of values too long for a line is written one value a line; a short one stays on its line", () => {
  const text = "f:\n  code:\n    since: undocumented\n";
  const codes = Array.from({ length: 40 }, (_, i) => String(i * 7).padStart(3, "0"));
  // Without it: one line of some 300 characters, where a release that drops one value changes the whole line.
  const long = new YamlEditor(text);
  long.set(["f", "code", "values"], new FlowList(codes));
  expect(long.result()).toBe(
    `f:\n  code:\n    since: undocumented\n    values:\n${codes.map((c) => `      - "${c}"\n`).join("")}`,
  );
  expect((parse(long.result()) as { f: { code: { values: string[] } } }).f.code.values).toEqual(codes);
  // A comment after the list on its key's line stays on that line. Without it: on the last value's line.
  const commented = new YamlEditor('f:\n  code:\n    values: ["00"] # the page lists one\n    since: "2.0"\n');
  commented.set(["f", "code", "values"], new FlowList(codes));
  expect(commented.result()).toBe(
    `f:\n  code:\n    values: # the page lists one\n${codes.map((c) => `      - "${c}"\n`).join("")}    since: "2.0"\n`,
  );
  const short = new YamlEditor(text);
  short.set(["f", "code", "values"], new FlowList(["00", "30"]));
  expect(short.result()).toBe(`${text}    values: ["00", "30"]\n`);
});
