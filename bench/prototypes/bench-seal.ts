// The prototype sealing strings side by side with today's generated seal()
// (main's generated package and runtime), bare node:crypto HMAC over the same
// sealing string built beforehand, and the sealing strings alone, in one
// process: node --import tsx bench/prototypes/bench-seal.ts [rounds] [ms]
import { createHmac } from "node:crypto";
import { requestValid, walletLarge } from "../messages.js";
import { duration, measure, ratioOf } from "../stats.js";
import { generatedAt } from "./baseline.js";
import { getWalletDataResponseSealingString, sealGetWalletDataResponse } from "./get-wallet-data.seal.js";
import {
  paymentTokenInitializeRequestSealingString,
  sealPaymentTokenInitializeRequest,
} from "./payment-token-initialize.seal.js";

const rounds = Number(process.argv[2] ?? 7);
const timeMs = Number(process.argv[3] ?? 40);
const KEY = "002001000000001_KEY1";
const { paymentTokenInitialize, getWalletData } = (await generatedAt()).operations;
// As a response arrives: parsed from JSON text.
const { seal: _, ...request } = JSON.parse(JSON.stringify(requestValid)) as typeof requestValid;
const { seal: __, ...wallet } = JSON.parse(JSON.stringify(walletLarge)) as typeof walletLarge;

const scenarios = [
  {
    name: "paymentTokenInitialize request",
    text: paymentTokenInitialize.request.sealingString(request),
    proto: () => sealPaymentTokenInitializeRequest(request, KEY),
    protoString: () => paymentTokenInitializeRequestSealingString(request),
    today: () => paymentTokenInitialize.request.seal(request, KEY),
    todayString: () => paymentTokenInitialize.request.sealingString(request),
  },
  {
    name: "wallet of 50 means (response)",
    text: getWalletData.response.sealingString(wallet),
    proto: () => sealGetWalletDataResponse(wallet, KEY),
    protoString: () => getWalletDataResponseSealingString(wallet),
    today: () => getWalletData.response.seal(wallet, KEY),
    todayString: () => getWalletData.response.sealingString(wallet),
  },
];

for (const s of scenarios) {
  if (s.proto() !== s.today() || s.protoString() !== s.text)
    throw new Error(`${s.name}: the prototype seals differently`);
  // A flat string, as a caller holding it would pass it.
  const text = JSON.parse(JSON.stringify(s.text)) as string;
  const results = await measure(
    [
      { name: "bare HMAC", run: () => createHmac("sha256", KEY).update(text, "utf8").digest("hex") },
      { name: "prototype seal()", run: s.proto },
      { name: "today's seal()", run: s.today },
      { name: "prototype sealing string", run: s.protoString },
      { name: "today's sealing string", run: s.todayString },
    ],
    rounds,
    timeMs,
  );
  const [bare] = results;
  if (!bare) continue;
  console.log(
    `${s.name}: ${results.map((r) => `${r.name} ${duration(r.median)} (${ratioOf(r, bare).toFixed(2)}x)`).join(" | ")}`,
  );
}
