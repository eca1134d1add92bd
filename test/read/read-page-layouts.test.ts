// The page reader on a saved page of each layout the Sogenactif data
// dictionary prints (test/fixtures/pages/, whose README says where each fact
// comes from): the header on one line, as bullets or absent, the further
// paragraphs, environments by label with several addresses each, the kinds of
// address, a page with a response alone; then the defects of those layouts,
// and the reader never throwing on their lines.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readPage } from "../../generator/read/page/read-page.js";
import { fixturesDir } from "../support/paths.js";

const PAGES = {
  paymentProviderInitialize: "paymentProviderInitialize.page.txt",
  paymentWebInit: "paymentWebInit.page.txt",
  earlierPaymentWebInit: "earlier/paymentWebInit.page.txt",
  getWalletData: "getWalletData.page.txt",
  paypageResponse: "paypageResponse.page.txt",
} as const;
type Fixture = keyof typeof PAGES;

const texts = Object.fromEntries(
  Object.entries(PAGES).map(([name, file]) => [name, readFileSync(path.join(fixturesDir, "pages", file), "utf8")]),
) as Record<Fixture, string>;
const read = (name: Fixture, text = texts[name]) => readPage(text, PAGES[name]);

test.each(Object.keys(PAGES) as Fixture[])("%s reads without a defect", (name) => {
  expect(read(name).diagnostics.map(formatDiagnostic)).toEqual([]);
});

describe("the header", () => {
  test.each([
    ["paymentProviderInitialize", [[null, "IR_WS_", "IR_WS_2.53", 5]]],
    [
      "paymentWebInit",
      [
        ["POST", "HP_", "HP_3.4", 5],
        ["JSON/SOAP", "IR_WS_", "IR_WS_3.4", 6],
      ],
    ],
    ["earlierPaymentWebInit", []],
  ] as const)("%s: the recommended interfaceVersions (label, prefix, version, line)", (name, want) => {
    const { page } = read(name);
    expect(page.recommended.map((r) => [r.label, r.prefix, r.version, r.at.line])).toEqual(want);
  });

  test("a summary and further paragraphs, each kept as a line of the description", () => {
    const { page } = read("getWalletData");
    expect([page.title?.value, page.name?.value, page.summary?.at.line, page.description?.at.line]).toEqual([
      "getWalletData",
      "getWalletData",
      3,
      4,
    ]);
    expect(page.description?.value.split("\n")).toHaveLength(1);
    expect(read("paymentWebInit").page.description).toBeNull();
  });
});

describe("the endpoints", () => {
  const rows = (name: Fixture) =>
    read(name).page.endpoints.map(
      (e) => `${e.label} ${e.environment} ${e.kind} ${e.method} ${new URL(e.url).pathname}`,
    );

  test("environments by label, several addresses each, told apart by kind", () => {
    expect(rows("paymentWebInit")).toEqual([
      "PROD prod json POST /rs-services/v2/paymentInit",
      "SIMU simu json POST /rs-services/v2/paymentInit",
      "PROD prod post POST /paymentInit",
      "SIMU simu post POST /paymentInit",
      // SOAP by its path: these addresses have no ?wsdl.
      "PROD prod soap POST /services/v2/paymentInit",
      "SIMU simu soap POST /services/v2/paymentInit",
    ]);
  });

  test("SOAP addresses ending in ?wsd and ?wsdl", () => {
    const soap = (name: Fixture) =>
      read(name)
        .page.endpoints.filter((e) => e.kind === "soap")
        .map((e) => e.url);
    expect(soap("paymentProviderInitialize").every((url) => url.endsWith("?wsd"))).toBe(true);
    expect(soap("getWalletData").every((url) => url.endsWith("?wsdl"))).toBe(true);
    expect(rows("getWalletData").map((r) => r.split(" ").slice(0, 3).join(" "))).toEqual([
      "PROD prod json",
      "TEST test json",
      "PROD prod soap",
      "TEST test soap",
    ]);
  });

  test("addresses with // after the host are read as printed", () => {
    const { page } = read("earlierPaymentWebInit");
    expect(page.endpoints.map((e) => e.kind)).toEqual(["json", "json", "post", "post", "soap", "soap"]);
    expect(page.endpoints[0]?.url).toBe("https://payment-webinit.sogenactif.com//rs-services/v2/paymentInit");
  });
});

test("a page with a response alone: its title as printed, no name, its fields read", () => {
  const { page, diagnostics } = read("paypageResponse");
  expect(diagnostics).toEqual([]);
  expect([page.kind, page.title?.value, page.name, page.endpoints, page.request.fields]).toEqual([
    "response",
    "Automatic and Manual response Paypage et InApp",
    null,
    [],
    [],
  ]);
  expect(page.response.fields.map((f) => [f.name, f.section, f.since?.value])).toEqual([
    ["abortedProcessingLocation", "optional", "3.0"],
    ["abortedProcessingStep", "optional", "3.0"],
    ["acquirerNativeResponseCode", "optional", "2.12"],
    ["acquirerResponseCode", "optional", "2.0"],
  ]);
  expect(page.changelog).toHaveLength(4);
});

test("an operation page is read as one, whatever it lacks", () => {
  const { page, diagnostics } = read("paymentWebInit", texts.paymentWebInit.replace("\nEndpoints\n", "\n"));
  expect(page.kind).toBe("operation");
  expect(diagnostics.map((d) => d.code)).toContain("page-missing-section");
});

/** Each case changes one fixture once and gives the diagnostics it must produce. */
const defects: { name: string; page: Fixture; from: string; to: string; want: string[] }[] = [
  {
    name: "a bullet without its colon",
    page: "paymentWebInit",
    from: "- POST : HP_3.4",
    to: "- POST HP_3.4",
    want: [
      'paymentWebInit.page.txt:5:1 error page-unreadable-line line not understood in the page header: "- POST HP_3.4"',
    ],
  },
  {
    name: "a bullet with a malformed version",
    page: "paymentWebInit",
    from: "- POST : HP_3.4",
    to: "- POST : HP_3.x",
    want: [
      'paymentWebInit.page.txt:5:1 error page-bad-version recommended interfaceVersion (POST): malformed interface version "HP_3.x" (expected a version such as 2.37)',
    ],
  },
  {
    name: "two bullets of one interface",
    page: "paymentWebInit",
    from: "- POST : HP_3.4",
    to: "- POST : IR_WS_3.3",
    want: [
      "paymentWebInit.page.txt:6:1 error page-duplicate-recommended two recommended interfaceVersions for the prefix IR_WS_; the page gives one per interface\n  paymentWebInit.page.txt:5:1 first given here",
    ],
  },
  {
    name: "an empty recommended line with no bullet after it",
    page: "paymentWebInit",
    from: "- POST : HP_3.4\n- JSON/SOAP : IR_WS_3.4\n",
    to: "",
    want: [
      'paymentWebInit.page.txt:4:1 error page-bad-version recommended interfaceVersion: malformed interface version "" (expected a version such as 2.37)',
    ],
  },
  {
    name: "a malformed recommended version on its line",
    page: "paymentProviderInitialize",
    from: "IR_WS_2.53",
    to: "IR_WS_2.5x",
    want: [
      'paymentProviderInitialize.page.txt:5:1 error page-bad-version recommended interfaceVersion: malformed interface version "IR_WS_2.5x" (expected a version such as 2.37)',
    ],
  },
  {
    name: "two addresses of one kind for one environment",
    page: "paymentWebInit",
    from: "https://payment-webinit.simu.sogenactif.com/rs-services/v2/paymentInit",
    to: "https://payment-webinit.simu.sogenactif.com/rs-services/v2/paymentInit\n- method\n- POST\n-\n- SIMU\n-\nhttps://payment-webinit.simu.sogenactif.com/rs-services/v3/paymentInit",
    want: [
      "paymentWebInit.page.txt:23:1 error page-duplicate-endpoint a second json address for SIMU; each environment has one of each kind\n  paymentWebInit.page.txt:17:1 first given here",
    ],
  },
  {
    name: "an operation page whose title is not an operation name",
    page: "paymentWebInit",
    from: "paymentWebInit\nTo search",
    to: "Payment Web Init\nTo search",
    want: [
      'paymentWebInit.page.txt:1:1 error page-unreadable-line line not understood in the page header: "Payment Web Init"',
    ],
  },
];

test.each(defects)("$name", ({ page, from, to, want }) => {
  if (!texts[page].includes(from)) throw new Error(`the fixture page lacks ${JSON.stringify(from)}`);
  expect(read(page, texts[page].replace(from, to)).diagnostics.map(formatDiagnostic)).toEqual(want);
});

describe("the reader never throws on the lines of these layouts", () => {
  const lines = [...new Set(Object.values(texts).flatMap((t) => t.split("\n")))];
  const readsWithoutThrowing = (text: string): void => {
    const { page, diagnostics } = readPage(text, "x.page.txt");
    expect(Array.isArray(page.recommended) && Array.isArray(page.endpoints) && Array.isArray(diagnostics)).toBe(true);
  };

  test("in any order and number", () => {
    const line = fc.oneof(fc.constantFrom(...lines), fc.string());
    fc.assert(
      fc.property(fc.array(line, { maxLength: 80 }), (picked) => readsWithoutThrowing(picked.join("\n"))),
      { numRuns: 150, seed: 14 },
    );
  });

  test("each page cut anywhere", () => {
    const pages = Object.values(texts);
    fc.assert(
      fc.property(fc.constantFrom(...pages), fc.nat(), fc.nat(), (text, a, b) => {
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)];
        readsWithoutThrowing(text.slice(Math.min(from, to), Math.max(from, to)));
      }),
      { numRuns: 150, seed: 14 },
    );
  });
});
