// A script that calls the mock and ends on `await mock.close()` runs to its
// end and exits 0. close() waits for the connections this process's fetch
// kept to close; fetch lets go of the event loop for those connections, so
// without a hold of its own the process ran out of work before reading their
// end and exited with code 13 (its top-level await unsettled), printing
// nothing. The consumer's package test met it first; this holds it alone.
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";
import { bundleForNode } from "../support/node-bundle.js";
import { generatedDir } from "../support/paths.js";

const run = promisify(execFile);

const SCRIPT = `
import { createClient } from "./index.js";
import { startMockServer } from "./mock.js";
const secretKey = "mock-close-ends-script-key";
const mock = await startMockServer({ secretKey });
const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
const result = await sips.cancel({ currencyCode: "978" });
await mock.close();
console.log(JSON.stringify({ ok: result.ok, closed: true }));
`;

let bundle: string;
beforeAll(async () => {
  bundle = await bundleForNode({ code: SCRIPT, resolveDir: generatedDir });
}, 60_000);
afterAll(() => rm(path.dirname(bundle), { recursive: true, force: true }));

test("a script ending on await mock.close(), after a call that kept a connection, reaches its end and exits 0", async () => {
  const { stdout } = await run(process.execPath, [bundle]);
  expect(JSON.parse(stdout)).toEqual({ ok: true, closed: true });
});
