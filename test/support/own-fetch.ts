// A client configured with a fetch of the test's own (the simu environment's
// address, which that fetch never reaches), and the fetch that fails as every
// address of a host refusing does: for what a healthy loopback never shows.
import type { ClientConfig, FetchLike } from "../../generated/index.js";

/** The configuration of a client whose every call goes through `fetch`. */
export const config = (fetch: FetchLike): ClientConfig => ({
  environment: "simu",
  merchantId: "002001000000001",
  keyVersion: 1,
  secretKey: "call-failures-key",
  fetch,
});

/** How fetch fails when every address of a host refuses: its reasons in an AggregateError with no message of its own. */
export const refusedEverywhere: FetchLike = async () => {
  const refusals = [new Error("connect ECONNREFUSED ::1:443"), new Error("connect ECONNREFUSED 127.0.0.1:443")];
  throw new TypeError("fetch failed", {
    cause: Object.assign(new AggregateError(refusals, ""), { code: "ECONNREFUSED" }),
  });
};
