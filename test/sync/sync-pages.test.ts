// sync and the pages that no operation cites: a page of an operation the spec
// has without one is attached to it; a page that cannot be placed stops sync;
// what a page says of a container's field or of a dictionary field's
// description. In memory: no file is written.
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { generateFromInput, type GeneratedFile, type SpecModel } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { valuePlan } from "../../generator/sync/make-value-plan.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const PPI = ["sources/paymentProviderInitialize.page.txt", fixturePage("paymentProviderInitialize.page.txt")] as const;
const GWD = ["sources/getWalletData.page.txt", fixturePage("getWalletData.page.txt")] as const;

let base: SpecInput;
beforeAll(async () => {
  base = await readSpecInput(fixture, path.dirname(fixture));
});

async function generated(input: SpecInput): Promise<{ model: SpecModel; files: readonly GeneratedFile[] }> {
  const result = await generateFromInput(input);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join("\n"));
  return result;
}

describe("a page of an operation the spec has without a page", () => {
  test("is attached to it and synced like a release; no second operation is made", async () => {
    const { report, after } = await syncInMemory(withFiles(base, [GWD]), null);
    expect(report.ok, report.messages.join("\n")).toBe(true);
    expect(report.messages).toContain(
      "getWalletData: now cites sources/getWalletData.page.txt; check source.notes (they may say no page was available)",
    );
    // No file is made: the operation's own is edited.
    const existing = new Set(base.files.map((f) => f.relPath));
    expect([...report.written.keys()].filter((p) => !existing.has(p))).toEqual([]);
    expect(report.written.has("operations/office/getWalletData.yaml")).toBe(true);
    const text = specTexts(after).get("operations/office/getWalletData.yaml") ?? "";
    expect(text).toContain("source:\n  page: sources/getWalletData.page.txt\n  notes:\n");
    expect(text).toContain("  recommended: WR_WS_2.53\n");
    expect((await checkInMemory(after)).filter((l) => !/ info /.test(l))).toEqual([]);
    expect((await syncInMemory(after)).report.written.size).toBe(0);
  });

  test("--check lists beforehand what sync changes on attaching it, each at its place, as for a release", async () => {
    const printed = await checkInMemory(withFiles(base, [GWD]));
    // Not only that the page is unattached and its values: its presences, versions, addresses and summary too.
    expect(
      printed.filter(
        (l) =>
          l.includes("getWalletData.yaml") &&
          / page-mismatch (summary|endpoints|interf|response.fields.errorFieldName.presence)/.test(l),
      ),
    ).toEqual([
      'spec/operations/office/getWalletData.yaml:3:10 error page-mismatch summary: the spec says "Read the content of a buyer\'s wallet (Sogenactif Office Serveur, wallet functions).", the page says "Reads a wallet and the payment means it holds."\n  spec/sources/getWalletData.page.txt:3:1 the page',
      'spec/operations/office/getWalletData.yaml:21:9 error page-mismatch endpoints.prod.soap: the spec says nothing, the page says "https://office-server.sogenactif.com/services/v2/wallet?wsdl"\n  spec/sources/getWalletData.page.txt:22:1 the page',
      'spec/operations/office/getWalletData.yaml:22:9 error page-mismatch endpoints.test.soap: the spec says nothing, the page says "https://office-server-sogenactif.test.sips-services.com/services/v2/wallet?wsdl"\n  spec/sources/getWalletData.page.txt:28:1 the page',
      'spec/operations/office/getWalletData.yaml:24:3 error page-mismatch interfaceVersion.recommended: the spec says nothing, the page says "WR_WS_2.53"\n  spec/sources/getWalletData.page.txt:5:1 the page',
      "spec/operations/office/getWalletData.yaml:47:17 error page-mismatch response.fields.errorFieldName.presence: the spec says undocumented, the page says optional\n  spec/sources/getWalletData.page.txt:107:3 the page",
    ]);
  });

  test("a field a page prints in a container is reported at that container's field in the spec", async () => {
    const printed =
      "-\nmaskedPan\n- presence\n- Optional\n- Interface version\n- 2.0\n- Container\n- walletPaymentMeanDataList\nMasked card number.\n";
    const page = GWD[1].replace(
      "Date and time the wallet was created.\n",
      `Date and time the wallet was created.\n${printed}`,
    );
    const lines = await checkInMemory(withFiles(base, [[GWD[0], page]]));
    // Not at the response's first field: at maskedPan's presence, version and description, under the list's items.
    expect(lines.filter((l) => l.includes(".fields.maskedPan.")).map((l) => l.split(" the spec says")[0])).toEqual([
      "spec/operations/office/getWalletData.yaml:76:23 error page-mismatch response.fields.walletPaymentMeanDataList.items.fields.maskedPan.presence:",
      "spec/operations/office/getWalletData.yaml:77:20 error page-mismatch response.fields.walletPaymentMeanDataList.items.fields.maskedPan.since:",
      "spec/operations/office/getWalletData.yaml:78:26 error page-mismatch response.fields.walletPaymentMeanDataList.items.fields.maskedPan.description:",
    ]);
  });

  test("a field a page prints in a container held by another container is reported at its field in the spec", async () => {
    const op = "operations/office/getWalletData.yaml";
    const yaml = base.files.find((f) => f.relPath === op)?.text ?? "";
    const plain =
      "          paymentMeanData:\n            presence: undocumented\n            since: undocumented\n            description: Further data of the payment mean.\n";
    if (!yaml.includes(plain)) throw new Error(`the fixture's ${op} lacks paymentMeanData as written here`);
    // paymentMeanData, in each item of walletPaymentMeanDataList, made a container of one field.
    const nested = `${plain}            type: container\n            fields:\n              cardBin: { presence: undocumented, since: undocumented, description: First digits of the card. }\n`;
    const printed = [
      "-\npaymentMeanData\n- presence\n- Optional\n- Interface version\n- 2.0\n- Container\n- walletPaymentMeanDataList\nFurther data of the payment mean.\n",
      "-\ncardBin\n- presence\n- Optional\n- Interface version\n- 2.0\n- Container\n- paymentMeanData\nFirst digits of the card.\n",
    ].join("");
    const page = GWD[1].replace(
      "Date and time the wallet was created.\n",
      `Date and time the wallet was created.\n${printed}`,
    );
    const input = withFiles(base, [[GWD[0], page]], new Map([[op, yaml.replace(plain, nested)]]));
    const lines = (await checkInMemory(input)).filter(
      (l) => l.includes(".fields.cardBin") || l.includes(".fields.paymentMeanData:"),
    );
    // Not "response.fields.paymentMeanData: the spec says no such field": at cardBin's presence and version.
    expect(lines.map((l) => l.split(" the spec says")[0])).toEqual([
      "spec/operations/office/getWalletData.yaml:102:36 error page-mismatch response.fields.walletPaymentMeanDataList.items.fields.paymentMeanData.fields.cardBin.presence:",
      "spec/operations/office/getWalletData.yaml:102:57 error page-mismatch response.fields.walletPaymentMeanDataList.items.fields.paymentMeanData.fields.cardBin.since:",
    ]);
  });

  test("a new operation writes out a field another operation writes in a container with that field's type and format", async () => {
    // panExpiryDate: format N6 in each item of getWalletData's walletPaymentMeanDataList; printed plain on this page.
    const printed =
      "-\npanExpiryDate\n- presence\n- Optional\n- Interface version\n- 2.0\nExpiry date of the card (YYYYMM).\n";
    const page = PPI[1]
      .replace("Address the buyer is sent to.\n", `Address the buyer is sent to.\n${printed}`)
      .replace(/Response \|$/, "Response | |\n2.0 |\npanExpiryDate\n|\nResponse |");
    const { report, after } = await syncInMemory(withFiles(base, [[PPI[0], page]]), "Checkout");
    // Without it: written with no format, the spec was invalid (conflicting-field) and sync wrote nothing.
    expect(report.ok, report.messages.join("\n")).toBe(true);
    const made = specTexts(after).get("operations/checkout/paymentProviderInitialize.yaml") ?? "";
    expect(made).toContain('    panExpiryDate:\n      presence: optional\n      since: "2.0"\n      format: N6\n');
    expect(report.messages).toContain(
      "paymentProviderInitialize: response field panExpiryDate is written out with the type and format getWalletData gives its panExpiryDate (one name is one field); check them against the data dictionary, or move the field there",
    );
  });

  test("a new operation writes out a field another operation writes out as a list with that list's items", async () => {
    // walletPaymentMeanDataList: a list of containers in getWalletData; printed without its fields on this page.
    const printed =
      "-\nwalletPaymentMeanDataList\n- presence\n- Optional\n- Interface version\n- 2.0\nThe payment means.\n";
    const page = PPI[1]
      .replace("Address the buyer is sent to.\n", `Address the buyer is sent to.\n${printed}`)
      .replace(/Response \|$/, "Response | |\n2.0 |\nwalletPaymentMeanDataList\n|\nResponse |");
    const { report, after } = await syncInMemory(withFiles(base, [[PPI[0], page]]), "Checkout");
    // Without it: written as a string, the spec was invalid (conflicting-field, type list vs string), nothing written.
    const made = "operations/checkout/paymentProviderInitialize.yaml";
    expect(report.written.has(made), report.messages.join("\n")).toBe(true);
    // Nor is a row asked for paymentMeanBrand in its items, which the page prints at the request's top only.
    expect(report.ok, report.messages.join("\n")).toBe(true);
    const text = specTexts(after).get(made) ?? "";
    expect(text).toContain(
      '    walletPaymentMeanDataList:\n      presence: optional\n      since: "2.0"\n      type: list\n      description: The payment means.\n      items:\n        type: container\n        description: A payment mean stored in the wallet.\n        fields:\n          paymentMeanId:\n',
    );
    expect(report.messages).toContain(
      "paymentProviderInitialize: response field walletPaymentMeanDataList is written out as getWalletData writes its walletPaymentMeanDataList, a list with what it holds (one name is one field): check it against the data dictionary, or move the field there",
    );
  });

  test("a page of an operation that cites another page is an error, and nothing is written", async () => {
    const other = GWD[1].replace("getWalletData\n", "paymentTokenInitialize\n");
    const input = withFiles(base, [["sources/other.page.txt", other]]);
    expect(await checkInMemory(input)).toContain(
      "spec/sources/other.page.txt:1:1 error page-operation-cited sources/other.page.txt describes paymentTokenInitialize, which cites sources/paymentTokenInitialize.page.txt; remove one of the pages or save it under the other's name",
    );
    const { report } = await syncInMemory(input);
    expect([report.ok, report.written.size]).toEqual([false, 0]);
  });

  test("two pages of one operation that no operation cites are both errors", async () => {
    const input = withFiles(base, [PPI, ["sources/copy.page.txt", PPI[1]]]);
    const printed = await checkInMemory(input);
    expect(printed.filter((l) => l.includes("page-same-operation"))).toEqual([
      "spec/sources/copy.page.txt:1:1 error page-same-operation sources/copy.page.txt and sources/paymentProviderInitialize.page.txt both describe paymentProviderInitialize; keep one",
      "spec/sources/paymentProviderInitialize.page.txt:1:1 error page-same-operation sources/paymentProviderInitialize.page.txt and sources/copy.page.txt both describe paymentProviderInitialize; keep one",
    ]);
    expect((await syncInMemory(input)).report.written.size).toBe(0);
  });
});

test("a page's values for a field of a container are reported, not written: a container is one type for every operation", async () => {
  const result = await generateFromInput(base, []);
  if (!result.ok) throw new Error("the fixture spec does not validate");
  const at = { file: "page", line: 1, column: 1 };
  const field = (name: string, container: string | null, values: string[]) => ({
    name,
    section: "optional" as const,
    presence: null,
    since: null,
    container: container === null ? null : { value: container, at },
    description: { value: "", at },
    values: values.map((value) => ({ value, meanings: [`${value} brand`], at })),
    at,
  });
  const page = {
    file: "page",
    kind: "operation" as const,
    title: { value: "getWalletData", at },
    name: { value: "getWalletData", at },
    summary: null,
    description: null,
    recommended: [],
    readFirst: [],
    endpoints: [],
    request: { fields: [], at: null },
    response: { fields: [field("paymentMeanBrand", "walletPaymentMeanDataList", ["VISA"])], at: null },
    changelog: [],
  };
  const plan = valuePlan(result.model, new Map(), [
    { relPath: "sources/getWalletData.page.txt", page, operation: "getWalletData", kept: new Set() },
  ]);
  expect(plan.containers.map((c) => `${c.container}.${c.field}: ${c.printed.join(" ")} (list ${c.list})`)).toEqual([
    "walletPaymentMeanDataList.paymentMeanBrand: VISA (list null)",
  ]);
  expect([plan.lists, plan.fields]).toEqual([[], []]);
});

test("a dictionary field's description two pages word differently, that no operation without a page shows: the page whose path sorts first", async () => {
  const { after } = await syncInMemory(withFiles(base, [GWD]));
  const fields = specTexts(after).get("dictionary/fields.yaml") ?? "";
  // getWalletData's page sorts before paymentTokenInitialize's: its wording is the dictionary's now...
  expect(fields).toContain(
    "  intermediateServiceProviderId:\n    description: Identifier of the service the merchant goes through.\n",
  );
  // ...and paymentTokenInitialize keeps its page's as its own, so its generated files do not change.
  expect(specTexts(after).get("operations/in-app/paymentTokenInitialize.yaml")).toContain(
    '    intermediateServiceProviderId:\n      from: dictionary\n      presence: optional\n      since: "2.37"\n      description: >-\n',
  );
  const [was, now] = await Promise.all([generated(base), generated(after)]);
  const types = (files: readonly GeneratedFile[]) =>
    files.find((f) => f.path === "operations/paymentTokenInitialize/types.ts")?.content;
  expect(types(now.files)).toBe(types(was.files));
  expect(await checkInMemory(withFiles(base, [GWD]))).toContain(
    "spec/sources/getWalletData.page.txt:1:1 error page-unattached sources/getWalletData.page.txt describes getWalletData, which cites no page; run npm run sync to attach it",
  );
});

test("a dictionary field's description that a container's field shows is kept: the pages do not print it there", async () => {
  const op = "operations/office/getWalletData.yaml";
  const yaml = base.files.find((f) => f.relPath === op)?.text ?? "";
  const item = "          paymentMeanBrand: { from: dictionary, presence: undocumented, since: undocumented }\n";
  if (!yaml.includes(item)) throw new Error(`the fixture's ${op} lacks ${item.trim()}`);
  // Each wallet item also names the service provider, shown with the dictionary's description.
  const nested = `${item}          intermediateServiceProviderId: { from: dictionary, presence: undocumented, since: undocumented }\n`;
  const input = withFiles(base, [GWD], new Map([[op, yaml.replace(item, nested)]]));
  const { report, after } = await syncInMemory(input);
  const before = specTexts(input).get("dictionary/fields.yaml") ?? "";
  // Without it: the wording of getWalletData's page (the first path) replaced it, and the container's text changed.
  expect(report.messages.filter((m) => m.startsWith("intermediateServiceProviderId: dictionary description"))).toEqual(
    [],
  );
  expect(specTexts(after).get("dictionary/fields.yaml") ?? before).toBe(before);
});
