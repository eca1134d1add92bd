// A release of one page that words a shared value otherwise than the list, while other pages print the list's
// meaning: the field takes an own meaning, and `sync --check` quotes both, the list's general meaning among them,
// so that a maintainer sees what the spec said without opening the list. On the repository's spec, in memory: the
// value and the pages that print its general meaning are found in spec/, not named here.
import { expect, test } from "vitest";
import { parse } from "yaml";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { specDir } from "../support/paths.js";
import { checkInMemory, syncInMemory, withFiles } from "../support/sync-memory.js";

const base = await readSpecInput(specDir);
const lists = parse(base.files.find((f) => f.relPath === "dictionary/value-lists.yaml")?.text ?? "") as {
  readonly valueLists: Readonly<Record<string, { readonly values: Readonly<Record<string, { meaning?: unknown }>> }>>;
};
const pages = [...(base.pages ?? new Map<string, string>())];

/** A value whose one-line general meaning two pages print as the list words it (no third), the pages in path order. */
const found = Object.values(lists.valueLists)
  .flatMap((list) => Object.entries(list.values))
  .flatMap(([value, { meaning }]) => {
    if (typeof meaning !== "string") return [];
    const block = `\n${value}\n- ${meaning}\n`;
    const printing = pages.filter(([, text]) => text.includes(block)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return printing.length === 2 ? [{ value, meaning, block, printing }] : [];
  })[0];
if (!found) throw new Error("no value of the spec's lists is printed with its general meaning by two pages alone");
const worded = `${found.meaning}, worded anew`;

/** What --check says of the value's meaning with one of the two pages rewording it. */
async function reworded(index: number): Promise<string[]> {
  if (!found) throw new Error("no value found");
  const { printing, block, value } = found;
  const [pagePath, text] = printing[index] as [string, string];
  const input = withFiles(base, [[pagePath, text.replace(block, `\n${value}\n- ${worded}\n`)]]);
  return (await checkInMemory(input)).filter((l) => l.includes(`.values.${value}.meaning:`));
}

test("the page printed second rewords it: its field's own meaning is said against the list's, quoted", async () => {
  const lines = await reworded(1);
  expect(lines).toHaveLength(1);
  // Without it: "the spec says the list's meaning", which the maintainer looked up in the list.
  expect(lines[0]).toContain(
    `.values.${found.value}.meaning: the spec says the list's meaning ${JSON.stringify(found.meaning)}, the page says ${JSON.stringify(worded)}`,
  );
});

test("the page printed first rewords it, the list's meaning with it: the other field is said against the new one", async () => {
  const lines = await reworded(0);
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^spec\/dictionary\//);
  // Without it: "(the general meaning the pages give)", of one page against one, the tie broken unsaid by path.
  const [first, second] = found.printing.map(([page]) => page);
  expect(lines[0]).toContain(
    `.values.${found.value}.meaning: the spec says ${JSON.stringify(found.meaning)}, the page says ${JSON.stringify(worded)} (the general meaning as ${first} prints it, ${second} wording it otherwise: a tie (one page each), which goes to the page whose path sorts first)`,
  );
  // Without it: "the spec says the list's meaning", the page saying the words the list has now.
  expect(lines[1]).toContain(
    `.values.${found.value}.meaning: the spec says the list's meaning, which becomes ${JSON.stringify(worded)}, the page says ${JSON.stringify(found.meaning)}`,
  );
});

test("sync says the tie too: the general meaning from the first page by path, the other page's wording tied", async () => {
  if (!found) throw new Error("no value found");
  const { printing, block, value } = found;
  const [pagePath, text] = printing[0] as [string, string];
  const { report } = await syncInMemory(
    withFiles(base, [[pagePath, text.replace(block, `\n${value}\n- ${worded}\n`)]]),
  );
  const [first, second] = printing.map(([page]) => page);
  // Without it: "general meaning from <first> (2 pages list it)", as if both printed it.
  expect(
    report.messages.filter((m) => m.startsWith(`value ${value} of list `) && m.includes("general meaning")),
  ).toEqual([
    expect.stringMatching(
      new RegExp(
        `: general meaning from ${escaped(first ?? "")} \\(2 pages list it; a tie with ${escaped(second ?? "")}, which words it otherwise, gone to the page whose path sorts first\\)$`,
      ),
    ),
  ]);
});

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
