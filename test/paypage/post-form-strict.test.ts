// The POST form's `strict`, as the client's: a field the spec does not hold,
// given among the fields, is refused where the request's facts stop too, and
// those under `beyondFacts` go into `Data` all the same. Each operation with a
// POST form is built from its OpenAPI example with a misspelt copy of one of
// its fields (an optional one where it has one).
import { describe, expect, test } from "vitest";
import { paymentWebInitPostRequest } from "../../generated/operations/paymentWebInit/post-request.js";
import { walletManagementInitPostRequest } from "../../generated/operations/walletManagementInit/post-request.js";
import { filledNames } from "../../generated/runtime/paypage-data-message.js";
import { operationPostForm } from "../../generated/runtime/paypage-post-form.js";
import type { PaypageFormResult } from "../../generated/runtime/paypage-request.js";
import { slipsOf } from "../../generated/runtime/field-slips.js";
import { exampleOf } from "../support/openapi-examples.js";

const config = { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey: "post-form-strict-key" };
type Operation = Parameters<typeof operationPostForm<unknown>>[0];
// Each its own request type: taken here as any request, as the form reads them.
const forms = [paymentWebInitPostRequest, walletManagementInitPostRequest] as unknown as readonly Operation[];

/** The request's example without the fields the form fills in. */
function fieldsOf(op: Operation): Record<string, unknown> {
  const filled = filledNames(op.request);
  const example = exampleOf(op.request.name);
  return Object.fromEntries(Object.entries(example).filter(([name]) => !filled.has(name)));
}
/** An optional field where the request has one, else the first a form's caller gives, a letter put for its last. */
function misspelt(op: Operation): string {
  const name = meantOf(op);
  return name.slice(0, -1) + (name.endsWith("x") ? "y" : "x");
}
/** The field misspelt: an optional one where the request has one, else the first a form's caller gives. */
function meantOf(op: Operation): string {
  const filled = filledNames(op.request);
  const given = op.request.fields.filter((f) => !filled.has(f.name));
  const field = given.find((f) => f.presence !== "required") ?? given[0];
  if (!field) throw new Error(`${op.name}'s request has no field a caller gives`);
  return field.name;
}
const form = (op: Operation, fields: Record<string, unknown>, strict?: boolean): PaypageFormResult =>
  operationPostForm(
    op,
    { prefix: "HP_", version: "HP_3.4" },
    fields,
    strict === undefined ? config : { ...config, strict },
  );
const refusal = (built: PaypageFormResult) =>
  built.ok ? null : built.error.issues.map((i) => ({ path: i.path, code: i.code }));

test("one operation with a POST form has a request whose facts stop, one whose facts do not", () => {
  expect(forms.map((op) => op.request.factsStop !== null).sort()).toEqual([false, true]);
});

describe.each(forms.map((op) => [op.name, op] as const))("%s", (_name, op) => {
  const name = misspelt(op);
  const stops = op.request.factsStop !== null;

  test("the misspelling is no field and no slip of one", () => {
    const known = op.request.fields.map((f) => f.name);
    expect(known).not.toContain(name);
    expect(slipsOf(name, known)).toEqual([]);
    expect(form(op, fieldsOf(op)).ok).toBe(true);
  });

  test("strict: refused; not strict: in Data with a warning only where the facts stop", () => {
    const fields = { ...fieldsOf(op), [name]: "x" };
    const refused = form(op, fields, true);
    expect(refusal(refused)).toEqual([{ path: `/${name}`, code: "unknown-field" }]);
    // Where the facts stop, strict's refusal names the field it is closest to, as the client's does.
    if (stops) expect(refused.ok ? null : refused.error.issues[0]?.meant).toBe(meantOf(op));
    for (const strict of [false, undefined]) {
      const built = form(op, fields, strict);
      if (stops) {
        expect(built.ok && built.dataText.includes(`|${name}=x`)).toBe(true);
        expect(built.ok && built.warnings.map((w) => w.path)).toEqual([`/${name}`]);
      } else expect(refusal(built)).toEqual([{ path: `/${name}`, code: "unknown-field" }]);
    }
  });
});

test("strict: a field under beyondFacts goes into Data, with its warning", () => {
  const op = forms.find((o) => o.request.factsStop !== null);
  if (!op) throw new Error("no POST form whose request's facts stop");
  const name = misspelt(op);
  const built = form(op, { ...fieldsOf(op), beyondFacts: { [name]: "x" } }, true);
  expect(built.ok && built.dataText.includes(`|${name}=x`)).toBe(true);
  expect(built.ok && built.warnings.map((w) => w.path)).toEqual([`/${name}`]);
});

test("strict that is not a boolean is a TypeError", () => {
  const [op] = forms;
  if (!op) throw new Error("no POST form");
  expect(() => form(op, fieldsOf(op), 1 as never)).toThrow(new TypeError("strict must be a boolean, got number 1"));
});
