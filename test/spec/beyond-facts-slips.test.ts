// A call's fields beyond the facts may not be named one slip of the keyboard
// away from a field the spec holds (runtime/beyond-facts.ts, NearNames: a
// character left out, doubled or swapped with the next, another case), so
// that a misspelt known field does not compile there. That refuses a real
// field only if Sips names one so: no field the spec holds, at any depth, nor
// any field name its saved pages print, is such a slip of a field the spec
// holds. Read from spec/ and spec/sources/.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { slipsOf } from "../../generated/runtime/field-slips.js";
import { specDir } from "../support/paths.js";

/** The names NearNames gives for `name`, as its template literal types spell them. */
function nearNames(name: string): Set<string> {
  const near = new Set<string>();
  for (let i = 0; i < name.length; i++) {
    near.add(name.slice(0, i) + name.slice(i + 1));
    near.add(name.slice(0, i + 1) + name.slice(i));
    if (i + 1 < name.length) near.add(name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2));
  }
  near.add(name.toLowerCase());
  near.add(name.charAt(0).toUpperCase() + name.slice(1));
  near.delete(name);
  near.delete("");
  return near;
}

/** Every key of a `fields` mapping in a spec file, at any depth. */
function fieldNames(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) fieldNames(item, into);
  else if (typeof node === "object" && node !== null)
    for (const [key, value] of Object.entries(node)) {
      if (key === "fields" && typeof value === "object" && value !== null && !Array.isArray(value))
        for (const name of Object.keys(value)) into.add(name);
      fieldNames(value, into);
    }
  return into;
}

const specFiles = readdirSync(specDir, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith(".yaml") && !file.startsWith("schema"));
const held = new Set<string>();
for (const file of specFiles) fieldNames(parse(readFileSync(path.join(specDir, file), "utf8")), held);

/** The words of the saved pages that are written as field names are: a lower-case start, a capital within. */
const printed = new Set(
  readdirSync(path.join(specDir, "sources"))
    .filter((file) => file.endsWith(".txt"))
    .flatMap((file) => readFileSync(path.join(specDir, "sources", file), "utf8").match(/\b[a-z][a-z0-9]*[A-Z]\w*/g) ?? []),
);

test("the spec holds fields to compare, and its pages print field names", () => {
  expect(held.has("transactionReference")).toBe(true);
  expect(held.size).toBeGreaterThan(50);
  expect([...held].filter((name) => printed.has(name)).length).toBeGreaterThan(20);
});

test("no field the spec holds or its pages print is one slip away from a field the spec holds", () => {
  const slips = [...held].flatMap((name) =>
    [...nearNames(name)].filter((near) => held.has(near) || printed.has(near)).map((near) => `${near} ~ ${name}`),
  );
  expect(slips).toEqual([]);
});

test("the slips compared are those of the type: transactionRefrence and its kind, not a letter put for another", () => {
  const near = nearNames("transactionReference");
  for (const slip of ["transactionRefrence", "transactionReferrence", "trnasactionReference", "TransactionReference"])
    expect(near.has(slip), slip).toBe(true);
  expect(near.has("transactionReferense")).toBe(false);
});

test("the client's rule (slipsOf) takes the type's slips of every field the spec holds, and no other field of it", () => {
  const missed: string[] = [];
  for (const name of held) {
    for (const near of nearNames(name)) if (slipsOf(near, [name])[0] !== name) missed.push(`${near} ~ ${name}`);
    for (const other of held) if (other !== name && slipsOf(other, [name]).length > 0) missed.push(`${other} ! ${name}`);
  }
  expect(missed).toEqual([]);
});
