// Every integer field of the repository's spec, nested ones and list items
// included, as its generated validator holds it: each has a numeric format (an
// amount, a key version or a count of days that Sips takes in N digits), and
// refuses a negative value, a fraction and a value of more digits than that
// format; the largest value the format admits, and 0, pass. The fields come
// from the generated descriptors, so a new page release needs no edit here.
import { expect, test } from "vitest";
import * as repository from "../../generated/index.js";
import type { FieldDescriptor } from "../../generated/index.js";

type Issue = { readonly path: string; readonly code: string };
type Validate = (value: unknown, options?: { strict?: boolean }) => { errors?: readonly Issue[]; warnings?: readonly Issue[] };
type Message = { readonly fields: readonly FieldDescriptor[]; readonly validate: Validate };
/** An integer field, or a list's integer items: its pointer, format, and a message that holds `value` there. */
type Slot = { readonly pointer: string; readonly format: string | null; readonly message: (value: unknown) => unknown };

function slots(fields: readonly FieldDescriptor[], pointer: string, wrap: (v: unknown) => unknown): Slot[] {
  return fields.flatMap((f): Slot[] => {
    const at = `${pointer}/${f.name}`;
    const inField = (v: unknown) => wrap({ [f.name]: v });
    if (f.type === "integer") return [{ pointer: at, format: f.format, message: inField }];
    if (f.type === "container" && f.fields) return slots(f.fields, at, inField);
    const items = f.type === "list" ? f.items : null;
    if (items?.type === "container" && items.fields) return slots(items.fields, `${at}/0`, (v) => inField([v]));
    if (items?.type === "integer") return [{ pointer: `${at}/0`, format: items.format, message: (v) => inField([v]) }];
    return [];
  });
}

/** Every integer slot of every message (request, response, callback) of the registry. */
function allSlots() {
  return Object.entries(repository.operations).flatMap(([name, op]) => {
    const messages: [string, Message][] = [
      ["request", op.request as unknown as Message],
      ["response", op.response as unknown as Message],
    ];
    if ("callback" in op && op.callback) messages.push(["callback", op.callback as unknown as Message]);
    return messages.flatMap(([kind, message]) =>
      slots(message.fields, "", (v) => v).map((slot) => ({ ...slot, where: `${name} ${kind}`, validate: message.validate })),
    );
  });
}

/** The codes of the issues at the slot's pointer when it holds `value`, strict (a response's are errors too). */
function codesAt(slot: ReturnType<typeof allSlots>[number], value: unknown): string[] {
  const result = slot.validate(slot.message(value), { strict: true });
  return [...(result.errors ?? []), ...(result.warnings ?? [])].filter((i) => i.path === slot.pointer).map((i) => i.code);
}

const all = allSlots();

test("the repository's spec has integer fields, operationAmount among them", () => {
  expect(all.length).toBeGreaterThan(0);
  expect(all.some((s) => s.pointer === "/operationAmount")).toBe(true);
});

test("every integer field says how many digits Sips takes (a numeric format)", () => {
  expect(all.filter((s) => !/^N[0-9]+$/.test(s.format ?? "")).map((s) => `${s.where} ${s.pointer}`)).toEqual([]);
});

test("every integer field refuses a negative value, a fraction and one digit more than its format", () => {
  for (const slot of all) {
    const digits = Number(slot.format?.slice(1));
    const label = `${slot.where} ${slot.pointer}`;
    expect([label, codesAt(slot, -1)]).toEqual([label, ["format"]]);
    expect([label, codesAt(slot, 0.5)]).toEqual([label, ["type"]]);
    expect([label, codesAt(slot, 10 ** digits)]).toEqual([label, ["max-length"]]);
    expect([label, codesAt(slot, 10 ** digits - 1)]).toEqual([label, []]);
    expect([label, codesAt(slot, 0)]).toEqual([label, []]);
  }
});

test("a refund, a cancellation and a validation refuse an operation amount Sips cannot take, in the request", () => {
  for (const name of ["refund", "cancel", "validate"] as const) {
    const { request } = repository.operations[name];
    const errorsAt = (operationAmount: unknown) => {
      const result = request.validate({ operationAmount });
      return (result.ok ? [] : result.errors).filter((i) => i.path === "/operationAmount").map((i) => i.code);
    };
    expect([name, errorsAt(-1)]).toEqual([name, ["format"]]);
    expect([name, errorsAt(1e15)]).toEqual([name, ["max-length"]]);
    expect([name, errorsAt(500)]).toEqual([name, []]);
  }
});
