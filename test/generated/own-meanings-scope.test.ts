// Where an operation's spec words its values' meanings (`meanings:`), every
// meaning its values carry holds for it: one the shared list gives for other
// operations only ("In response to paymentWebInit: …" on another operation's
// field) is taken out there, a value left without one. A meaning named after
// operations that leaves this one out would be quoted in its refusals, its
// reference page and its JSDoc.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { operations } from "../../generated/index.js";
import type { FieldDescriptor } from "../../generated/runtime/descriptor.js";
import { specDir } from "../support/paths.js";

type Message = "request" | "response" | "callback";
const MESSAGES: readonly Message[] = ["request", "response", "callback"];

/** Each operation's top-level fields whose spec gives `meanings:`, by message. */
function wordedFields(): { operation: string; message: Message; field: string }[] {
  const dir = path.join(specDir, "operations");
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".yaml"))
    .flatMap((file) => {
      const raw = parse(readFileSync(path.join(dir, file), "utf8")) as {
        operation: string;
      } & Partial<Record<Message, { fields?: Record<string, { meanings?: unknown } | null> }>>;
      return MESSAGES.flatMap((message) =>
        Object.entries(raw[message]?.fields ?? {})
          .filter(([, field]) => field?.meanings !== undefined)
          .map(([field]) => ({ operation: raw.operation, message, field })),
      );
    });
}

test("a value's meaning on a field whose operation words its meanings never names other operations only", () => {
  const names = Object.keys(operations);
  const worded = wordedFields();
  const others: string[] = [];
  for (const { operation, message, field } of worded) {
    const op = (operations as Record<string, (typeof operations)[keyof typeof operations]>)[operation];
    const fields: readonly FieldDescriptor[] = (message === "callback" ? op?.callback?.fields : op?.[message].fields) ?? [];
    const values = fields.find((f) => f.name === field)?.valueList?.values;
    expect(values, `${operation} ${message} ${field}`).toBeDefined();
    for (const { value, meanings } of values ?? [])
      for (const meaning of meanings) {
        const named = names.filter((name) => new RegExp(`\\b${name}\\b`).test(meaning));
        if (named.length > 0 && !named.includes(operation)) others.push(`${operation} ${field} ${value}: ${meaning}`);
      }
  }
  // The spec words some: the check meets them.
  expect(worded.length).toBeGreaterThan(0);
  expect(others).toEqual([]);
});
