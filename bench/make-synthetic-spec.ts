// Writes a synthetic spec of N operations for the generation benchmarks: the
// real spec's platform file and dictionary, and its operations cloned under new
// names and endpoints. Not committed: the benchmark makes them in a temp folder.
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const specDir = fileURLToPath(new URL("../spec/", import.meta.url));

export async function makeSyntheticSpec(count: number, target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const entry of ["sips.yaml", "dictionary", "schema", "sources"]) {
    await cp(path.join(specDir, entry), path.join(target, entry), { recursive: true });
  }
  const sources: { rel: string; name: string; text: string }[] = [];
  for (const rel of (await readdir(path.join(specDir, "operations"), { recursive: true })).map(String).sort()) {
    if (!rel.endsWith(".yaml")) continue;
    const text = await readFile(path.join(specDir, "operations", rel), "utf8");
    const name = /^operation: (\w+)$/m.exec(text)?.[1];
    if (name) sources.push({ rel, name, text });
  }
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    if (!source) break;
    const name = `${source.name}${String(i).padStart(4, "0")}`;
    const text = distinctEndpoints(
      source.text
        .replaceAll(source.name, name)
        .replace(`sources/${name}.page.txt`, `sources/${source.name}.page.txt`)
        // A callback's name is its type's name too: one per copy (its page stays the one page).
        .replace(/^(callback:\n {2}name: )(\w+)$/m, (_, head: string, callback: string) => `${head}${callback}${i}`)
        // The POST form builder is named after the family (paypagePostForm): one family per copy that has one.
        .replace(/^family: (.+)$/m, (line, family: string) =>
          /^ {4}post: /m.test(source.text) ? `family: ${family} ${i}` : line,
        ),
      name,
    );
    const file = path.join(target, "operations", path.dirname(source.rel), `${name}.yaml`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
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
