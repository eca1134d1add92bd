// Writes a synthetic spec of N operations for the generation benchmarks: the
// real spec's platform file and dictionary, and its operations cloned under new
// names and endpoints, each copy's own fields under names of its own and the
// containers shared through the dictionary, so that the spec is as clean as the
// real one (no field written out twice). Not committed: the benchmark makes
// them in a temp folder.
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMap, isPair, isScalar, parseDocument, visit, type Pair, type Scalar, type YAMLMap } from "yaml";

const specDir = fileURLToPath(new URL("../spec/", import.meta.url));

export async function makeSyntheticSpec(count: number, target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const entry of ["sips.yaml", "dictionary", "schema", "sources"]) {
    await cp(path.join(specDir, entry), path.join(target, entry), { recursive: true });
  }
  const sources: { rel: string; name: string; text: string; own: ReadonlySet<string> }[] = [];
  const shared: string[] = [];
  for (const rel of (await readdir(path.join(specDir, "operations"), { recursive: true })).map(String).sort()) {
    if (!rel.endsWith(".yaml")) continue;
    const text = await readFile(path.join(specDir, "operations", rel), "utf8");
    const name = /^operation: (\w+)$/m.exec(text)?.[1];
    if (!name) continue;
    const moved = containersToDictionary(text, shared);
    sources.push({ rel, name, text: moved, own: ownNames(moved) });
  }
  await titledAfterNoFamily(target, sources);
  if (shared.length > 0) {
    const dictionary = path.join(target, "dictionary", "fields.yaml");
    await writeFile(dictionary, `${(await readFile(dictionary, "utf8")).trimEnd()}\n${shared.join("")}`);
  }
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    if (!source) break;
    const name = `${source.name}${String(i).padStart(4, "0")}`;
    const text = distinctEndpoints(
      ownNamesApart(source.text, source.own, String(i))
        .replaceAll(source.name, name)
        .replace(`sources/${name}.page.txt`, `sources/${source.name}.page.txt`)
        // A callback's name is its type's name too: one per copy (its page stays the one page).
        .replace(/^(callback:\n {2}name: )(\w+)$/m, (_, head: string, callback: string) => `${head}${callback}${i}`)
        // The POST form builder is named after the family (paypagePostForm): one family per copy that has one,
        // its digits apart (Paypage 0-0-8-8), so that no copy's family is a slip of another's (a digit more or
        // left out, two swapped), which generate would warn of, reading each such file again to place it.
        .replace(/^family: (.+)$/m, (line, family: string) =>
          /^ {4}post: /m.test(source.text) ? `family: ${family} ${[...String(i).padStart(4, "0")].join("-")}` : line,
        ),
      name,
    );
    const file = path.join(target, "operations", path.dirname(source.rel), `${name}.yaml`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

/**
 * The response pages the callbacks cite, titled after no family: each copy of an operation with a POST address
 * has a family of its own (below), and its callback cites the one page, whose title names the family copied
 * ("... Paypage et InApp"), which generate refuses as another family's response (page-other-operation).
 */
async function titledAfterNoFamily(target: string, sources: readonly { text: string }[]): Promise<void> {
  const bare = (word: string): string => word.toLowerCase().replace(/[^a-z0-9]+/g, "");
  const families = new Set(sources.flatMap(({ text }) => /^family: (.+)$/m.exec(text)?.[1] ?? []).map(bare));
  const pages = new Set(
    sources.flatMap(({ text }) => /^callback:\n(?: {2,}.*\n)*? {4}page: (\S+)$/m.exec(text)?.[1] ?? []),
  );
  for (const page of pages) {
    const file = path.join(target, page);
    const [title = "", ...rest] = (await readFile(file, "utf8")).split("\n");
    const words = title.split(/\s+/).filter((word) => !families.has(bare(word)));
    await writeFile(file, [words.join(" "), ...rest].join("\n"));
  }
}

/**
 * The fields an operation writes out (not `from: dictionary`), read once: each
 * copy gives them names of its own (ownNamesApart).
 */
function ownNames(text: string): ReadonlySet<string> {
  const names = new Set<string>();
  eachField(text, (key, field) => {
    if (!field.has("from") && !holdsFields(field)) names.add(key);
  });
  return names;
}

/**
 * The fields a copy writes out under names of its own: one name is one field,
 * and a spec that wrote a field out in two operations would be warned of it
 * (`field-written-twice`) at every copy. A real spec of many operations takes
 * what they share from its dictionary.
 */
function ownNamesApart(text: string, names: ReadonlySet<string>, suffix: string): string {
  let out = text;
  for (const name of names) {
    out = out
      .replace(new RegExp(`^( +)${name}:`, "gm"), `$1${name}${suffix}:`)
      .replace(new RegExp(`^( +(?:after|field): )${name}$`, "gm"), `$1${name}${suffix}`);
  }
  return out;
}

/**
 * The containers an operation writes out, moved to the dictionary (their
 * blocks appended to `shared`, at the dictionary's indent, without the
 * operation's presence and version) and taken from it: every copy of the
 * operation shares them, as the operations of a real spec share theirs.
 */
function containersToDictionary(text: string, shared: string[]): string {
  const moves: { start: number; end: number; key: string; line: string }[] = [];
  eachField(text, (key, field, pair) => {
    if (field.has("from") || !holdsFields(field)) return;
    const start = text.lastIndexOf("\n", pair.key.range?.[0] ?? 0) + 1;
    const end = field.range?.[1] ?? start;
    const indent = (pair.key.range?.[0] ?? start) - start;
    const usage = ["presence", "since"].filter((k) => field.has(k)).map((k) => `, ${k}: ${String(field.get(k))}`);
    const block = text
      .slice(start, end)
      .split("\n")
      .filter((l) => !new RegExp(`^ {${indent + 2}}(presence|since):`).test(l))
      .map((l) => (l.trim() === "" ? "" : `  ${l.slice(indent)}`))
      .join("\n");
    shared.push(`${block.trimEnd()}\n`);
    moves.push({ start, end, key, line: `${" ".repeat(indent)}${key}: { from: dictionary${usage.join("")} }\n` });
  });
  let out = text;
  for (const move of moves.reverse()) out = out.slice(0, move.start) + move.line + out.slice(move.end);
  return out;
}

/** Each entry of a `fields` map in an operation's text whose value is a map, with its key and pair. */
function eachField(text: string, each: (key: string, field: YAMLMap, pair: Pair<Scalar>) => void): void {
  visit(parseDocument(text), {
    Pair(_, pair, path) {
      const parent = path.at(-2);
      const inFields = isPair(parent) && isScalar(parent.key) && parent.key.value === "fields";
      if (inFields && isScalar(pair.key) && isMap(pair.value))
        each(String(pair.key.value), pair.value, pair as Pair<Scalar>);
    },
  });
}

/** A container, or a list of them: named apart, each copy would have types of its own where a real spec shares one. */
function holdsFields(field: YAMLMap): boolean {
  const items = field.get("items");
  return field.has("fields") || (isMap(items) && items.has("fields"));
}

/**
 * Every address of a copy its own: an address that does not name its
 * operation (Paypage's `/paymentInit`) gets the copy's name appended.
 */
function distinctEndpoints(text: string, name: string): string {
  const block = /^endpoints:\n(?: .*\n)+/m.exec(text);
  if (!block) return text;
  const own = block[0].replace(/(https:\/\/\S+)$/gm, (url: string) => (url.includes(name) ? url : `${url}-${name}`));
  return text.replace(block[0], own);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count = "10", target = "bench/.work/spec"] = process.argv.slice(2);
  await makeSyntheticSpec(Number(count), target);
}
