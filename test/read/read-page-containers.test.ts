// The page reader on the small page of the Sips layout (test/support/small-page.ts): fields printed with their
// container, and a container's defects.
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { read, small } from "../support/small-page.js";

/** The fixture page with cardKind's values left out: a container lists none (page-container-values-listed). */
const noCardKinds = small.replace(
  "List of values\nDEBIT\n- Debit card\nCREDIT\n- Credit card\n- Or a charge card\n",
  "",
);

test("a field printed with its container", () => {
  const text = noCardKinds.replace(
    "Request sample",
    "-\nbin\n- presence\n- Optional\n- Interface version\n- 2.50\n- Container\n- cardKind\nFirst digits.\nRequest sample",
  );
  const { page, diagnostics } = read(text);
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(page.request.fields.map((f) => [f.name, f.container?.value ?? null])).toEqual([
    ["merchantId", null],
    ["seal", null],
    ["cardKind", null],
    ["bin", "cardKind"],
  ]);
  // A field that holds fields and lists values, or fields held by each other: the page's defects, where they are.
  const bin = "-\nbin\n- presence\n- Optional\n- Interface version\n- 2.50\n- Container\n- cardKind\nFirst digits.\n";
  const listed = read(small.replace("Request sample", `${bin}Request sample`));
  expect(listed.diagnostics.map((d) => [d.code, d.line])).toEqual([["page-container-values-listed", 49]]);
  const cycle = read(
    text.replace(
      "- Optional\n- Interface version\n- 2.50\nKind of card.",
      "- Optional\n- Interface version\n- 2.50\n- Container\n- bin\nKind of card.",
    ),
  );
  // (Its changelog row of cardKind, at the top, is one the field lists no longer back.)
  expect(cycle.diagnostics.map((d) => d.code).filter((c) => c.startsWith("page-container"))).toEqual([
    "page-container-cycle",
    "page-container-cycle",
  ]);
});

test("a container's field named as a field of the message is its own field, its changelog row its own", () => {
  // A getTransactionData-like page: merchantId at the top (2.0) and in a container (2.50), each with its row.
  const text = noCardKinds
    .replace(
      "Request sample",
      "-\nmerchantId\n- presence\n- Optional\n- Interface version\n- 2.50\n- Container\n- cardKind\nShop of the card.\nRequest sample",
    )
    .replace(
      "2.0 |\nmerchantId\n|\nRequest |",
      "2.0 |\nmerchantId\n|\nRequest | |\n2.50 |\nmerchantId\n|\nRequest | cardKind |",
    );
  const { page, diagnostics } = read(text);
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(page.changelog.map((r) => [r.version, r.field, r.container])).toContainEqual([
    "2.50",
    "merchantId",
    "cardKind",
  ]);
  // Each row is still checked against its own field.
  const wrong = read(
    text.replace("2.50 |\nmerchantId\n|\nRequest | cardKind", "2.0 |\nmerchantId\n|\nRequest | cardKind"),
  );
  expect(wrong.diagnostics.map((d) => d.code)).toEqual(["page-changelog-version"]);
});
