// sync on the fixture spec whose operation cites a page (test/support/sync-workspace.ts): a release of the page the
// spec agrees with, or one change of it: what `sync --check` lists, and that sync writes it, nothing else, and
// nothing on a second run.
import { afterEach, expect, test } from "vitest";
import {
  check,
  OP,
  read,
  removeWorkspaces,
  SIMU_JSON_BLOCK,
  SIMU_SOAP,
  sync,
  workspace,
} from "../support/sync-workspace.js";

afterEach(removeWorkspaces);

test("the fixture spec agrees with its page", async () => {
  expect(await check(await workspace())).toEqual([]);
});

test("a page whose changelog heading row is printed twice still agrees with the spec, row for row", async () => {
  const heading = "Interface version | Data | Attendance | Container |\n";
  // Without it: "the spec says a Request row, the page says no row" for every other row, left to the maintainer.
  expect(await check(await workspace([[heading, heading + heading]]))).toEqual([]);
});

const releases: { name: string; edits: [string, string][]; check: string[]; want: [string, string, string][] }[] = [
  {
    name: "a recommended version",
    edits: [["IR_WS_2.50", "IR_WS_2.60"]],
    check: [
      'spec/operations/office/cardCheck.yaml:15:16 error page-mismatch interfaceVersion.recommended: the spec says "IR_WS_2.50", the page says "IR_WS_2.60"\n  spec/sources/cardCheck.page.txt:4:1 the page',
    ],
    want: [[OP, "recommended: IR_WS_2.50", "recommended: IR_WS_2.60"]],
  },
  {
    name: "a presence, changed in place",
    edits: [
      ["Response\nRequired\n-\nseal\n- presence\n- Required", "Response\nOptional\n-\nseal\n- presence\n- Optional"],
    ],
    check: [
      "spec/operations/office/cardCheck.yaml:31:41 error page-mismatch response.fields.seal.presence: the spec says required, the page says optional\n  spec/sources/cardCheck.page.txt:60:3 the page",
    ],
    want: [
      [
        OP,
        'seal: { from: dictionary, presence: required, since: "2.10" }',
        'seal: { from: dictionary, presence: optional, since: "2.10" }',
      ],
    ],
  },
  {
    name: "a new value in a shared list, with its meaning",
    edits: [["CREDIT\n- Credit card", "CHARGE\n- Charge card\nCREDIT\n- Credit card"]],
    check: [
      'spec/dictionary/lists.yaml:5:7 error page-mismatch valueLists.cardKind.values.CHARGE: the spec says no value "CHARGE" in list cardKind, the page says "CHARGE" (sources/cardCheck.page.txt)\n  spec/sources/cardCheck.page.txt:51:1 the page',
    ],
    want: [
      [
        "dictionary/lists.yaml",
        "    values:\n      CREDIT:",
        "    values:\n      CHARGE:\n        meaning: Charge card\n      CREDIT:",
      ],
    ],
  },
  {
    name: "a new optional field after its page neighbour, and its changelog row",
    edits: [
      [
        "Optional\n-\ncardKind",
        "Optional\n-\ncardBrand\n- presence\n- Optional\n- Interface version\n- 2.60\nBrand of the card.\n-\ncardKind",
      ],
      ["---|---|---|---|\n", "---|---|---|---|\n2.60 |\ncardBrand\n|\nRequest | |\n"],
    ],
    check: [
      "spec/operations/office/cardCheck.yaml:19:5 error page-mismatch request.fields.cardBrand: the spec says no such field, the page says an optional field\n  spec/sources/cardCheck.page.txt:42:1 the page",
    ],
    want: [
      [
        OP,
        '    seal: { from: dictionary, presence: required, since: "2.0" }\n    cardKind:',
        '    seal: { from: dictionary, presence: required, since: "2.0" }\n    cardBrand:\n      presence: optional\n      since: "2.60"\n      description: Brand of the card.\n    cardKind:',
      ],
    ],
  },
  {
    name: "an environment's JSON address, set in place",
    edits: [
      [
        "office-server.test.example.com/rs-services/v2/office/cardCheck",
        "office-server.test.example.com/rs-services/v3/office/cardCheck",
      ],
    ],
    check: [
      'spec/operations/office/cardCheck.yaml:12:9 error page-mismatch endpoints.test.json: the spec says "https://office-server.test.example.com/rs-services/v2/office/cardCheck", the page says "https://office-server.test.example.com/rs-services/v3/office/cardCheck"\n  spec/sources/cardCheck.page.txt:15:1 the page',
    ],
    want: [
      [OP, "test.example.com/rs-services/v2/office/cardCheck", "test.example.com/rs-services/v3/office/cardCheck"],
    ],
  },
  {
    name: "a JSON address where the environment had a SOAP one only: its addresses by kind",
    edits: [[SIMU_SOAP, `${SIMU_JSON_BLOCK}\n${SIMU_SOAP}`]],
    check: [
      'spec/operations/office/cardCheck.yaml:11:5 error page-mismatch endpoints.simu.json: the spec says nothing, the page says "https://office-server.simu.example.com/rs-services/v2/office/cardCheck"\n  spec/sources/cardCheck.page.txt:21:1 the page',
    ],
    want: [
      [
        OP,
        "  simu:\n    soap:",
        "  simu:\n    json: https://office-server.simu.example.com/rs-services/v2/office/cardCheck\n    soap:",
      ],
    ],
  },
  {
    name: "an environment the page no longer gives, removed",
    edits: [
      ["-\n- TEST\n-\nhttps://office-server.test.example.com/rs-services/v2/office/cardCheck\n- method\n- POST\n", ""],
    ],
    check: [
      'spec/operations/office/cardCheck.yaml:12:9 error page-mismatch endpoints.test.json: the spec says "https://office-server.test.example.com/rs-services/v2/office/cardCheck", the page says nothing\n  spec/sources/cardCheck.page.txt:9:1 the page',
    ],
    want: [[OP, "  test: https://office-server.test.example.com/rs-services/v2/office/cardCheck\n", ""]],
  },
  {
    name: "a recommended version per interface",
    edits: [
      [
        "Recommended interfaceVersion: IR_WS_2.50",
        "Recommended interfaceVersion:\n- POST : HP_3.4\n- JSON/SOAP : IR_WS_2.50",
      ],
    ],
    check: [
      'spec/operations/office/cardCheck.yaml:15:16 error page-mismatch interfaceVersion.recommended.HP_: the spec says nothing, the page says "HP_3.4"\n  spec/sources/cardCheck.page.txt:5:1 the page',
    ],
    want: [[OP, "  recommended: IR_WS_2.50", "  recommended:\n    HP_: HP_3.4\n    IR_WS_: IR_WS_2.50"]],
  },
  {
    name: "a description",
    edits: [["Kind of card.", "Kind of the card."]],
    check: [
      'spec/operations/office/cardCheck.yaml:26:20 error page-mismatch request.fields.cardKind.description: the spec says "Kind of card.", the page says "Kind of the card."\n  spec/sources/cardCheck.page.txt:47:1 the page',
    ],
    want: [[OP, "description: Kind of card.", "description: Kind of the card."]],
  },
];

test.each(releases)(
  "$name: check lists it, sync writes it and nothing else",
  async ({ edits, check: wantCheck, want }) => {
    const spec = await workspace(edits);
    const before = new Map(await Promise.all(want.map(async ([rel]) => [rel, await read(spec, rel)] as const)));
    expect(await check(spec)).toEqual(wantCheck);
    const report = await sync(spec);
    expect(report.ok).toBe(true);
    expect([...report.written.keys()].sort()).toEqual([...new Set(want.map(([rel]) => rel))].sort());
    for (const [rel, from, to] of want) expect(await read(spec, rel)).toBe((before.get(rel) ?? "").replace(from, to));
    expect(await check(spec)).toEqual([]);
    // Idempotent: a second run writes nothing.
    expect((await sync(spec)).written.size).toBe(0);
  },
);
