// The page reader on the small page of the Sips layout (test/support/small-page.ts): what it reads of the page as
// saved, defects none.
import { describe, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { read, small } from "../support/small-page.js";

describe("a well-formed page", () => {
  const { page, diagnostics } = read(small);

  test("has no defects", () => {
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  test("name, summary, recommended interfaceVersion", () => {
    expect([page.name?.value, page.summary?.value, page.recommended.map((r) => r.version)]).toEqual([
      "cardCheck",
      "Checks a card.",
      ["IR_WS_2.50"],
    ]);
  });

  test("every endpoint as printed, JSON and SOAP told apart", () => {
    expect(page.endpoints.map((e) => [e.label, e.kind, e.method, e.at.line])).toEqual([
      ["PROD", "json", "POST", 9],
      ["TEST", "json", "POST", 15],
      ["SIMU", "soap", "POST", 21],
    ]);
  });

  test("fields by section with presence, version, description and every meaning", () => {
    const fields = page.request.fields.map((f) => [
      f.name,
      f.section,
      f.presence?.value,
      f.since?.value,
      f.description.value,
    ]);
    expect(fields).toEqual([
      ["merchantId", "required", "required", "2.0", "Identifier of the shop."],
      ["seal", "required", "required", "2.0", "Message seal."],
      ["cardKind", "optional", "optional", "2.50", "Kind of card."],
    ]);
    expect(page.request.fields[2]?.values.map((v) => [v.value, v.meanings])).toEqual([
      ["DEBIT", ["Debit card"]],
      ["CREDIT", ["Credit card", "Or a charge card"]],
    ]);
    expect(page.response.fields.map((f) => f.name)).toEqual(["seal"]);
  });

  test("changelog rows in page order, with their line", () => {
    expect(page.changelog.map((r) => [r.version, r.field, r.attendance, r.container, r.at.line])).toEqual([
      ["2.50", "cardKind", "Request", "", 68],
      ["2.10", "seal", "Request/Response", "", 72],
      ["2.0", "merchantId", "Request", "", 76],
    ]);
  });
});

/** Each case changes the small page once and gives the diagnostics it must produce. */
