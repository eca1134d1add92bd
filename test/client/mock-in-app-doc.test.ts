// What the users' guide says the mock answers an In-App initialization with,
// held to what it answers: its paragraph on the mock names every field of the
// mock's reply, and every field the section says the app is passed on that the
// reply leaves out, so that a test of a back end knows to give it in a
// handler. The operations come from the registry (family In-App), the
// requests from the spec's sealed examples (openapi.json).
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { exampleOf } from "../support/openapi-examples.js";
import { repoRoot } from "../support/paths.js";

const secretKey = "in-app-doc-key";
type Operation = (typeof operations)[keyof typeof operations];
const inApp = Object.values(operations as Record<string, Operation>).filter((op) => op.family === "In-App");

const guide = readFileSync(path.join(repoRoot, "docs", "package-readme.md"), "utf8");
const start = guide.indexOf("### In-App: from the app's back end");
const section = guide.slice(start, guide.indexOf("\n### ", start + 1));
/** The paragraph on the mock, and the fields the section says the app is passed on (its first paragraph). */
const mockParagraph = section.split("\n\n").find((p) => p.startsWith("The mock answers")) ?? "";
const passedOn = [...(section.split("\n\n")[1] ?? "").matchAll(/`(\w+)`/g)].map((m) => m[1] ?? "");
const named = (text: string, field: string) => new RegExp(`\`${field}\``).test(text);

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ secretKey });
});
afterAll(() => mock.close());

test("the section names the In-App operations, the fields passed on, and the mock", () => {
  expect(inApp.length).toBeGreaterThan(1);
  for (const op of inApp) expect(section).toContain(op.name);
  expect(passedOn).toContain("redirectionUrl");
  expect(mockParagraph).not.toBe("");
});

test.each(inApp.map((op) => [op.name, op] as const))(
  "%s: the paragraph on the mock names each field of its reply, and each passed on that it leaves out",
  async (_, op) => {
    const message = exampleOf(op.request.name);
    const reply = await fetch(`${mock.url}${new URL(Object.values(op.endpoints)[0] as string).pathname}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...message, seal: op.request.seal(message as never, secretKey) }),
    });
    const answered = Object.keys((await reply.json()) as object).filter((name) => name !== "seal");
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.filter((field) => !named(mockParagraph, field))).toEqual([]);
    const replied = op.response.fields.map((f) => f.name);
    const left = passedOn.filter((field) => replied.includes(field) && !answered.includes(field));
    expect(left.filter((field) => !named(mockParagraph, field))).toEqual([]);
  },
);
