// `npm run changes` on the golden fixture, the platform's rules (the seal, the
// credentials the client fills, its title): they hold for every operation.
import { expect, test } from "vitest";
import { compareSeal } from "../../generator/changes/seal-changes.js";
import { generateFromInput } from "../../generator/index.js";
import type { SpecInput } from "../../generator/read/spec-files.js";
import {
  edited,
  goldenInput,
  modelOfGolden,
  testCases,
  type ChangeCase,
  type Edit,
} from "../support/golden-changes.js";

/** Notes of the response's part of the seal rule and of an algorithm. */
const SEAL_NOTES: Edit[] = [
  ["sips.yaml", "    exclude: [seal]\n", "    exclude: [seal]\n    notes: [Every SDK leaves the seal out.]\n"],
  ["sips.yaml", "      kind: digest\n", "      kind: digest\n      notes: [The key follows the sealing string.]\n"],
];

const cases: ChangeCase[] = [
  {
    kind: "seal (an exclusion)",
    edits: [["sips.yaml", "exclude: [keyVersion, sealAlgorithm, seal]", "exclude: [sealAlgorithm, seal]"]],
    want: ["cardCheck request - seal seal", "cardPaymentInit request - seal seal", "cardRefund request - seal seal"],
    semver: "major",
  },
  {
    kind: "seal: an algorithm added seals no message otherwise (additive), the default changed does",
    edits: [
      ["sips.yaml", "    SHA-256:\n", "    SHA-512:\n      kind: digest\n      hash: sha512\n    SHA-256:\n"],
      ["sips.yaml", "defaultAlgorithm: HMAC-SHA-256", "defaultAlgorithm: SHA-256"],
    ],
    want: [
      "cardCheck - - seal seal",
      "cardPaymentInit - - seal seal",
      "cardRefund - - seal seal",
      "cardCheck - - seal additive",
      "cardPaymentInit - - seal additive",
      "cardRefund - - seal additive",
    ],
    semver: "major",
  },
  {
    kind: "seal: an algorithm added alone is a minor release, its notes no change of the rule's notes",
    edits: [["sips.yaml", "    SHA-256:\n", "    SHA-512:\n      kind: digest\n      hash: sha512\n    SHA-256:\n"]],
    want: ["cardCheck - - seal additive", "cardPaymentInit - - seal additive", "cardRefund - - seal additive"],
    semver: "minor",
  },
  {
    kind: "the seal rule's notes (a direction's, an algorithm's): no generated file prints them, no change",
    edits: SEAL_NOTES,
    want: [],
    semver: "none",
  },
  {
    kind: "the platform's title, document version and example key: docs, reported once",
    edits: [
      ["sips.yaml", "platform: Sips 2.0", "platform: Sips 2.1"],
      ["sips.yaml", "documentVersion: 1.0.0", "documentVersion: 1.1.0"],
      ["sips.yaml", "secretKey: 002001000000001_KEY1", "secretKey: 002001000000001_KEY2"],
    ],
    want: ["platform - - description docs", "platform - - description docs", "platform - - description docs"],
    semver: "patch",
  },
  {
    kind: "credentials: the client fills another field from its configuration",
    edits: [["sips.yaml", "keyVersionField: keyVersion", "keyVersionField: sealAlgorithm"]],
    want: ["platform - - credentials breaking-request"],
    semver: "major",
  },
];

testCases(cases);

// The spec's value lists name every algorithm, so an edit of the fixture cannot remove one alone: its rule is compared.
test("seal: an algorithm removed refuses the messages sealed with it, a seal change", async () => {
  const { seal } = (await modelOfGolden()).platform;
  const without = { ...seal, algorithms: seal.algorithms.filter((a) => a.name !== "SHA-256") };
  expect(compareSeal(seal, without, "cardCheck").map((c) => [c.classes, c.summary])).toEqual([
    [["seal"], "seal algorithm SHA-256 removed: messages sealed with it are refused."],
  ]);
});

test("the seal rule's notes are printed in no generated file", async () => {
  const output = async (spec: SpecInput) => {
    const run = await generateFromInput(spec);
    return run.ok ? run.files.map((f) => [f.path, f.content]) : run.diagnostics;
  };
  expect(await output(edited(goldenInput, SEAL_NOTES))).toEqual(await output(goldenInput));
});
