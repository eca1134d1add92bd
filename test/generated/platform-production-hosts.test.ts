// runtime/platform.ts lists the host of every production address of every
// operation, whichever kind it is (JSON, POST form, SOAP), without its port or
// trailing dot. On the real spec the form and SOAP hosts are also JSON hosts,
// so each kind is moved here to a host of its own, in memory: a kind left out
// would lose its host from the list, and a decoder or form given it as a base
// URL would take the public test key.
import { beforeAll, expect, test } from "vitest";
import { runtimeEmitter } from "../../generator/emit/emit-runtime.js";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { repoRoot, specDir } from "../support/paths.js";

let base: SpecInput;
beforeAll(async () => {
  base = await readSpecInput(specDir, repoRoot);
});

/** The PRODUCTION_HOSTS list generated from the spec with one operation file's prod address of `kind` moved to `url`. */
async function hostsWith(kind: "json" | "post" | "soap", url: string): Promise<string[]> {
  // The first operation file whose prod environment gives an address of that kind, as "    kind: https://...".
  const line = new RegExp(`^(  prod:\\n(?: {4}\\w+: .*\\n)*? {4}${kind}: )(https://\\S+)$`, "m");
  const file = base.files.find((f) => f.kind === "operation" && line.test(f.text));
  if (!file) throw new Error(`no operation gives a prod ${kind} address`);
  const files = base.files.map((f) => (f === file ? { ...f, text: f.text.replace(line, `$1${url}`) } : f));
  expect(files).not.toEqual(base.files);
  const result = await generateFromInput({ ...base, files }, [runtimeEmitter]);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const platform = result.files.find((f) => f.path === "runtime/platform.ts")?.content ?? "";
  const list = /PRODUCTION_HOSTS: readonly string\[\] = (\[[^\]]*\])/.exec(platform)?.[1];
  if (list === undefined) throw new Error("runtime/platform.ts declares no PRODUCTION_HOSTS");
  return [...list.matchAll(/"([^"]*)"/g)].map((m) => m[1] as string);
}

test.each(["json", "post", "soap"] as const)("a %s production address's host is listed, alone of its kind", async (kind) => {
  const hosts = await hostsWith(kind, `https://${kind}-only.example.com/rs-services/v2/x`);
  expect(hosts).toContain(`${kind}-only.example.com`);
  expect(hosts).toEqual([...hosts].sort());
});

test("a host with a port and a trailing dot is listed as DNS reads it", async () => {
  expect(await hostsWith("soap", "https://Soap-Only.example.com.:8443/services/v2/x")).toContain(
    "soap-only.example.com",
  );
});
