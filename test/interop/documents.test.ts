// The interop documents: every JSON Schema compiles in ajv's strict mode, the
// OpenAPI document lints clean with Redocly, and its examples are valid
// messages with a correct seal.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, test } from "vitest";
import { operations, type MessageDescriptor } from "../../generated/index.js";
import { keptFolder } from "../support/kept-output.js";
import { generatedDir, repoRoot } from "../support/paths.js";
import { SIPS_KEYWORDS } from "./sips-keywords.js";

const schemasDir = path.join(generatedDir, "schemas");
const openapi = JSON.parse(readFileSync(path.join(generatedDir, "openapi.json"), "utf8")) as {
  paths: Record<string, { post: { operationId: string }; servers?: { url: string; description: string }[] }>;
  servers: { url: string; description: string }[];
  components: { schemas: Record<string, unknown>; examples: Record<string, { value: Record<string, unknown> }> };
};

test("every message has a JSON Schema, every response a lenient one too, and each compiles in ajv's strict mode", () => {
  const files = readdirSync(schemasDir).sort();
  expect(files).toEqual(
    Object.entries(operations)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([name, op]) => [
        ...(op.callback ? [`${name}.callback.schema.json`] : []),
        `${name}.request.schema.json`,
        `${name}.response.lenient.schema.json`,
        `${name}.response.schema.json`,
      ]),
  );
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  for (const keyword of SIPS_KEYWORDS) ajv.addKeyword(keyword);
  for (const file of files) {
    const schema = JSON.parse(readFileSync(path.join(schemasDir, file), "utf8")) as { $schema: string };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(() => ajv.compile(schema)).not.toThrow();
  }
});

test("the OpenAPI document has one POST path per operation, and its servers reach each JSON address", () => {
  const ids = Object.values(openapi.paths)
    .map((p) => p.post.operationId)
    .sort();
  expect(ids).toEqual(Object.keys(operations).sort());
  for (const op of Object.values(operations)) {
    const [pathName, item] = Object.entries(openapi.paths).find(([, item]) => item.post.operationId === op.name) ?? [];
    // The path's own servers where it has them (other environments, or paths that differ by environment).
    const servers = item?.servers ?? openapi.servers;
    const reached = Object.fromEntries(servers.map((s) => [s.description.toLowerCase(), `${s.url}${pathName}`]));
    expect(reached, op.name).toEqual(op.endpoints);
  }
});

/**
 * Redocly's report on the OpenAPI document, kept under all it depends on (test/support/kept-output.ts): the
 * document, the configuration and every installed package's version (npm's record of node_modules). A run whose
 * document did not change reads the last run's report, where starting Redocly cost ~0.8 s of CPU; any change lints
 * again. Only a report is kept: a Redocly that failed to run fails the test, and runs again the next time.
 */
function redoclyReport(): { stdout: string; stderr: string } {
  const document = path.join(generatedDir, "openapi.json");
  const key = JSON.stringify([
    createHash("sha256").update(readFileSync(document)).digest("hex"),
    readFileSync(path.join(repoRoot, "redocly.yaml"), "utf8"),
    createHash("sha256")
      .update(readFileSync(path.join(repoRoot, "node_modules", ".package-lock.json")))
      .digest("hex"),
    process.version,
  ]);
  const kept = keptFolder("redocly", key, (dir) => {
    let out: { stdout: string; stderr: string };
    try {
      const stdout = execFileSync(
        path.join(repoRoot, "node_modules", ".bin", "redocly"),
        ["lint", "--format=json", document],
        {
          cwd: repoRoot,
          // Without its usage report, which loads a telemetry client and waits up to a second for the network.
          env: { ...process.env, REDOCLY_TELEMETRY: "off" },
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      out = { stdout, stderr: "" };
    } catch (error) {
      // Problems found exit 1, with the report on stdout: kept as it is, for the test to show.
      const failed = error as { stdout?: string; stderr?: string };
      out = { stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
      if (!out.stdout.trimStart().startsWith("{"))
        throw new Error(`redocly gave no report: ${out.stderr}`, { cause: error });
    }
    writeFileSync(path.join(dir, "report.json"), JSON.stringify(out));
  });
  return JSON.parse(readFileSync(path.join(kept, "report.json"), "utf8")) as { stdout: string; stderr: string };
}

test("Redocly lints the OpenAPI document with no error and no warning", () => {
  const { stdout, stderr } = redoclyReport();
  const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: unknown[] };
  expect(report.problems, stderr).toEqual([]);
  expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
});

test.each(Object.values(operations).flatMap((op) => (["request", "response"] as const).map((kind) => ({ op, kind }))))(
  "the $op.name $kind example is valid and carries the right seal for the public test key",
  ({ op, kind }) => {
    const message = op[kind] as unknown as MessageDescriptor<Record<string, unknown>>;
    const example = openapi.components.examples[message.name]?.value;
    expect(example).toBeDefined();
    expect(message.validate(example, { strict: true })).toMatchObject({ ok: true, warnings: [] });
    expect(message.verify(example as Record<string, unknown>, "002001000000001_KEY1")).toBe(true);
  },
);
