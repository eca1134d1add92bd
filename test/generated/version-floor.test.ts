// The lowest interface version a request may declare, as its operation's
// interfaceVersion values give it (WR_WS_2. : 2.0): a request declaring an
// earlier one is refused at /interfaceVersion, a later one than any listed is
// accepted (the spec lags Sips' releases), and the client refuses it unsent.
// The operations and their floors are read from spec/; each is tried with the
// request example of the OpenAPI document.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { specModel } from "../../generator/changes/spec-model.js";
import { versionFloor } from "../../generator/model/version-floor.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { createClient, operations, type FetchLike, type ValidationResult } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { generatedDir, specDir } from "../support/paths.js";

const read = await specModel(await readSpecInput(specDir));
if ("diagnostics" in read) throw new Error("the repository's spec has errors");
const model = read.model;

type Name = keyof typeof operations;
interface Example {
  readonly value?: Record<string, unknown>;
  readonly $ref?: string;
}
const openapi = JSON.parse(readFileSync(path.join(generatedDir, "openapi.json"), "utf8")) as {
  paths: Record<string, { post: { operationId: string; requestBody: { content: Record<string, { examples: Record<string, Example> }> } } }>;
  components: { examples: Record<string, Example> };
};

/** The operation's request example, as the OpenAPI document gives it (sealed with the public test key). */
function exampleOf(name: string): Record<string, unknown> {
  const item = Object.values(openapi.paths).find((p) => p.post.operationId === name);
  const first = Object.values(item?.post.requestBody.content["application/json"]?.examples ?? {})[0];
  const example = first?.$ref ? openapi.components.examples[first.$ref.replace("#/components/examples/", "")] : first;
  if (!example?.value) throw new Error(`no request example of ${name}`);
  return { ...example.value };
}

const floored = model.operations.flatMap((op) => {
  const floor = versionFloor(op.request);
  return floor ? [{ name: op.name as Name, prefix: op.request.interfacePrefix, version: floor.version, floor }] : [];
});
const unfloored = model.operations.filter((op) => versionFloor(op.request) === null);

/** A version of `prefix` just below `major.minor`. */
const below = (prefix: string, { major, minor }: { major: number; minor: number }): string =>
  minor > 0 ? `${prefix}${major}.${minor - 1}` : `${prefix}${major - 1}.99`;

/** The messages of the issues that refuse the declared version itself (a field newer than it is another issue, `version`). */
const atVersion = (result: ValidationResult<unknown>) =>
  result.ok ? [] : result.errors.filter((e) => e.path === "/interfaceVersion" && e.code === "interface-version").map((e) => e.message);

test("the repository has operations with a floor and without one", () => {
  expect(floored.length).toBeGreaterThan(0);
  expect(unfloored.length).toBeGreaterThan(0);
});

describe.each(floored)("$name (floor $floor.version.text)", ({ name, prefix, version }) => {
  const { request, interfaceVersion } = operations[name];
  const example = exampleOf(name);
  const lowest = `${prefix}${version.text}`;

  test("the lowest version is taken, and later ones, newer than any listed included", () => {
    // The example may hold fields newer than the lowest version: those are issues of their own.
    expect(atVersion(request.validate({ ...example, interfaceVersion: lowest }))).toEqual([]);
    for (const declared of [interfaceVersion.recommended, `${prefix}${version.major + 7}.0`]) {
      expect(request.validate({ ...example, interfaceVersion: declared }).ok, String(declared)).toBe(true);
    }
  });

  test("an earlier version is the one error, at /interfaceVersion, naming the lowest and the recommended", () => {
    for (const declared of [below(prefix, version), `${prefix}1.0`, `${prefix}0.0`]) {
      const result = request.validate({ ...example, interfaceVersion: declared });
      // No field of the example is held to a version below the floor: one mistake, one error.
      expect(result.ok ? [] : result.errors.map((e) => e.path), declared).toEqual(["/interfaceVersion"]);
      const [message, ...rest] = atVersion(result);
      expect(rest, declared).toEqual([]);
      expect(message).toMatch(new RegExp(`^must be ${lowest.replaceAll(".", "\\.")} or later`));
      expect(message).toContain(interfaceVersion.recommended ?? lowest);
    }
  });

  test("the declared version is held to the floor whatever version validation is pinned to", () => {
    const declared = below(prefix, version);
    const pinned = request.validate({ ...example, interfaceVersion: declared }, { interfaceVersion: lowest });
    expect(atVersion(pinned)).toHaveLength(1);
    // A declared version at the floor is no error of its own; a pinned one below it is, at the top, and the only one.
    const early = request.validate({ ...example, interfaceVersion: lowest }, { interfaceVersion: declared });
    expect(atVersion(early)).toEqual([]);
    expect(early.ok ? [] : early.errors.map((e) => `${e.path} ${e.code}`)).toEqual([" interface-version"]);
    expect(early.ok ? "" : early.errors[0]?.message).toMatch(new RegExp(`^options\\.interfaceVersion must be ${lowest.replaceAll(".", "\\.")} or later`));
  });
});

test("operations whose values give no version take any version, as before", () => {
  for (const op of unfloored) {
    const { request } = operations[op.name as Name];
    const declared = `${op.request.interfacePrefix}1.0`;
    const result = request.validate({ ...exampleOf(op.name), interfaceVersion: declared });
    expect(atVersion(result), op.name).toEqual([]);
  }
});

describe("the client and the mock", () => {
  const secretKey = "floor-test-key";
  const credentials = { merchantId: "002001000000001", keyVersion: 1 };
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ secretKey });
  });
  afterAll(() => server.close());

  /** The fields a client call takes: the example's, without what the client fills in. */
  const callFields = (name: string): Record<string, unknown> => {
    const fields = exampleOf(name);
    for (const key of ["interfaceVersion", "merchantId", "keyVersion", "seal"]) delete fields[key];
    return fields;
  };

  /** The client against the mock, recording the interfaceVersion of each request it sends. */
  function recordingClient(interfaceVersions: Record<string, string> = {}) {
    const sent: unknown[] = [];
    const record: FetchLike = async (url, init) => {
      sent.push((JSON.parse(String(init?.body)) as Record<string, unknown>).interfaceVersion);
      return fetch(url, init);
    };
    const client = createClient({ environment: server.url, ...credentials, secretKey, fetch: record, interfaceVersions });
    return { client, sent };
  }

  test.each(floored)("$name: the client sends the recommended version, and refuses an earlier one than the floor unsent", async ({ name, prefix, version }) => {
    const call = (client: ReturnType<typeof recordingClient>["client"], fields: Record<string, unknown>) =>
      (client[name] as (fields: unknown) => Promise<{ ok: boolean; error?: { kind: string; issues?: { path: string; code: string; message: string }[] } }>)(fields);
    const fine = recordingClient();
    expect((await call(fine.client, callFields(name))).ok).toBe(true);
    expect(fine.sent).toEqual([operations[name].interfaceVersion.recommended]);

    const given = recordingClient();
    const refused = await call(given.client, { ...callFields(name), interfaceVersion: below(prefix, version) });
    expect(refused.error?.kind).toBe("invalid-request");
    expect(refused.error?.issues?.map((i) => `${i.path} ${i.code}`)).toContain("/interfaceVersion interface-version");
    expect(given.sent).toEqual([]);

    const configured = recordingClient({ [name]: below(prefix, version) });
    const refusedConfigured = await call(configured.client, callFields(name));
    expect(refusedConfigured.error?.kind).toBe("invalid-request");
    expect(configured.sent).toEqual([]);
    // The caller's fields held no version: the issue names the configuration's entry it came from, and only then.
    const told = (result: typeof refused) => result.error?.issues?.find((i) => i.path === "/interfaceVersion")?.message;
    expect(told(refusedConfigured)).toMatch(new RegExp(`\\(the configuration's interfaceVersions\\.${name}\\)$`));
    expect(told(refused)).not.toContain("configuration");
  });
});
