// The seal side by side: the generated seal (fast sealing string + HMAC), bare
// node:crypto HMAC over the sealing string built beforehand (a flat string, as
// a caller holding it would pass it), a generic recursive flatten-and-sort
// implementation of the rule followed by the HMAC, the sealing string alone,
// the seal's own HMAC (two one-shot digests, runtime/seal-hmac.ts) over the
// same flat string, the sealing string flattened (the copy hashing a rope
// makes), and the floor: the message's known values concatenated with no
// check at all, then the seal's own HMAC. Two clocks, as for the validators.
import { createHmac } from "node:crypto";
import type { GetWalletDataResponse, Unsealed } from "../generated/index.js";
import type { JsonObject } from "../generator/model/json-value.js";
import { sealingString } from "../generator/model/seal-rule.js";
import { type Interleaved, interleaved } from "./interleaved.js";
import { requestValid, walletLarge } from "./messages.js";
import { pkg, sealHmac } from "./package-code.js";
import { measure, type Measured } from "./stats.js";

const KEY = "002001000000001_KEY1";

const hmac = (text: string): string => createHmac("sha256", KEY).update(text, "utf8").digest("hex");

function generic(message: JsonObject, exclude: readonly string[]): string {
  return hmac(sealingString(message, exclude));
}

/** The wallet's sealing string with no check at all: its known values, concatenated as they come. */
function floor(m: Unsealed<GetWalletDataResponse>): string {
  let text = (m.errorFieldName ?? "") + (m.walletCreationDateTime ?? "") + (m.walletLastActionDateTime ?? "");
  for (const it of m.walletPaymentMeanDataList ?? [])
    text +=
      (it.maskedPan ?? "") +
      (it.panExpiryDate ?? "") +
      (it.paymentMeanAlias ?? "") +
      (it.paymentMeanBrand ?? "") +
      (it.paymentMeanBrandCobadgedList ?? "") +
      (it.paymentMeanId ?? "") +
      (it.transactionActors ?? "");
  return text + (m.walletResponseCode ?? "");
}

/**
 * A rope copied into one flat string, as hashing it copies it first: V8 flattens a rope when one of its characters
 * is read by index (the first here), and returns the same string, now flat.
 */
const flattened = (text: string): string => {
  text.charCodeAt(0);
  return text;
};

export interface SealResult {
  readonly scenario: string;
  /**
   * The first clock: generated seal(), bare HMAC, generic flatten-and-sort, its sealing string alone, its HMAC alone
   * (, its sealing string flattened, floor).
   */
  readonly results: Measured[];
  /** The second clock: bare HMAC first, then generated seal(), its HMAC alone (, its sealing string flattened, the floor). */
  readonly cycles: Interleaved;
}

export async function benchSeal(rounds: number, timeMs: number): Promise<SealResult[]> {
  const { paymentTokenInitialize, getWalletData } = pkg.operations;
  const { hmacHex } = sealHmac;
  // As a message arrives: parsed from JSON text.
  const { seal: _, ...request } = JSON.parse(JSON.stringify(requestValid)) as typeof requestValid;
  const { seal: __, ...wallet } = JSON.parse(JSON.stringify(walletLarge)) as typeof walletLarge;
  const flat = (text: string): string => JSON.parse(JSON.stringify(text)) as string;
  const requestText = flat(paymentTokenInitialize.request.sealingString(request));
  const walletText = flat(getWalletData.response.sealingString(wallet));
  if (floor(wallet) !== walletText) throw new Error("the floor seals another string than the generated code");
  const scenarios = [
    {
      scenario: "paymentTokenInitialize request",
      tasks: [
        { name: "generated seal()", run: () => paymentTokenInitialize.request.seal(request, KEY) },
        { name: "bare HMAC", run: () => hmac(requestText) },
        {
          name: "generic flatten-and-sort",
          run: () => generic(request as JsonObject, ["keyVersion", "seal", "sealAlgorithm"]),
        },
        { name: "its sealing string alone", run: () => paymentTokenInitialize.request.sealingString(request) },
        { name: "its HMAC alone", run: () => hmacHex("sha256", KEY, requestText) },
      ],
    },
    {
      scenario: "wallet of 50 means (response)",
      tasks: [
        { name: "generated seal()", run: () => getWalletData.response.seal(wallet, KEY) },
        { name: "bare HMAC", run: () => hmac(walletText) },
        { name: "generic flatten-and-sort", run: () => generic(wallet as unknown as JsonObject, ["seal"]) },
        { name: "its sealing string alone", run: () => getWalletData.response.sealingString(wallet) },
        { name: "its HMAC alone", run: () => hmacHex("sha256", KEY, walletText) },
        { name: "its sealing string flattened", run: () => flattened(getWalletData.response.sealingString(wallet)) },
        // The seal's own HMAC: what any seal that builds this string as a rope and hashes it as the seal does pays.
        { name: "floor", run: () => hmacHex("sha256", KEY, floor(wallet)) },
      ],
    },
  ];
  const out: SealResult[] = [];
  for (const { scenario, tasks } of scenarios) {
    const results = await measure(tasks, rounds, timeMs);
    const timed = ["bare HMAC", "generated seal()", "its HMAC alone", "its sealing string flattened", "floor"];
    const cycles = interleaved(timed.flatMap((name) => tasks.filter((t) => t.name === name)));
    out.push({ scenario, results, cycles });
  }
  return out;
}
