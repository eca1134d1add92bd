// An operation made from its saved page (test/fixtures/pages/cancel.page.txt),
// synced into the repository's spec, whose page words some values of a shared
// list its own way: what a team using the generated package sees of them. The constants it reaches for are named
// from its own page's wording, not from the page that first gave the list. In
// memory: no file is written.
import { beforeAll, expect, test } from "vitest";
import { parse } from "yaml";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { pascalCase } from "../../generator/rules/names.js";
import { repoRoot, specDir } from "../support/paths.js";
import { fixturePage, syncInMemory, withFiles } from "../support/sync-memory.js";
import { generateInputShared } from "../support/generate.js";

const PAGE = "cancel";

interface Reworded {
  readonly list: string;
  /** Value -> the operation's own meaning, as sync took it from the page. */
  readonly meanings: ReadonlyMap<string, string>;
  /** Value -> the shared list's constant name and general meaning. */
  readonly shared: ReadonlyMap<string, { name: string; meaning: string }>;
}

let reworded: Reworded[];
let files: Map<string, string>;
beforeAll(async () => {
  const base: SpecInput = await readSpecInput(specDir, repoRoot);
  const pages = [[`sources/${PAGE}.page.txt`, fixturePage(`${PAGE}.page.txt`)] as const];
  const { report, after } = await syncInMemory(withFiles(base, pages), "Office");
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const docs = after.files.map((f) => parse(f.text) as Record<string, never>);
  const op = docs.find((d) => d.operation === PAGE) as unknown as Operation;
  const lists = Object.assign({}, ...docs.map((d) => d.valueLists ?? {})) as Record<string, SharedList>;
  const dictionary = Object.assign({}, ...docs.map((d) => d.fields ?? {})) as Record<string, { valueList?: string }>;
  reworded = Object.entries({ ...op.request.fields, ...op.response.fields })
    .filter(([, field]) => field.meanings !== undefined)
    .map(([name, field]) => {
      const list = (field.valueList ?? dictionary[name]?.valueList) as string;
      const values = Object.entries((lists[list] as SharedList).values);
      return {
        list,
        meanings: new Map(Object.entries(field.meanings ?? {})),
        shared: new Map(values.map(([value, v]) => [value, { name: v.name ?? value, meaning: v.meaning }])),
      };
    });
  const result = await generateInputShared(after);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  files = new Map(result.files.map((f) => [f.path, f.content]));
});

interface Operation {
  readonly request: { readonly fields: Record<string, OwnField> };
  readonly response: { readonly fields: Record<string, OwnField> };
}
interface OwnField {
  readonly valueList?: string;
  readonly meanings?: Record<string, string>;
}
interface SharedList {
  readonly values: Record<string, { name?: string; meaning: string }>;
}

const words = (text: string): Set<string> => new Set(text.toUpperCase().match(/[A-Z0-9]+/g) ?? []);

/** A constant named from this meaning: each word of its name (but a value added to tell two apart) is one of the meaning's. */
const namedFrom = (key: string, value: string, meaning: string): boolean =>
  key
    .replace(new RegExp(`_${value}$`), "")
    .split("_")
    .every((word) => words(meaning).has(word));

test("the page rewords some values of a shared list, one at least against its shared constant's name", () => {
  // What the rest holds to: without such a value, nothing here could mislead.
  const misleading = reworded.flatMap((r) =>
    [...r.meanings].filter(([value, meaning]) => {
      const shared = r.shared.get(value);
      return shared !== undefined && !namedFrom(shared.name, value, meaning);
    }),
  );
  expect(misleading.length).toBeGreaterThan(0);
});

test("the operation exports constants of its own, each named from and documented by its page's meaning", () => {
  // Without them, a team reads cancel's 02 as ResponseCode.CARD_CEILING_EXCEEDED though its page means a telephone authorisation.
  const values = files.get(`operations/${PAGE}/values.ts`) ?? "";
  expect(reworded.length).toBeGreaterThan(0);
  for (const r of reworded) {
    const object = `${pascalCase(PAGE)}${pascalCase(r.list)}`;
    const start = values.indexOf(`export const ${object} = {`);
    expect(start, `${object} in values.ts`).toBeGreaterThanOrEqual(0);
    const body = values.slice(start, values.indexOf("} as const;", start));
    const constants = [...body.matchAll(/\/\*\* (.*) \*\/\n\s+(\w+): "([^"]*)",/g)];
    for (const [value, meaning] of r.meanings) {
      const constant = constants.find((c) => c[3] === value);
      expect(constant?.[1], `${object} for ${value}`).toBe(meaning);
      expect(namedFrom(constant?.[2] ?? "", value, meaning), `${constant?.[2]} for "${meaning}"`).toBe(true);
    }
  }
});

test("the reference page's value table names the operation's constants, beside its own meanings", () => {
  const page = files.get(`docs/${PAGE}.md`) ?? "";
  const values = files.get(`operations/${PAGE}/values.ts`) ?? "";
  for (const r of reworded) {
    const object = `${pascalCase(PAGE)}${pascalCase(r.list)}`;
    expect(page).toContain(`Constants: \`${object}\``);
    for (const [value, meaning] of r.meanings) {
      const key = new RegExp(`(\\w+): "${value}",`).exec(values.slice(values.indexOf(`export const ${object} =`)))?.[1];
      expect(page).toContain(`| \`${value}\` | \`${key}\` | ${meaning} |`);
    }
  }
});
