// The seal side by side: the generated seal (fast sealing string + HMAC), bare
// node:crypto HMAC over a sealing string built beforehand, and a generic
// recursive flatten-and-sort implementation of the rule followed by the HMAC.
import { createHmac } from "node:crypto";
import { operations } from "../generated/index.js";
import type { JsonObject } from "../generator/model/ir.js";
import { sealingString } from "../generator/model/seal-rule.js";
import { requestValid, walletLarge } from "./messages.js";
import { measure, type Measured } from "./stats.js";

const KEY = "002001000000001_KEY1";

function generic(message: JsonObject, exclude: readonly string[]): string {
  return createHmac("sha256", KEY).update(sealingString(message, exclude), "utf8").digest("hex");
}

export async function benchSeal(rounds: number, timeMs: number): Promise<{ scenario: string; results: Measured[] }[]> {
  const { paymentTokenInitialize, getWalletData } = operations;
  const { seal: _, ...request } = requestValid;
  const { seal: __, ...wallet } = walletLarge;
  const requestText = paymentTokenInitialize.request.sealingString(request);
  const walletText = getWalletData.response.sealingString(wallet);
  return [
    {
      scenario: "paymentTokenInitialize request",
      results: await measure(
        [
          { name: "generated seal()", run: () => paymentTokenInitialize.request.seal(request, KEY) },
          { name: "bare HMAC", run: () => createHmac("sha256", KEY).update(requestText, "utf8").digest("hex") },
          {
            name: "generic flatten-and-sort",
            run: () => generic(request as JsonObject, ["keyVersion", "seal", "sealAlgorithm"]),
          },
          { name: "its sealing string alone", run: () => paymentTokenInitialize.request.sealingString(request) },
        ],
        rounds,
        timeMs,
      ),
    },
    {
      scenario: "wallet of 50 means (response)",
      results: await measure(
        [
          { name: "generated seal()", run: () => getWalletData.response.seal(wallet, KEY) },
          { name: "bare HMAC", run: () => createHmac("sha256", KEY).update(walletText, "utf8").digest("hex") },
          { name: "generic flatten-and-sort", run: () => generic(wallet as unknown as JsonObject, ["seal"]) },
          { name: "its sealing string alone", run: () => getWalletData.response.sealingString(wallet) },
        ],
        rounds,
        timeMs,
      ),
    },
  ];
}
