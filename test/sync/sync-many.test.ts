// sync over several pages that document one field name each their own way
// (test/fixtures/pages/): the shared lists keep every value and general
// meaning, each operation takes what its own page lists, and nothing one page
// says changes what another operation takes. In memory: no file is written.
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { valuesOf } from "../../generator/model/field-shape.js";
import { generateFromInput, type GeneratedFile, type SpecModel } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const PPI = ["sources/paymentProviderInitialize.page.txt", fixturePage("paymentProviderInitialize.page.txt")] as const;
const PWI = ["sources/paymentWebInit.page.txt", fixturePage("paymentWebInit.page.txt")] as const;

let base: SpecInput;
beforeAll(async () => {
  base = await readSpecInput(fixture, path.dirname(fixture));
});

async function generated(input: SpecInput): Promise<{ model: SpecModel; files: readonly GeneratedFile[] }> {
  const result = await generateFromInput(input);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join("\n"));
  return result;
}

/** What an operation's field takes: "00 03 ... | 00: own meaning". */
function taken(model: SpecModel, operation: string, message: "request" | "response", field: string): string {
  const values = model.operations.find((o) => o.name === operation)?.[message].fields.find((f) => f.name === field);
  const own = values ? valuesOf(values) : null;
  if (!own) return "no list";
  const meanings = own.values.filter((v) => v.own).map((v) => `${v.value}: ${v.meanings.join(" / ")}`);
  return [own.values.map((v) => v.value).join(" "), ...meanings].join(" | ");
}

const listValues = (model: SpecModel, list: string) =>
  model.valueLists.find((l) => l.name === list)?.values.map((v) => `${v.value}: ${v.meanings.join(" / ")}`) ?? [];

/** One sync; then the check passes and a second sync writes nothing. */
async function syncConverges(input: SpecInput, family: string | null = "Office"): Promise<SpecInput> {
  const { report, after } = await syncInMemory(input, family);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect((await checkInMemory(after)).filter((l) => !/ info /.test(l))).toEqual([]);
  expect([...(await syncInMemory(after, family)).report.written.keys()]).toEqual([]);
  return after;
}

describe("two pages share redirectionStatusCode and sealAlgorithm, each with its own values and meanings", () => {
  let before: Awaited<ReturnType<typeof generated>>;
  let after: Awaited<ReturnType<typeof generated>>;
  beforeAll(async () => {
    before = await generated(base);
    after = await generated(await syncConverges(withFiles(base, [PPI])));
  });

  test("the shared lists keep every value and general meaning", () => {
    for (const list of ["redirectionStatusCode", "sealAlgorithm", "sdkOperationName"])
      expect(listValues(after.model, list), list).toEqual(listValues(before.model, list));
  });

  test("paymentProviderInitialize takes its page's values, with its page's meanings", () => {
    expect(taken(after.model, "paymentProviderInitialize", "response", "redirectionStatusCode")).toBe(
      [
        "00 03 12 30 34 99",
        "00: Initialization accepted, redirect the buyer",
        "03: Merchant contract not valid",
        "12: Request refused, check its fields",
        "30: Request malformed",
        "34: Seal check failed",
        "99: Temporary error of the platform",
      ].join(" | "),
    );
    expect(taken(after.model, "paymentProviderInitialize", "request", "sealAlgorithm")).toBe(
      [
        "HMAC-SHA-256 HMAC-SHA-512 SHA-256",
        "HMAC-SHA-256: Seal computed with HMAC-SHA-256",
        "HMAC-SHA-512: Seal computed with HMAC-SHA-512",
        "SHA-256: Seal computed with SHA-256",
      ].join(" | "),
    );
  });

  test("the other operations' generated files do not change", () => {
    for (const op of ["orderInitialize", "paymentTokenInitialize", "getWalletData"]) {
      const of = (files: readonly GeneratedFile[]) =>
        files.filter((f) => f.path.startsWith(`operations/${op}/`)).map((f) => [f.path, f.content]);
      expect(of(after.files), op).toEqual(of(before.files));
    }
  });

  test("a new operation gets every value list its page prints, linked to the shared list", () => {
    expect(taken(after.model, "paymentProviderInitialize", "request", "currencyCode")).toBe("756 826 840 978");
    expect(taken(after.model, "paymentProviderInitialize", "request", "paymentMeanBrand")).toBe("PAYPAL");
    expect(taken(after.model, "paymentProviderInitialize", "request", "captureMode")).toBe(
      "AUTHOR_CAPTURE IMMEDIATE VALIDATION",
    );
    // Operations without a page keep a plain string.
    expect(taken(after.model, "orderInitialize", "request", "currencyCode")).toBe("no list");
    expect(taken(after.model, "orderInitialize", "request", "captureMode")).toBe("no list");
  });
});

describe("three pages", () => {
  let model: SpecModel;
  beforeAll(async () => {
    ({ model } = await generated(await syncConverges(withFiles(base, [PPI, PWI]))));
  });

  test("a list made from several pages is their union, and each operation narrows it", () => {
    expect(model.valueLists.find((l) => l.name === "currencyCode")?.values.map((v) => v.value)).toEqual([
      "036",
      "124",
      "756",
      "826",
      "840",
      "978",
    ]);
    expect(taken(model, "paymentProviderInitialize", "request", "currencyCode")).toBe("756 826 840 978");
    expect(taken(model, "paymentWebInit", "request", "currencyCode")).toBe("036 124 826 840 978");
  });

  test("a value one page lists is that operation's only", () => {
    expect(taken(model, "paymentWebInit", "response", "redirectionStatusCode")).toMatch(/^00 03 12 30 34 94 99 \|/);
    expect(taken(model, "paymentProviderInitialize", "response", "redirectionStatusCode")).toMatch(
      /^00 03 12 30 34 99 \|/,
    );
    expect(
      taken(model, "orderInitialize", "response", "redirectionStatusCode").split(" | ")[0]?.split(" "),
    ).toHaveLength(13);
  });
});

test("a release of one operation's page adds a value to a shared list: operations without a page do not take it", async () => {
  const PAGE = "sources/paymentTokenInitialize.page.txt";
  const page = base.pages?.get(PAGE) ?? "";
  // CARDCHECK and its meaning after ADDCARD's. (This page left ADDCARD without its meaning, which sync let pass.)
  const released = page.replace(/(List of values\nADDCARD\n- [^\n]*\n)/, "$1CARDCHECK\n- Checking a card\n");
  expect(released).not.toBe(page);
  const after = await syncConverges(withFiles(base, [[PAGE, released]]));
  const { model } = await generated(after);
  expect(taken(model, "paymentTokenInitialize", "request", "sdkOperationName")).toMatch(/^ADDCARD CARDCHECK CARDORDER/);
  expect(taken(model, "orderInitialize", "request", "sdkOperationName")).toBe(
    "ADDCARD CARDORDER GETWALLETDATA PAYMENTPROVIDERORDER PAYMENTTOKENGENERATE THREEDSECUREANDORDER THREEDSECUREANDWALLETORDER WALLETORDER",
  );
  expect(specTexts(after).get("operations/in-app/orderInitialize.yaml")).toContain(
    // Too long for a line, one value a line.
    "    sdkOperationName:\n      from: dictionary\n      presence: undocumented\n      since: undocumented\n      values:\n        - ADDCARD\n        - CARDORDER\n        - GETWALLETDATA\n        - PAYMENTPROVIDERORDER\n        - PAYMENTTOKENGENERATE\n        - THREEDSECUREANDORDER\n        - THREEDSECUREANDWALLETORDER\n        - WALLETORDER\n",
  );
});
