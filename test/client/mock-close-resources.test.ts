// What a script's process still holds once `await mock.close()` resolved after
// a client call: nothing the mock or its client opened (no server, socket or
// timer), the same list of active resources as before the mock started. Such a
// script still ends some tenths of a second after its last line, where one that
// made no call ends at once: Node waits, before it exits, for V8 to finish
// compiling in the background the WebAssembly HTTP parser of its fetch, which
// no handle shows and the package cannot end (the guide's mock section says
// so).
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { bundleForNode } from "../support/node-bundle.js";
import { generatedDir } from "../support/paths.js";

const KEY = "mock-close-resources-key";

test("after a call, close() resolves with nothing of the mock or its client keeping the process alive", async () => {
  // Its own process, nothing but the script's work in it. Node's fetch opens the standard error stream on its first
  // call (a plain fetch to a node:http server does too): opened here first, as is the standard output, and the first
  // list taken once the start's own closing is done.
  const script = `
    import { createClient } from "./index.js";
    import { startMockServer } from "./mock.js";
    void process.stdout, void process.stderr;
    await new Promise((resolve) => setTimeout(resolve, 10));
    const before = process.getActiveResourcesInfo();
    const secretKey = ${JSON.stringify(KEY)};
    const mock = await startMockServer({ secretKey });
    const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
    const called = await Promise.all([1, 2, 3].map(() => sips.cancel({ currencyCode: "978" })));
    const during = process.getActiveResourcesInfo();
    await mock.close();
    const after = process.getActiveResourcesInfo();
    process.stdout.write(JSON.stringify({ ok: called.map((c) => c.ok), before, during, after }));
  `;
  const bundle = await bundleForNode({ code: script, resolveDir: generatedDir });
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [bundle], { timeout: 30_000 });
    const { ok, before, during, after } = JSON.parse(stdout) as Record<string, unknown[]>;
    expect(ok).toEqual([true, true, true]);
    // The listening server is seen while the mock is open: the list shows what the mock holds.
    expect(during).toContain("TCPServerWrap");
    expect(after).toEqual(before);
  } finally {
    await rm(path.dirname(bundle), { recursive: true, force: true });
  }
}, 60_000);
