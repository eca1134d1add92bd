// A release that rewords a field's description: what sync says once it has
// written it quotes the words the spec had and those it has now, for a request
// field as for a callback's, as `sync --check` quotes both. On the repository's
// spec: the fields are found in spec/ and its pages, not named here; the last
// test's, on the fixture of sync-many.
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { readPage } from "../../generator/read/page/read-page.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir, specDir } from "../support/paths.js";
import { fixturePage, syncInMemory, withFiles } from "../support/sync-memory.js";

const base = await readSpecInput(specDir);
/** The parts of the spec's YAML these tests read. */
interface Field {
  readonly from?: string;
  readonly description?: string;
}
interface Fields {
  readonly source?: { readonly page?: string };
  readonly fields?: Readonly<Record<string, Field>>;
}
interface Operation extends Fields {
  readonly operation: string;
  readonly request?: Fields;
  readonly callback?: Fields;
}
const dictionary = parse(base.files.find((f) => f.relPath === "dictionary/fields.yaml")?.text ?? "") as Fields;
const operations = base.files.filter((f) => f.kind === "operation").map((f) => parse(f.text) as Operation);
const general = (name: string): string | undefined => dictionary.fields?.[name]?.description;

/** A message's field printed on its page with the words the spec shows for it, and that page. */
function printedAsShown(message: "request" | "callback", shows: (field: Field, name: string) => string | undefined) {
  for (const op of operations) {
    const pagePath = (message === "callback" ? op.callback : op)?.source?.page;
    const text = pagePath === undefined ? undefined : base.pages?.get(pagePath);
    if (pagePath === undefined || text === undefined) continue;
    const page = readPage(text, pagePath).page;
    const printed = message === "callback" ? page.response.fields : page.request.fields;
    for (const f of printed) {
      const field = (message === "callback" ? op.callback : op.request)?.fields?.[f.name];
      const shown = field === undefined || f.container !== null ? undefined : shows(field, f.name);
      if (shown !== undefined && shown === f.description.value && text.split(`\n${shown}\n`).length === 2)
        return { operation: op.operation, field: f.name, shown, pagePath, text };
    }
  }
  throw new Error(`no ${message} field of the spec is printed on its page as the spec words it`);
}

const reworded = (found: ReturnType<typeof printedAsShown>) => {
  const words = `${found.shown.replace(/\.$/, "")}, as this release words it.`;
  return { words, page: found.text.replace(`\n${found.shown}\n`, `\n${words}\n`) };
};

test("a request field that showed the dictionary's description: its old and new words are quoted", async () => {
  const found = printedAsShown("request", (field, name) =>
    field.from === "dictionary" && field.description === undefined ? general(name) : undefined,
  );
  const { words, page } = reworded(found);
  const { report } = await syncInMemory(withFiles(base, [[found.pagePath, page]]));
  // Without it: "…: description given here, as its page words it", which said neither wording.
  expect(report.messages).toContain(
    `${found.operation}: request field ${found.field}: description given here, as its page words it: the dictionary's ${JSON.stringify(found.shown)} → ${JSON.stringify(words)}`,
  );
});

test("a callback field that writes its own description: its old and new words are quoted", async () => {
  const found = printedAsShown("callback", (field) => (field.from === undefined ? field.description : undefined));
  const { words, page } = reworded(found);
  const { report } = await syncInMemory(withFiles(base, [[found.pagePath, page]]));
  // Without it: "…: description set", which said neither wording.
  expect(report.messages).toContain(
    `${found.operation}: callback field ${found.field}: description set ${JSON.stringify(found.shown)} → ${JSON.stringify(words)}`,
  );
});

test("a request field's own description the page now words as the dictionary does: the words removed are quoted", async () => {
  const found = printedAsShown("request", (field, name) =>
    field.from === "dictionary" && general(name) !== undefined && field.description !== general(name)
      ? field.description
      : undefined,
  );
  const page = found.text.replace(`\n${found.shown}\n`, `\n${general(found.field) ?? ""}\n`);
  const { report } = await syncInMemory(withFiles(base, [[found.pagePath, page]]));
  // Without it: "…: own description removed (it is the dictionary's)", which did not say what went.
  expect(report.messages).toContain(
    `${found.operation}: request field ${found.field}: own description ${JSON.stringify(found.shown)} removed (the page prints the dictionary's wording)`,
  );
});

test("a field that keeps its words while the dictionary takes other pages': its words alone, not the same on both sides", async () => {
  // The fixture of sync-many, getWalletData's page attached: two pages word intermediateServiceProviderId alike, and
  // the dictionary takes their wording; paymentTokenInitialize's page prints the dictionary's old one, written here.
  const fixture = path.join(fixturesDir, "sync-many", "spec");
  const many = await readSpecInput(fixture, path.dirname(fixture));
  const { report } = await syncInMemory(
    withFiles(many, [["sources/getWalletData.page.txt", fixturePage("getWalletData.page.txt")]]),
  );
  const said = report.messages.filter((m) =>
    m.startsWith("paymentTokenInitialize: request field intermediateServiceProviderId: description given here"),
  );
  // Without it: `…: the dictionary's "Identifier of the Service…" → "Identifier of the Service…"`, one text twice.
  expect(said).toEqual([
    'paymentTokenInitialize: request field intermediateServiceProviderId: description given here, as its page words it: "Identifier of the Service used by the merchant for the exchanges with the Sogenactif platform." (the dictionary takes the wording of other pages)',
  ]);
});
