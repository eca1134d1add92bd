// `npm run changes` on the golden fixture, a plain field made a container (a
// page release that prints fields in it, which sync writes so): a type change
// that breaks senders in a request, readers in a response or a callback, and
// says what they must do, and which rows it adds to the changelog (in one
// change: the changelog's comparison does not list them again).
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { generateFromInput } from "../../generator/index.js";
import { OP, PAYPAGE, changeLine, edited, goldenInput, modelOf, modelOfGolden } from "../support/golden-changes.js";
import { generateGoldenSpec } from "../support/generate.js";

/** A container holding one field, `code`, in place of a field's format. */
const CONTAINER =
  '      type: container\n      fields:\n        code: { presence: optional, since: "2.0", format: AN10, description: A code. }\n';

const changed = async (relPath: string, from: string, to: string) =>
  compareSpecs(await modelOfGolden(), await modelOf(edited(goldenInput, [[relPath, from, to]])))
    .filter((c) => c.kind === "type-format")
    .map(
      (c) =>
        `${c.operation} ${c.message}${c.callback === undefined ? "" : ` ${c.callback}`} ${c.field} ${c.kind} ${c.classes.join(",")}: ${c.summary}`,
    );

test("a request field made a container breaks senders: they must send an object of its fields", async () => {
  expect(
    await changed(
      OP,
      "      format: AN35\n      description: Reference of the check.\n",
      `${CONTAINER}      description: Reference of the check.\n`,
    ),
  ).toEqual([
    "cardCheck request /referenceId type-format breaking-request: referenceId: type string → container ReferenceId. Senders must send an object of its fields (code) where they sent a string: a request with a string there is refused, and code setting it stops compiling. Its fields' rows (referenceId.code) are added to the changelog (CHANGELOG.md, the reference page).",
  ]);
});

test("a callback's field made a container breaks readers, as a response's does; its value list gone is said by it", async () => {
  const code = "      valueList: statusCode\n      description: Outcome of the payment.\n";
  expect(await changed(PAYPAGE, code, `${CONTAINER}      description: Outcome of the payment.\n`)).toEqual([
    "cardPaymentInit callback cardPaymentResult /responseCode type-format breaking-response: responseCode: type string → container ResponseCode. Readers get an object of its fields (code) where they read a string: code reading a string there stops compiling, and decodeCardPaymentResult refuses a posted result with a string there (once its seal verifies: not ok). Its fields' rows (responseCode.code) are added to the changelog (CHANGELOG.md, the reference page).",
  ]);
});

/** referenceId made a container that holds a field and a container of its own. */
const NESTED = [
  OP,
  "      format: AN35\n      description: Reference of the check.\n",
  `      type: container
      fields:
        amountValue: { presence: optional, since: "2.10", type: integer, format: N12, example: 12, description: The value. }
        unitOf:
          presence: optional
          since: "2.12"
          type: container
          description: Its unit.
          fields:
            code: { presence: optional, since: "2.12", format: AN3, example: EUR, description: A code. }
      description: Reference of the check.
`,
] as const;

test("a field made a container, and back: one change, which names the changelog rows it adds or takes away, at any depth", async () => {
  const golden = await modelOfGolden();
  const release = edited(goldenInput, [NESTED]);
  const model = await modelOf(release);
  const rows = "Its fields' rows (referenceId.amountValue, referenceId.unitOf, unitOf.code)";
  const said = (changes: ReturnType<typeof compareSpecs>) => changes.map((c) => `${changeLine(c)}: ${c.summary}`);
  expect(said(compareSpecs(golden, model))).toEqual([
    `cardCheck request /referenceId type-format breaking-request: referenceId: type string → container ReferenceId. Senders must send an object of its fields (amountValue, unitOf) where they sent a string: a request with a string there is refused, and code setting it stops compiling. ${rows} are added to the changelog (CHANGELOG.md, the reference page).`,
  ]);
  expect(said(compareSpecs(model, golden))).toEqual([
    `cardCheck request /referenceId type-format breaking-request: referenceId: type container ReferenceId → string, format none → AN35. ${rows} leave the changelog (CHANGELOG.md, the reference page).`,
  ]);
  // The rows named are those the generated changelog gains.
  const generated = await generateFromInput(release);
  if (!generated.ok) throw new Error(generated.diagnostics.map((d) => d.message).join("\n"));
  const changelog = (files: readonly { path: string; content: string | Uint8Array }[]) =>
    String(files.find((f) => f.path === "operations/cardCheck/CHANGELOG.md")?.content).split("\n");
  const [before, after] = [changelog((await generateGoldenSpec()).files), changelog(generated.files)];
  expect(after.filter((line) => !before.includes(line))).toEqual([
    "| 2.12 | unitOf | Request | referenceId |",
    "| 2.12 | code | Request | unitOf |",
    "| 2.10 | amountValue | Request | referenceId |",
  ]);
});

test("a field of a value list made a container, and back: one change either way, the list said by it", async () => {
  const golden = await modelOfGolden();
  const model = await modelOf(
    edited(goldenInput, [
      [
        OP,
        "      valueList: channel\n      description: |-\n",
        '      type: container\n      fields:\n        label: { presence: optional, since: "2.5", format: AN10, example: web, description: A label. }\n      description: |-\n',
      ],
    ]),
  );
  const said = (changes: ReturnType<typeof compareSpecs>) => changes.map((c) => `${changeLine(c)}: ${c.summary}`);
  const rows = "Its fields' rows (orderChannel.label)";
  expect(said(compareSpecs(golden, model))).toEqual([
    `cardCheck request /orderChannel type-format breaking-request: orderChannel: type string → container OrderChannel. Senders must send an object of its fields (label) where they sent a string: a request with a string there is refused, and code setting it stops compiling. ${rows} are added to the changelog (CHANGELOG.md, the reference page).`,
  ]);
  expect(said(compareSpecs(model, golden))).toEqual([
    `cardCheck request /orderChannel type-format breaking-request: orderChannel: type container OrderChannel → string, value list channel. ${rows} leave the changelog (CHANGELOG.md, the reference page).`,
  ]);
});
