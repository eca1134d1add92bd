// The character classes as the generated validators apply them to every
// field with a format, nested ones included: on the repository's spec and on
// the golden fixture, each field takes its class's sample text
// (test/support/format-page.ts) without a format issue, and each character its
// class refuses with one. The fields come from the generated descriptors, so
// a new page release with other fields needs no edit here.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import * as repository from "../../generated/index.js";
import type { FieldDescriptor } from "../../generated/index.js";
import type { FormatClass } from "../../generated/runtime/formats.js";
import { SAMPLES } from "../support/format-page.js";
import { generateShared, goldenRoot } from "../support/generate.js";
import { keptOutput } from "../support/kept-output.js";

type Validate = (value: unknown, options?: { strict?: boolean }) => { ok: boolean; errors?: readonly Issue[]; warnings?: readonly Issue[] };
type Issue = { readonly path: string; readonly code: string };
type Message = { readonly fields: readonly FieldDescriptor[]; readonly validate: Validate };
/** A string field with a format and no value list (a list's guard would speak first), and a message that holds `value` there. */
type Slot = { readonly pointer: string; readonly charClass: FormatClass; readonly message: (value: string) => unknown };

const classOf = (format: string) => /^[A-Z]+/.exec(format)?.[0] as FormatClass;

function slots(fields: readonly FieldDescriptor[], pointer: string, wrap: (v: unknown) => unknown): Slot[] {
  return fields.flatMap((f): Slot[] => {
    const at = `${pointer}/${f.name}`;
    const inField = (v: unknown) => wrap({ [f.name]: v });
    if (f.type === "string" && f.format && !f.valueList) return [{ pointer: at, charClass: classOf(f.format), message: inField }];
    if (f.type === "container" && f.fields) return slots(f.fields, at, inField);
    const items = f.type === "list" ? f.items : null;
    if (items?.type === "container" && items.fields) return slots(items.fields, `${at}/0`, (v) => inField([v]));
    if (items?.type === "string" && items.format && !items.valueList)
      return [{ pointer: `${at}/0`, charClass: classOf(items.format), message: (v) => inField([v]) }];
    return [];
  });
}

/** Every formatted field of every message of an `operations` registry. */
function allSlots(operations: Record<string, { request: unknown; response: unknown }>) {
  return Object.entries(operations).flatMap(([name, op]) =>
    (["request", "response"] as const).flatMap((kind) => {
      const message = op[kind] as Message;
      return slots(message.fields, "", (v) => v).map((slot) => ({ ...slot, where: `${name} ${kind}`, validate: message.validate }));
    }),
  );
}

/** The format issues at the slot's pointer when the field holds `value`, strict. */
function formatIssues(slot: ReturnType<typeof allSlots>[number], value: string): string[] {
  const result = slot.validate(slot.message(value), { strict: true });
  const issues = [...(result.errors ?? []), ...(result.warnings ?? [])];
  return issues.filter((i) => i.path === slot.pointer && i.code === "format").map((i) => `${slot.where} ${i.path}`);
}

function expectClassesApplied(all: ReturnType<typeof allSlots>) {
  for (const slot of all) {
    const { accepted, refused } = SAMPLES[slot.charClass];
    expect(formatIssues(slot, accepted)).toEqual([]);
    for (const c of refused) expect([c, formatIssues(slot, `${accepted}${c}`).length]).toEqual([c, 1]);
  }
}

test("the repository's spec: each formatted field takes its class's characters and refuses the others", () => {
  const all = allSlots(repository.operations as never);
  // An ANS field in a request: the accented letter of a name or a description goes through.
  const ansRequests = all.filter((s) => s.charClass === "ANS" && s.where.endsWith("request"));
  expect(ansRequests.length).toBeGreaterThan(0);
  expect(ansRequests.flatMap((slot) => formatIssues(slot, "é"))).toEqual([]);
  expectClassesApplied(all);
});

test("the golden fixture: each class it uses, nested in containers and lists, as the page defines it", async () => {
  const result = await generateShared(path.join(goldenRoot, "spec"));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const dir = keptOutput("format-fields-golden", result.files, "javascript");
  const golden = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as typeof repository;
  const all = allSlots(golden.operations as never);
  expect([...new Set(all.map((s) => s.charClass))].sort()).toEqual(["A", "AN", "ANS", "ANSU", "N"]);
  expect(all.filter((s) => s.charClass === "ANS").flatMap((slot) => formatIssues(slot, "é"))).toEqual([]);
  expectClassesApplied(all);
});
