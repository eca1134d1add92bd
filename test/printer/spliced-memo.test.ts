// A shared file whose text before its pieces are spliced in is remembered under
// a key of everything but those pieces' lines (TsFile.renderSplicing, used by
// client.ts): a piece whose lines change comes back from the memo spliced as a
// fresh print gives it, a change the key holds prints anew, and pieces other
// than the ones the code splices are refused.
import { expect, test } from "vitest";
import type { Memo } from "../../generator/index.js";
import { withRememberedPrints } from "../../generator/emit/remembered-prints.js";
import { declare, lines, ts } from "../../generator/emit/ts/code.js";
import { key } from "../../generator/emit/ts/escape.js";
import { jsdoc } from "../../generator/emit/ts/comment-escape.js";
import { block } from "../../generator/emit/ts/block-layouts.js";
import type { Sym } from "../../generator/emit/ts/symbols.js";
import { printApart, printedCode, type PrintedCode } from "../../generator/emit/ts/printed-apart.js";
import { TsFile } from "../../generator/emit/ts/ts-file.js";
import { tsModule } from "../../generator/emit/ts/ts-module.js";
import type { Declaration } from "../../generator/rules/declaration.js";

const path = "client.ts";
const own: Declaration = {
  module: path,
  name: "Client",
  kind: "type",
  exported: true,
  owner: { kind: "package" },
  role: "a test's name",
};
const module = tsModule(path, [own]);
const type = (name: string): Sym => ({ module: `operations/${name}/types.ts`, name: `${name}Fields`, kind: "type" });

/** A member of several lines (its doc says `about`), or of one line when `about` is null. */
const member = (name: string, about: string | null): PrintedCode =>
  printApart(
    tsModule(path),
    about === null
      ? ts`${key(name)}: ${type(name)};`
      : ts`
          ${jsdoc([about])}
          ${key(name)}(fields: ${type(name)}): void;
        `,
    2,
  );

/** A member of one line that names the same symbol as member(name, null), with other text. */
const oneLine = (name: string): PrintedCode => printApart(tsModule(path), ts`${key(name)}?: ${type(name)};`, 2);

const fileOf = (members: readonly PrintedCode[]) =>
  new TsFile(module, ["spec/sips.yaml"], "A test's file.").add(
    ts`${block(declare("interface", own), lines(members.map(printedCode), true))}`,
  );

const keyOf = (members: readonly PrintedCode[]) => ({ members: members.map((member) => member.splicingKey) });

function mapMemo(): Memo & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: async (k) => entries.get(k),
    getNow: (k) => entries.get(k),
    set: async (k, text) => void entries.set(k, text),
  };
}

/** The file rendered with the memo, its render without one, and whether the memo gained an entry. */
async function both(memo: ReturnType<typeof mapMemo>, members: readonly PrintedCode[]) {
  const before = memo.entries.size;
  const text = await withRememberedPrints(memo, () => fileOf(members).renderSplicing("test", keyOf(members), members));
  return { text, fresh: fileOf(members).render(), printed: memo.entries.size > before };
}

test("pieces whose lines change are spliced into the remembered text; a change of what the key holds prints anew", async () => {
  const memo = mapMemo();
  const names = ["alpha", "beta", "gamma"];
  const multi = names.map((n) => member(n, `Calls ${n}.`));
  const steps: [string, PrintedCode[], boolean][] = [
    ["first", names.map((n) => member(n, `Calls ${n}.`)), true],
    ["a doc edited", names.map((n, i) => member(n, i === 1 ? `Calls ${n}, edited.` : `Calls ${n}.`)), false],
    ["a doc of two lines", names.map((n) => member(n, `Calls ${n}. ${"More words. ".repeat(8)}`)), false],
    ["a member of one line, printed in place", [...multi, member("delta", null)], true],
    ["its line changed, naming the same", [...multi, oneLine("delta")], true],
    ["a member added", [...names, "epsilon"].map((n) => member(n, `Calls ${n}.`)), true],
    ["a member's symbol renamed", names.map((n) => member(n === "beta" ? "bravo" : n, `Calls ${n}.`)), true],
  ];
  for (const [step, members, printed] of steps) {
    const run = await both(memo, members);
    expect(run.text, step).toBe(run.fresh);
    expect(run.printed, step).toBe(printed);
  }
});

test("pieces other than the ones the code splices are refused", async () => {
  const memo = mapMemo();
  const members = ["alpha", "beta"].map((n) => member(n, `Calls ${n}.`));
  const others = ["alpha", "beta"].map((n) => member(n, `Calls ${n}.`));
  await expect(
    withRememberedPrints(memo, () => fileOf(members).renderSplicing("test", keyOf(members), others)),
  ).rejects.toThrow(/not the ones its code splices/);
  await expect(
    withRememberedPrints(memo, () => fileOf(members).renderSplicing("test", keyOf(members), members.slice(1))),
  ).rejects.toThrow(/not the ones its code splices/);
});
