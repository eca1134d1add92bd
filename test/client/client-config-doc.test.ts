// The options of ClientConfig, read from the runtime's interface (ClientConfigOf), are each
// named where a user reads how to make a client: createClient's doc comment
// and the users' guide's client example, whose defaults are the client's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { DEFAULT_MAX_REPLY_BYTES } from "../../generated/runtime/client-reply-body.js";
import { DEFAULT_TIMEOUT_MS } from "../../generated/runtime/client-config.js";
import { generatedDir, repoRoot } from "../support/paths.js";

const runtime = readFileSync(path.join(repoRoot, "runtime", "client-config.ts"), "utf8");
const declaration = /export interface ClientConfigOf\b[^{]*\{([\s\S]*?)\n\}/.exec(runtime)?.[1] ?? "";
/** The options a configuration may leave out. */
const optional = [...declaration.matchAll(/^ {2}readonly (\w+)\?:/gm)].map((match) => match[1] ?? "");

const guide = readFileSync(path.join(repoRoot, "docs", "package-readme.md"), "utf8");
const clientSection = guide.slice(
  guide.indexOf("## The client"),
  guide.indexOf("\n## ", guide.indexOf("## The client") + 1),
);
const example = /```ts\n([\s\S]*?)```/.exec(clientSection)?.[1] ?? "";

test("ClientConfig has options a configuration may leave out", () => {
  expect(optional).toContain("timeoutMs");
  expect(optional.length).toBeGreaterThan(3);
});

test("createClient's doc comment names every option of ClientConfig", () => {
  const client = readFileSync(path.join(generatedDir, "client.ts"), "utf8");
  const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export function createClient\b/.exec(client)?.[1] ?? "";
  expect(doc).not.toBe("");
  // By its name, or in words where the name is a spec field's too, which generator/ may not write.
  const words = (name: string) => name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
  expect(optional.filter((name) => !doc.includes(`\`${name}\``) && !doc.includes(words(name)))).toEqual([]);
});

test("the users' guide's client example shows every option of ClientConfig, with the client's defaults", () => {
  expect(optional.filter((name) => !new RegExp(`\\b${name}:`).test(example))).toEqual([]);
  const shown = (name: string) => Number(new RegExp(`\\b${name}: ([\\d_]+)`).exec(example)?.[1]?.replaceAll("_", ""));
  expect({ timeoutMs: shown("timeoutMs"), maxReplyBytes: shown("maxReplyBytes") }).toEqual({
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxReplyBytes: DEFAULT_MAX_REPLY_BYTES,
  });
});
