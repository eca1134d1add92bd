// `npm run changes` on the golden fixture, a message's fields: added, removed,
// moved, their presence, version, type and format, a container type renamed,
// a callback's fields, and what only their documentation shows.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import {
  CALLBACK_AMOUNT,
  FIELDS,
  NAME,
  OP,
  PAYPAGE,
  changeLine,
  edited,
  goldenInput,
  modelOf,
  modelOfGolden,
  testCases,
  type ChangeCase,
} from "../support/golden-changes.js";

const cases: ChangeCase[] = [
  {
    kind: "field-added (optional request field)",
    edits: [
      [
        OP,
        "    referenceId:\n",
        '    note: { presence: optional, since: "2.50", description: A note. }\n    referenceId:\n',
      ],
    ],
    want: ["cardCheck request /note field-added additive"],
    semver: "minor",
  },
  {
    kind: "field-added (required response field)",
    edits: [
      [OP, "    cards:\n", '    note: { presence: required, since: "2.50", description: A note. }\n    cards:\n'],
    ],
    want: ["cardCheck response /note field-added breaking-response"],
    semver: "major",
  },
  {
    kind: "field-removed",
    edits: [
      [
        OP,
        "    referenceId:\n      presence: undocumented\n      since: undocumented\n      format: AN35\n      description: Reference of the check.\n",
        "",
      ],
    ],
    want: ["cardCheck request /referenceId field-removed breaking-request"],
    semver: "major",
  },
  {
    kind: "field-order: a message's fields, and a container's (in each message that holds it)",
    edits: [
      [
        OP,
        '    keyVersion:\n      presence: required\n      since: "2.0"\n      type: integer\n      format: N10\n      description: Version of the secret key.\n',
        "",
      ],
      [
        OP,
        "    interfaceVersion:\n",
        '    keyVersion:\n      presence: required\n      since: "2.0"\n      type: integer\n      format: N10\n      description: Version of the secret key.\n    interfaceVersion:\n',
      ],
      [FIELDS, NAME, ""],
      [
        FIELDS,
        "            description: ISO 3166 country code.\n",
        `            description: ISO 3166 country code.\n${NAME}`,
      ],
    ],
    want: [
      "cardCheck request - field-order docs",
      "cardCheck request /customer field-order docs",
      "cardCheck response /customer field-order docs",
    ],
    semver: "patch",
  },
  {
    kind: "presence (response field made required)",
    edits: [[OP, "    cards:\n      presence: optional", "    cards:\n      presence: required"]],
    want: ["cardCheck response /cards presence breaking-response"],
    semver: "major",
  },
  {
    kind: "presence (request field made optional)",
    edits: [[OP, "    keyVersion:\n      presence: required", "    keyVersion:\n      presence: optional"]],
    want: ["cardCheck request /keyVersion presence additive"],
    semver: "minor",
  },
  {
    kind: "since (later, in a request)",
    edits: [
      [
        OP,
        '    orderChannel:\n      presence: optional\n      since: "2.5"',
        '    orderChannel:\n      presence: optional\n      since: "2.6"',
      ],
    ],
    want: ["cardCheck request /orderChannel since breaking-request"],
    semver: "major",
  },
  {
    kind: "since (later, in a response: strict validation pinned to a version between refuses it)",
    edits: [
      [
        OP,
        '    cards:\n      presence: optional\n      since: "2.40"',
        '    cards:\n      presence: optional\n      since: "2.50"',
      ],
    ],
    want: ["cardCheck response /cards since breaking-response"],
    semver: "major",
  },
  {
    kind: "since (earlier, in a response: accepted in more pinned versions)",
    edits: [
      [
        OP,
        '    cards:\n      presence: optional\n      since: "2.40"',
        '    cards:\n      presence: optional\n      since: "2.30"',
      ],
    ],
    want: ["cardCheck response /cards since additive"],
    semver: "minor",
  },
  {
    kind: "since (later, in a callback: classed as a response's)",
    edits: [
      [
        PAYPAGE,
        '    responseCode:\n      presence: optional\n      since: "2.0"',
        '    responseCode:\n      presence: optional\n      since: "2.5"',
      ],
    ],
    want: ["cardPaymentInit callback /responseCode since breaking-response"],
    semver: "major",
  },
  {
    kind: "since (1.0 → undocumented: in every version either way, checked against none)",
    edits: [
      [
        OP,
        '    statusCode:\n      presence: required\n      since: "1.0"',
        "    statusCode:\n      presence: required\n      since: undocumented",
      ],
    ],
    want: ["cardCheck response /statusCode since docs"],
    semver: "patch",
  },
  {
    kind: "type-format (narrower, nested in a list of containers)",
    edits: [[OP, "            format: N6", "            format: N4"]],
    want: ["cardCheck response /cards/-/panExpiryDate type-format breaking-response"],
    semver: "major",
  },
  {
    kind: "type-renamed: a shared container type's rename, once for every field that holds it",
    edits: [[FIELDS, "typeName: PostalAddress", "typeName: BuyerAddress"]],
    want: ["type BuyerAddress - - type-renamed breaking-request,breaking-response"],
    semver: "major",
  },
  {
    kind: "type-format (a request field's value list taken away: its values are no longer checked)",
    edits: [[OP, "      valueList: channel\n      description: |-", "      description: |-"]],
    want: ["cardCheck request /orderChannel type-format additive"],
    semver: "minor",
  },
  {
    kind: "type-format (a value list given to a request field: its values are checked)",
    edits: [[OP, "      format: AN35\n", "      format: AN35\n      valueList: channel\n"]],
    want: ["cardCheck request /referenceId type-format breaking-request"],
    semver: "major",
  },
  {
    kind: "type-format (wider request format)",
    edits: [[OP, "      format: AN35", "      format: ANS40"]],
    want: ["cardCheck request /referenceId type-format additive"],
    semver: "minor",
  },
  {
    kind: "callback field added (required)",
    edits: [
      [
        PAYPAGE,
        "      description: Amount paid.\n",
        '      description: Amount paid.\n    authorisationId: { presence: required, since: "2.0", description: Id. }\n',
      ],
    ],
    want: ["cardPaymentInit callback /authorisationId field-added breaking-response"],
    semver: "major",
  },
  {
    kind: "callback field removed",
    edits: [[PAYPAGE, CALLBACK_AMOUNT, ""]],
    want: ["cardPaymentInit callback /amount field-removed breaking-response"],
    semver: "major",
  },
  {
    kind: "description",
    edits: [[OP, "description: Amount to reserve.", "description: Amount to hold."]],
    want: ["cardCheck request /amount description docs"],
    semver: "patch",
  },
  {
    kind: "a field's notes, condition and example (its JSDoc, reference and examples)",
    edits: [
      [OP, "notes: [Sent for new customers only.]", "notes: [Sent for new customers.]"],
      [OP, "condition: When the check reserves an amount.", "condition: When the check holds an amount."],
      [OP, "      format: AN35\n", "      format: AN35\n      example: REF1\n"],
    ],
    want: [
      "cardCheck request /amount description docs",
      "cardCheck request /customer description docs",
      "cardCheck request /referenceId description docs",
    ],
    semver: "patch",
  },
  {
    kind: "the description of a list's items",
    edits: [[OP, "description: A card.", "description: One card."]],
    want: ["cardCheck response /cards description docs"],
    semver: "patch",
  },
  {
    kind: "description of a dictionary field, nested in a container",
    edits: [[FIELDS, "description: Postal code.", "description: Postal code of the buyer."]],
    want: [
      "cardCheck request /customer/address/zipCode description docs",
      "cardCheck response /customer/address/zipCode description docs",
    ],
    semver: "patch",
  },
  {
    kind: "sensitive: a field made to carry a secret (its message's issues lose their values)",
    edits: [[OP, "      format: AN35\n", "      format: AN35\n      sensitive: a reference the buyer keeps secret\n"]],
    want: ["cardCheck request /referenceId sensitive additive"],
    semver: "minor",
  },
  {
    kind: "sensitive: no longer (a release that undoes the mark: its issues carry their values again)",
    edits: [[OP, "      format: AN35\n", "      format: AN35\n      sensitive: a reference the buyer keeps secret\n"]],
    reversed: true,
    want: ["cardCheck request /referenceId sensitive additive"],
    semver: "minor",
  },
  {
    kind: "sensitive: a field added that carries a secret (every issue of its message loses its value)",
    edits: [
      [
        OP,
        "    referenceId:\n",
        '    note: { presence: optional, since: "2.50", sensitive: a secret of the buyer, description: A note. }\n    referenceId:\n',
      ],
    ],
    want: ["cardCheck request /note field-added additive", "cardCheck request /note sensitive additive"],
    semver: "minor",
  },
  {
    kind: "sensitive: the one field that carries a secret removed (its message's issues carry their values again)",
    edits: [
      [
        OP,
        "    referenceId:\n",
        '    note: { presence: optional, since: "2.50", sensitive: a secret of the buyer, description: A note. }\n    referenceId:\n',
      ],
    ],
    reversed: true,
    want: ["cardCheck request /note field-removed breaking-request", "cardCheck request /note sensitive additive"],
    semver: "major",
  },
];

testCases(cases);

test.each([
  ["ANU", "ANS", "additive"],
  ["ANSU", "ANS", "additive"],
  ["ANS", "ANU", "breaking-request"],
  ["AN", "ANU", "additive"],
  ["ANU", "AN", "breaking-request"],
])("format %s35 to %s35: %s (the classes as the formats page defines them)", async (from, to, classified) => {
  const formatted = (charClass: string): [string, string, string] => [
    OP,
    "      format: AN35\n",
    `      format: ${charClass}35\n`,
  ];
  const before = await modelOf(edited(goldenInput, [formatted(from)]));
  const after = await modelOf(edited(goldenInput, [formatted(to)]));
  expect(compareSpecs(before, after).map(changeLine)).toEqual([
    `cardCheck request /referenceId type-format ${classified}`,
  ]);
});

test("sensitive: a second field that carries a secret, added, changes nothing its message's issues carry", async () => {
  const marked: [string, string, string] = [
    OP,
    "      format: AN35\n",
    "      format: AN35\n      sensitive: a reference the buyer keeps secret\n",
  ];
  const note: [string, string, string] = [
    OP,
    "    referenceId:\n",
    '    note: { presence: optional, since: "2.50", sensitive: a secret of the buyer, description: A note. }\n    referenceId:\n',
  ];
  const before = await modelOf(edited(goldenInput, [marked]));
  const after = await modelOf(edited(goldenInput, [marked, note]));
  expect(compareSpecs(before, after).map(changeLine)).toEqual(["cardCheck request /note field-added additive"]);
});

test("a container type renamed: one change naming the places that hold it, in the Markdown under its own name (for senders and for readers)", async () => {
  const before = await modelOfGolden();
  const spec = edited(goldenInput, [[FIELDS, "typeName: PostalAddress", "typeName: BuyerAddress"]]);
  const markdown = toMarkdown(changesReport(compareSpecs(before, await modelOf(spec))), "main");
  expect(markdown.split("\n").filter((l) => l.startsWith("- "))).toEqual([
    "- **container type BuyerAddress**: container type PostalAddress renamed BuyerAddress: code that names PostalAddress stops compiling; held by cardCheck request /customer/address, cardCheck response /customer/address. _(type-renamed; breaking-request, breaking-response)_",
    "- **container type BuyerAddress**: container type PostalAddress renamed BuyerAddress: code that names PostalAddress stops compiling; held by cardCheck request /customer/address, cardCheck response /customer/address. _(type-renamed; breaking-request, breaking-response)_",
  ]);
});

test("a type changed with its format: the one change names both", async () => {
  const spec = edited(goldenInput, [[OP, "      format: AN35\n", "      type: integer\n      format: N12\n"]]);
  expect(compareSpecs(await modelOfGolden(), await modelOf(spec)).map((c) => `${changeLine(c)}: ${c.summary}`)).toEqual(
    [
      "cardCheck request /referenceId type-format breaking-request: referenceId: type string → integer, format AN35 → N12.",
    ],
  );
});

test("sensitive: a field marked, or unmarked, where another field of its message carries a secret, changes only the docs", async () => {
  const note: [string, string, string] = [
    OP,
    "    referenceId:\n",
    '    note: { presence: optional, since: "2.50", sensitive: a secret of the buyer, description: A note. }\n    referenceId:\n',
  ];
  const marked: [string, string, string] = [
    OP,
    "      format: AN35\n",
    "      format: AN35\n      sensitive: a reference the buyer keeps secret\n",
  ];
  const plain = await modelOf(edited(goldenInput, [note]));
  const both = await modelOf(edited(goldenInput, [marked, note]));
  for (const [before, after] of [
    [plain, both],
    [both, plain],
  ] as const) {
    const changes = compareSpecs(before, after);
    expect(changes.map(changeLine)).toEqual(["cardCheck request /referenceId sensitive docs"]);
    expect(changes[0]?.summary).toContain("already");
  }
});

test.each([
  ["optional", '"2.50"', "optional request field note added (since 2.50)."],
  [
    "undocumented",
    '"2.50"',
    "request field note added (since 2.50; its presence undocumented: validated as optional).",
  ],
  [
    "optional",
    "undocumented",
    "optional request field note added (its interface version undocumented: accepted in every version).",
  ],
  [
    "undocumented",
    "undocumented",
    "request field note added (its presence and interface version undocumented: validated as optional, in every version).",
  ],
])(
  "a field added of presence %s, since %s: what the spec leaves undocumented is said as such",
  async (presence, since, text) => {
    const note = `    note: { presence: ${presence}, since: ${since}, description: A note. }\n`;
    const after = await modelOf(edited(goldenInput, [[OP, "    referenceId:\n", `${note}    referenceId:\n`]]));
    const [added] = compareSpecs(await modelOfGolden(), after).filter((c) => c.kind === "field-added");
    expect(added?.summary.split(" Its message's seal")[0]).toBe(text);
  },
);
