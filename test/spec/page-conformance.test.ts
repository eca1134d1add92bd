// The spec must carry everything on the Sips page it was written from: this
// reads the saved page and compares it, field by field, with the model.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { FieldModel, OperationModel } from "../../generator/model/ir.js";
import { generateRepoSpec } from "../support/generate.js";
import { specDir } from "../support/paths.js";
import { parseSipsPage, type PageField, type SipsPage } from "../support/sips-page.js";

let page: SipsPage;
let op: OperationModel;

beforeAll(async () => {
  const { model } = await generateRepoSpec();
  const found = model.operations.find((o) => o.name === "paymentTokenInitialize");
  if (!found?.source.page) throw new Error("paymentTokenInitialize has no source page");
  op = found;
  page = parseSipsPage(readFileSync(path.join(specDir, found.source.page), "utf8"));
});

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

test("the page parser finds what the page holds", () => {
  expect(page.request).toHaveLength(9);
  expect(page.response).toHaveLength(6);
  expect(page.changelog).toHaveLength(14);
  expect(page.endpoints).toHaveLength(2);
});

test("name, summary, recommended interfaceVersion and endpoints", () => {
  expect(op.name).toBe(page.name);
  expect(op.summary).toBe(page.summary);
  expect(op.interfaceVersion.recommended).toBe(page.recommended);
  expect(page.recommended.startsWith(op.interfaceVersion.prefix)).toBe(true);
  const byEnv = Object.fromEntries(page.endpoints.map((e) => [e.env, e]));
  expect(op.endpoints).toEqual({ prod: byEnv["PROD"]?.url, test: byEnv["TEST"]?.url });
  expect(page.endpoints.map((e) => e.method)).toEqual([op.method, op.method]);
});

describe.each(["request", "response"] as const)("%s fields", (kind) => {
  const fields = (): Map<string, FieldModel> => new Map(op[kind].fields.map((f) => [f.name, f]));
  const pageFields = (): PageField[] => page[kind];

  test("the same names, in the page's order (required, then optional, by name)", () => {
    expect(op[kind].fields.map((f) => f.name)).toEqual(pageFields().map((f) => f.name));
  });

  test("presence, version and description of each field", () => {
    for (const p of pageFields()) {
      const f = fields().get(p.name);
      expect(f, p.name).toBeDefined();
      expect(f?.presence, p.name).toBe(p.presence.toLowerCase());
      expect(f?.since?.text, p.name).toBe(p.version);
      expect(squash(f?.description ?? ""), p.name).toBe(squash(p.description));
    }
  });

  test("every value and every meaning of each value list", () => {
    for (const p of pageFields()) {
      const list = fields().get(p.name)?.valueList;
      if (p.values.length === 0) {
        expect(list, p.name).toBeNull();
        continue;
      }
      expect(list?.values.map((v) => ({ value: v.value, meanings: [...v.meanings] })), p.name).toEqual(p.values);
    }
  });
});

test("the changelog has the page's rows", () => {
  const ours = op.changelog.map((r) => ({ version: r.version?.text, data: r.field, attendance: r.attendance, container: r.container }));
  const byData = (a: { data: string }, b: { data: string }) => a.data.localeCompare(b.data);
  expect([...ours].sort(byData)).toEqual([...page.changelog].sort(byData));
});
