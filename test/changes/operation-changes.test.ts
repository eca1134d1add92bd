// `npm run changes` on the golden fixture, an operation as a whole: added,
// its addresses, environments and interface, its status block, its
// changelog, its docs and spec file.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { formatDiagnostic, generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import type * as Repository from "../../generated/index.js";
import { keptOutput } from "../support/kept-output.js";
import { fixturesDir } from "../support/paths.js";
import { withFiles } from "../support/sync-memory.js";
import {
  OP,
  PAYPAGE,
  edited,
  goldenInput,
  modelOf,
  CALLBACK,
  modelOfGolden,
  testCases,
  textOf,
  type ChangeCase,
  type Edit,
} from "../support/golden-changes.js";

/** The fixture's Paypage operation recommends a version of its POST interface (HP_) beside its JSON one. */
const POST_RECOMMENDED = "  recommended:\n    HP_: HP_3.4\n    IR_WS_: IR_WS_3.4\n";

const cases: ChangeCase[] = [
  {
    kind: "operation-added",
    edits: [],
    copyAs: "pingCheck",
    want: ["pingCheck - - operation-added additive"],
    semver: "minor",
  },
  {
    // A back office that sent it again blindly after a lost reply may now do twice what Sips does once.
    kind: "effect (reads → changes)",
    edits: [[OP, "effect: changes", "effect: reads"]],
    reversed: true,
    want: ["cardCheck - - effect breaking-request"],
    semver: "major",
  },
  {
    kind: "effect (changes → reads)",
    edits: [[OP, "effect: changes", "effect: reads"]],
    want: ["cardCheck - - effect additive"],
    semver: "minor",
  },
  {
    kind: "endpoint",
    edits: [[OP, "rs-services/v2/checkout/cardCheck\n  test", "rs-services/v3/checkout/cardCheck\n  test"]],
    want: ["cardCheck - - endpoint breaking-request"],
    semver: "major",
  },
  {
    kind: "recommended-interface-version",
    edits: [[OP, "recommended: IR_WS_2.46", "recommended: IR_WS_2.50"]],
    want: ["cardCheck - - recommended-interface-version additive"],
    semver: "minor",
  },
  {
    // The client declares the recommended version: lowered past a request field (channels, 2.30), the field set is refused.
    kind: "recommended-interface-version (lowered past a request field)",
    edits: [[OP, "recommended: IR_WS_2.46", "recommended: IR_WS_2.25"]],
    want: ["cardCheck - - recommended-interface-version breaking-request"],
    semver: "major",
  },
  {
    // Lowered to the newest request field's version: every field a caller sets is still allowed.
    kind: "recommended-interface-version (lowered, no request field after it)",
    edits: [[OP, "recommended: IR_WS_2.46", "recommended: IR_WS_2.30"]],
    want: ["cardCheck - - recommended-interface-version additive"],
    semver: "minor",
  },
  {
    // The client fills in the recommended version when the caller gives none: taken away, a required version field is left empty and refused.
    kind: "recommended-interface-version (taken away, the version field required)",
    edits: [[OP, "prefix: IR_WS_\n  recommended: IR_WS_2.46", "prefix: IR_WS_"]],
    want: ["cardCheck - - recommended-interface-version breaking-request"],
    semver: "major",
  },
  {
    // Where the version field is optional, the client sends none and the request is still valid.
    kind: "recommended-interface-version (taken away, the version field optional)",
    edits: [
      [OP, "prefix: IR_WS_\n  recommended: IR_WS_2.46", "prefix: IR_WS_"],
      [OP, "interfaceVersion:\n      presence: required", "interfaceVersion:\n      presence: optional"],
    ],
    want: [
      "cardCheck - - recommended-interface-version additive",
      "cardCheck request /interfaceVersion presence additive",
    ],
    semver: "minor",
  },
  {
    // A page release that moves an operation to another interface (IR_WS_ to IR_MB_): the validators refuse the old prefix.
    kind: "interface-prefix",
    edits: [[OP, "prefix: IR_WS_\n  recommended: IR_WS_2.46", "prefix: IR_MB_\n  recommended: IR_MB_2.46"]],
    want: [
      "cardCheck request - interface-prefix breaking-request",
      "cardCheck response - interface-prefix breaking-response",
      "cardCheck - - recommended-interface-version additive",
    ],
    semver: "major",
  },
  {
    kind: "recommended-interface-version (of another interface)",
    edits: [[PAYPAGE, "HP_: HP_3.4", "HP_: HP_3.5"]],
    want: ["cardPaymentInit - - recommended-interface-version additive"],
    semver: "minor",
  },
  {
    // paypagePostForm declares the POST interface's version by default but holds no field of Data to it: captureDay (2.30) still passes.
    kind: "recommended-interface-version (of the POST interface, lowered past a request field's version)",
    edits: [[PAYPAGE, "HP_: HP_3.4", "HP_: HP_2.0"]],
    want: ["cardPaymentInit - - recommended-interface-version additive"],
    semver: "minor",
  },
  {
    // With no POST interface left, paypagePostForm has no default version: a call that gives none throws. The
    // callback goes with it: its prefix is the POST interface's, which no other interface's stands in for.
    kind: "recommended-interface-version (of the POST interface, taken away)",
    edits: [
      [PAYPAGE, POST_RECOMMENDED, "  recommended: IR_WS_3.4\n"],
      [PAYPAGE, CALLBACK, ""],
    ],
    want: [
      "cardPaymentInit - - recommended-interface-version breaking-request",
      "cardPaymentInit callback - callback-removed breaking-response",
    ],
    semver: "major",
  },
  {
    // A POST interface given: paypagePostForm refuses a configured version of another prefix, which it took.
    kind: "recommended-interface-version (of the POST interface, given)",
    edits: [
      [PAYPAGE, POST_RECOMMENDED, "  recommended: IR_WS_3.4\n"],
      [PAYPAGE, CALLBACK, ""],
    ],
    reversed: true,
    want: [
      "cardPaymentInit - - recommended-interface-version breaking-request",
      "cardPaymentInit callback - callback-added additive",
    ],
    semver: "major",
  },
  {
    kind: "environment added",
    edits: [
      [
        PAYPAGE,
        "interfaceVersion:",
        "  test: https://payment.test.example.com/rs-services/v2/paymentInit\ninterfaceVersion:",
      ],
    ],
    want: ["cardPaymentInit - - environment additive"],
    semver: "minor",
  },
  {
    kind: "environment removed",
    edits: [
      [
        PAYPAGE,
        "  simu:\n    json: https://payment.simu.example.com/rs-services/v2/paymentInit\n    post: https://payment.simu.example.com/paymentInit\n",
        "",
      ],
    ],
    want: ["cardPaymentInit - - environment breaking-request"],
    semver: "major",
  },
  {
    kind: "endpoint (the HTML form's address moves)",
    edits: [
      [
        PAYPAGE,
        "post: https://payment.simu.example.com/paymentInit",
        "post: https://payment.simu.example.com/v2/paymentInit",
      ],
    ],
    want: ["cardPaymentInit - - endpoint breaking-request"],
    semver: "major",
  },
  {
    kind: "endpoint (a SOAP address added)",
    edits: [
      [
        OP,
        "  test: https://office-server.test.example.com/rs-services/v2/checkout/cardCheck",
        "  test:\n    json: https://office-server.test.example.com/rs-services/v2/checkout/cardCheck\n    soap: https://office-server.test.example.com/services/v2/checkout",
      ],
    ],
    want: ["cardCheck - - endpoint docs"],
    semver: "patch",
  },
  {
    kind: "endpoint (a SOAP address changes)",
    edits: [
      [
        PAYPAGE,
        "soap: https://payment.example.com/services/v2/paymentInit",
        "soap: https://payment.example.com/services/v3/paymentInit",
      ],
    ],
    want: ["cardPaymentInit - - endpoint docs"],
    semver: "patch",
  },
  {
    kind: "status: the accepted code changes (the mock's replies carry it; code that compares with it must follow)",
    edits: [[OP, '  accepted: "00"\n', '  accepted: "99"\n']],
    want: ["cardCheck response - status breaking-response"],
    semver: "major",
  },
  {
    kind: "status: a format error's code documented (the mock refuses with it, no longer with HTTP 400)",
    edits: [[OP, "  formatError: undocumented\n", '  formatError: "99"\n']],
    want: ["cardCheck response - status breaking-response"],
    semver: "major",
  },
  {
    kind: "status: an error field named (the mock's format error names the field in error in it)",
    edits: [[OP, "  formatError: undocumented\n", "  errorField: seal\n  formatError: undocumented\n"]],
    want: ["cardCheck response - status additive"],
    semver: "minor",
  },
  {
    kind: "status block removed (the error reports no longer carry the code)",
    edits: [
      [
        OP,
        'status:\n  field: statusCode\n  accepted: "00"\n  formatError: undocumented\n  signatureError: undocumented\n',
        "",
      ],
    ],
    want: ["cardCheck response - status breaking-response"],
    semver: "major",
  },
  {
    kind: "an operation's notes and family, a message's notes",
    edits: [
      [OP, "family: Office", "family: Back office"],
      [OP, "  - Not a real Sips operation.", "  - Not a Sips operation."],
      [OP, "Amounts are in the smallest currency unit.", "Amounts are in cents."],
    ],
    want: ["cardCheck - - description docs", "cardCheck - - description docs", "cardCheck request - description docs"],
    semver: "patch",
  },
  {
    // The POST form builder is named after the family: cardPaymentInit's paypagePostForm becomes paypageWebPostForm.
    kind: "the family of an operation with a POST form address",
    edits: [[PAYPAGE, "family: Paypage", "family: Paypage Web"]],
    want: ["cardPaymentInit - - exported-names breaking-request"],
    semver: "major",
  },
];

testCases(cases);

test("an operation's changelog: rows a new page release orders otherwise, where no field change explains them", async () => {
  // The sync fixture's operation cites a page, whose changelog orders the operation's table.
  const input = await readSpecInput(path.join(fixturesDir, "sync", "spec"));
  const page = "sources/cardCheck.page.txt";
  const text = input.pages?.get(page) ?? "";
  const [seal, merchantId] = ["2.10 |\nseal\n|\nRequest/Response | |\n", "2.0 |\nmerchantId\n|\nRequest |"];
  expect(text).toContain(`${seal}${merchantId}`);
  const reordered = withFiles(input, [[page, text.replace(`${seal}${merchantId}`, `${merchantId} |\n${seal}`)]]);
  const changes = compareSpecs(await modelOf(input), await modelOf(reordered));
  expect(changes.map((c) => `${c.operation} ${c.kind} ${c.classes.join(",")}: ${c.summary}`)).toEqual([
    "cardCheck changelog docs: changelog (CHANGELOG.md, the reference page): rows in another order.",
  ]);
});

test("an operation citing another saved page of the same text: nothing generated changes, and no change is listed", async () => {
  const input = await readSpecInput(path.join(fixturesDir, "sync", "spec"));
  const [page, copy] = ["sources/cardCheck.page.txt", "sources/cardCheck-copy.page.txt"];
  const file = "operations/office/cardCheck.yaml";
  const recited = withFiles(
    input,
    [[copy, input.pages?.get(page) ?? ""]],
    new Map([[file, textOf(input, file).replace(`page: ${page}`, `page: ${copy}`)]]),
  );
  const output = async (spec: SpecInput) => {
    const run = await generateFromInput(spec);
    return run.ok ? run.files.map((f) => [f.path, f.content]) : run.diagnostics;
  };
  expect(await output(recited)).toEqual(await output(input));
  expect(compareSpecs(await modelOf(input), await modelOf(recited))).toEqual([]);
});

test("an operation's spec file moved: docs, the generated files' headers name it", async () => {
  const before = await modelOfGolden();
  const spec = withFiles(
    goldenInput,
    [],
    new Map([
      [OP, null],
      ["operations/checks/cardCheck.yaml", textOf(goldenInput, OP)],
    ]),
  );
  expect(
    compareSpecs(before, await modelOf(spec)).map(
      (c) => `${c.operation} ${c.kind} ${c.classes.join(",")}: ${c.summary}`,
    ),
  ).toEqual([
    "cardCheck description docs: spec file operations/office/cardCheck.yaml → operations/checks/cardCheck.yaml (the generated files' headers name it).",
  ]);
});

test("a status block added: its codes named, and classed by what the mock does with a refusal code", async () => {
  const block =
    'status:\n  field: statusCode\n  accepted: "00"\n  formatError: undocumented\n  signatureError: undocumented\n';
  const before = await modelOf(edited(goldenInput, [[OP, block, ""]]));
  const added = compareSpecs(before, await modelOfGolden());
  expect(added.map((c) => `${c.kind} ${c.classes.join(",")}: ${c.summary}`)).toEqual([
    "status additive: status block added (field statusCode): the client's error reports carry the code.",
  ]);
  const refusing = edited(goldenInput, [[OP, "  formatError: undocumented\n", '  formatError: "99"\n']]);
  expect(compareSpecs(before, await modelOf(refusing)).map((c) => c.classes.join(","))).toEqual(["breaking-response"]);
});

test("the recommended interfaceVersion lowered past request fields: the summary says why it breaks senders, naming them", async () => {
  const spec = edited(goldenInput, [[OP, "recommended: IR_WS_2.46", "recommended: IR_WS_2.15"]]);
  const changes = compareSpecs(await modelOfGolden(), await modelOf(spec));
  expect(changes.filter((c) => c.kind === "recommended-interface-version").map((c) => c.summary)).toEqual([
    "recommended interfaceVersion IR_WS_2.46 → IR_WS_2.15; the examples and the client use it. A request sent by the client without an interfaceVersion declares IR_WS_2.15, and the fields of a later version it sets (/channels, /customer, /customer/address, /customer/address/zipCode) are refused.",
  ]);
});

test("the recommended interfaceVersion lowered past required request fields: the spec is refused where it recommends it, so no release lists the change", async () => {
  // keyVersion, required, of 2.30; the recommended version lowered below it, which every request the client sends by
  // default would declare and the validators refuse.
  const keyVersion: Edit = [
    OP,
    '    keyVersion:\n      presence: required\n      since: "2.0"',
    '    keyVersion:\n      presence: required\n      since: "2.30"',
  ];
  const lowered: Edit = [OP, "recommended: IR_WS_2.46", "recommended: IR_WS_2.25"];
  await modelOf(edited(goldenInput, [keyVersion])); // valid: 2.46 is above keyVersion's 2.30
  const run = await generateFromInput(edited(goldenInput, [keyVersion, lowered]));
  const refusals = run.ok ? [] : run.diagnostics.filter((d) => d.code === "recommended-below-floor");
  // Where the operation file writes the recommended version.
  const lines = textOf(goldenInput, OP).split("\n");
  const line = lines.findIndex((l) => l.includes("recommended: IR_WS_2.46"));
  const at = `${line + 1}:${(lines[line] ?? "").indexOf("IR_WS_2.46") + 1}`;
  // And where it writes keyVersion's version, the other place the slip may be.
  const since = lines.findIndex((l, i) => l === "    keyVersion:" && lines[i + 2] === '      since: "2.0"') + 3;
  expect(refusals.map(formatDiagnostic)).toEqual([
    `test/fixtures/golden/spec/${OP}:${at} error recommended-below-floor ` +
      'the recommended version "IR_WS_2.25" is earlier than IR_WS_2.30, the lowest a request may declare, as it carries its required fields of that version (keyVersion): the validators refuse a request declaring it, and the client sends it. Correct the recommended version, or the fields\' versions\n' +
      `  test/fixtures/golden/spec/${OP}:${since}:14 keyVersion: required, since 2.30`,
  ]);
});

test("the recommended interfaceVersion lowered past request fields of a request with no version field: no request declares it, so nothing is refused", async () => {
  // Without a version field the client fills in no version and the validators hold no field to one: keyVersion
  // (required, 2.30) and channels (2.30) are taken whatever the recommended version.
  const noVersionField: Edit = [
    OP,
    '    interfaceVersion:\n      presence: required\n      since: "2.0"\n      type: interfaceVersion\n      valueList: family\n      description: Version of the interface used.\n',
    "",
  ];
  const keyVersion: Edit = [
    OP,
    '    keyVersion:\n      presence: required\n      since: "2.0"',
    '    keyVersion:\n      presence: required\n      since: "2.30"',
  ];
  const lowered: Edit = [OP, "recommended: IR_WS_2.46", "recommended: IR_WS_2.25"];
  const after = edited(goldenInput, [noVersionField, keyVersion, lowered]);
  const changes = compareSpecs(await modelOf(edited(goldenInput, [noVersionField, keyVersion])), await modelOf(after));
  expect(changes.map((c) => `${c.kind} ${c.classes.join(",")}: ${c.summary}`)).toEqual([
    "recommended-interface-version additive: recommended interfaceVersion IR_WS_2.46 → IR_WS_2.25; the examples and the client use it.",
  ]);
  const run = await generateFromInput(after);
  if (!run.ok) throw new Error(run.diagnostics.map(formatDiagnostic).join("\n"));
  const dir = keptOutput("golden-no-version-field", run.files, "javascript");
  const loaded = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as typeof Repository;
  const operations = loaded.operations as unknown as Record<string, (typeof Repository.operations)["getWalletData"]>;
  const request = operations["cardCheck"]?.request;
  const sent = { keyVersion: 1, merchantId: "123456789012345", channels: ["INTERNET"], seal: "0".repeat(64) };
  expect(request?.validate(sent).ok).toBe(true);
});

// After a release of getWalletData's page that no longer prints errorFieldName: sync takes status.errorField away with it.
test("a status error field taken away: the summary says what the mock no longer does, not what it does", async () => {
  const named = await modelOf(
    edited(goldenInput, [[OP, "  formatError: undocumented\n", "  errorField: seal\n  formatError: undocumented\n"]]),
  );
  const golden = await modelOfGolden();
  const summaries = (before: typeof golden, after: typeof golden) =>
    compareSpecs(before, after)
      .filter((c) => c.kind === "status")
      .map((c) => c.summary);
  expect(summaries(named, golden)).toEqual([
    "error field seal → none: the mock's format error no longer names the field in error.",
  ]);
  expect(summaries(golden, named)).toEqual([
    "error field none → seal: the mock's format error names the first field in error in it.",
  ]);
});

// After paymentWebInit's page of Release 23.1, which prints no recommended version: taken away by hand, as sync
// leaves it to the maintainer, the client has none to declare.
test("the recommended interfaceVersion taken away: the summary says the client declares none, not that it uses it", async () => {
  const copy = await modelOf(edited(goldenInput, [[OP, "  recommended: IR_WS_2.46\n", ""]]));
  const summaries = (await modelOfGolden().then((golden) => compareSpecs(golden, copy)))
    .filter((c) => c.kind === "recommended-interface-version")
    .map((c) => c.summary);
  expect(summaries).toEqual([
    "recommended interfaceVersion IR_WS_2.46 → none; the examples and the client declare none. The client no longer fills in interfaceVersion, which the request requires: a call that gives none, and configures none, is refused.",
  ]);
});

test("the POST interface's recommended version: the summary says what paypagePostForm does with it", async () => {
  const golden = await modelOfGolden();
  const summaries = async (edit: string, reversed = false) => {
    // Without a POST interface, the callback, which it posts, goes too (its prefix would be unknown).
    const callback: Edit[] = edit.includes("HP_") ? [] : [[PAYPAGE, CALLBACK, ""]];
    const copy = await modelOf(edited(goldenInput, [[PAYPAGE, POST_RECOMMENDED, edit], ...callback]));
    return (reversed ? compareSpecs(copy, golden) : compareSpecs(golden, copy))
      .filter((c) => c.kind === "recommended-interface-version")
      .map((c) => c.summary);
  };
  expect(await summaries(POST_RECOMMENDED.replace("HP_3.4", "HP_2.0"))).toEqual([
    "recommended interfaceVersion of the HP_ interface HP_3.4 → HP_2.0. paypagePostForm declares it by default; it holds no field of Data to a HP_ version, as the pages give the fields' versions without a prefix.",
  ]);
  expect(await summaries("  recommended: IR_WS_3.4\n")).toEqual([
    "recommended interfaceVersion of the HP_ interface HP_3.4 → none. paypagePostForm no longer has a POST interface to fill in the form's InterfaceVersion from (it gave HP_3.4): a call that gives no config.interfaceVersion throws a TypeError.",
  ]);
  expect(await summaries("  recommended: IR_WS_3.4\n", true)).toEqual([
    "recommended interfaceVersion of the HP_ interface none → HP_3.4. paypagePostForm declares HP_3.4 by default and refuses a config.interfaceVersion that is no HP_ version (a TypeError), where it took any version; the mock refuses such a form.",
  ]);
});
