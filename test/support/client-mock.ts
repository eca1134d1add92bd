// The generated client's calls of paymentTokenInitialize against the real mock
// server on loopback (a running one, and one stopped, where nothing listens),
// and the fetches the tests give it: one that records what is sent, one fixed
// reply. Each test file that calls useClientMock starts its own pair.
import { afterAll, beforeAll } from "vitest";
import { type ClientConfig, createClient, type FetchLike, operations } from "../../generated/index.js";
import { MOCK_OPERATIONS, type MockServer, startMockServer } from "../../generated/mock.js";

export const secretKey = "client-test-secret-key";
export const op = operations.paymentTokenInitialize;
const seedStatus = op.status;
if (!seedStatus) throw new Error("the seed operation has no status block");
export const status = seedStatus;
export const fields = { sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" } as const;
/** The running mock, and one stopped (its address refuses), while the file that calls useClientMock runs. */
export let server: MockServer;
export let stopped: MockServer;

/** Starts the mock and a stopped one before the file's tests, closes the mock after them. */
export function useClientMock(): void {
  beforeAll(async () => {
    server = await startMockServer({ secretKey });
    stopped = await startMockServer({ secretKey });
    await stopped.close();
  });
  afterAll(() => server.close());
}

/** A code of the status field's list other than the accepted one. */
export const otherCode = op.response.fields
  .find((f) => f.name === status.field)
  ?.valueList?.values.find((v) => v.value !== status.accepted)?.value;

/** The response the mock answers by default: the spec's example, which holds every required field. */
export const example = MOCK_OPERATIONS.find((m) => m.operation.name === op.name)?.example ?? {};

/**
 * The client's call against a mock whose handler answers the operation: the handler's fields over the example
 * response, so that a page release that makes another response field required keeps the reply complete.
 */
export async function callWith(handler: () => Record<string, unknown>) {
  const mock = await startMockServer({
    secretKey,
    handlers: { paymentTokenInitialize: () => ({ ...example, ...handler() }) },
  });
  try {
    return await createClient(config({ environment: mock.url })).paymentTokenInitialize(fields);
  } finally {
    await mock.close();
  }
}

/** The client's configuration for the running mock, `over` laid over it. */
export const config = (over: Partial<ClientConfig> = {}): ClientConfig => ({
  environment: server.url,
  merchantId: "002001000000001",
  keyVersion: 1,
  secretKey,
  ...over,
});

/** A fetch that records what is sent and passes it to the global fetch, optionally rewriting the reply. */
export function spy(rewrite: (body: string) => string = (b) => b) {
  const sent: Record<string, unknown>[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    sent.push(JSON.parse(init.body) as Record<string, unknown>);
    const reply = await fetch(url, init);
    const text = rewrite(await reply.text());
    return { status: reply.status, text: async () => text };
  };
  return { sent, fetch: fetchImpl };
}

// The global fetch is a FetchLike: the configuration takes it as it is.
export const globalFetch: FetchLike = fetch;

/** A fetch that answers every call with this status and body. */
export const fixed =
  (status: number, body: string): FetchLike =>
  async () => ({ status, text: async () => body });
