// The prototype sealing strings side by side with today's generated seal()
// (main's generated package and runtime), bare node:crypto HMAC over the same
// sealing string built beforehand, and the sealing strings alone, in one
// process: node --import tsx bench/prototypes/bench-seal.ts [rounds] [ms]
// "floor" is the known values of the message concatenated with no check at
// all, then the same HMAC: what V8's strings cost before any seal logic.
import { createHmac } from "node:crypto";
import { requestValid, walletLarge } from "../messages.js";
import { duration, measure, ratioOf } from "../stats.js";
import type { GetWalletDataResponse } from "../../generated/index.js";
import { generatedAt } from "./baseline.js";
import { interleaved } from "./min-time.js";
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

/** The wallet's sealing string with no check at all: its known values, concatenated as they come. */
function floor(m: Omit<GetWalletDataResponse, "seal">): string {
  let text = (m.errorFieldName ?? "") + (m.walletCreationDateTime ?? "") + (m.walletLastActionDateTime ?? "");
  for (const it of m.walletPaymentMeanDataList ?? [])
    text +=
      (it.maskedPan ?? "") +
      (it.panExpiryDate ?? "") +
      (it.paymentMeanAlias ?? "") +
      (it.paymentMeanBrand ?? "") +
      (it.paymentMeanBrandCobadgedList ?? "") +
      (it.paymentMeanData ?? "") +
      (it.paymentMeanId ?? "") +
      (it.transactionActors ?? "");
  return text + (m.walletResponseCode ?? "");
}

const scenarios = [
  {
    name: "paymentTokenInitialize request",
    text: paymentTokenInitialize.request.sealingString(request),
    proto: () => sealPaymentTokenInitializeRequest(request, KEY),
    protoString: () => paymentTokenInitializeRequestSealingString(request),
    today: () => paymentTokenInitialize.request.seal(request, KEY),
    todayString: () => paymentTokenInitialize.request.sealingString(request),
    floor: null,
  },
  {
    name: "wallet of 50 means (response)",
    text: getWalletData.response.sealingString(wallet),
    proto: () => sealGetWalletDataResponse(wallet, KEY),
    protoString: () => getWalletDataResponseSealingString(wallet),
    today: () => getWalletData.response.seal(wallet, KEY),
    todayString: () => getWalletData.response.sealingString(wallet),
    floor: () => createHmac("sha256", KEY).update(floor(wallet), "utf8").digest("hex"),
  },
];

console.log(
  "| message | bare HMAC | prototype seal() | today's seal() | floor | prototype sealing string | today's sealing string |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const s of scenarios) {
  if (s.proto() !== s.today() || s.protoString() !== s.text || (s.floor && s.floor() !== s.proto()))
    throw new Error(`${s.name}: the prototype seals differently`);
  // A flat string, as a caller holding it would pass it.
  const text = JSON.parse(JSON.stringify(s.text)) as string;
  const tasks = [
    { name: "bare", run: () => createHmac("sha256", KEY).update(text, "utf8").digest("hex") },
    { name: "proto", run: s.proto },
    { name: "today", run: s.today },
    ...(s.floor ? [{ name: "floor", run: s.floor }] : []),
    { name: "protoString", run: s.protoString },
    { name: "todayString", run: s.todayString },
  ];
  const medians = await measure(tasks, rounds, timeMs);
  const cycles = interleaved(tasks);
  const [bare] = medians;
  if (!bare) continue;
  const cells = ["bare", "proto", "today", "floor", "protoString", "todayString"].map((name) => {
    const m = medians.find((r) => r.name === name);
    if (!m) return "";
    return `${duration(m.median)} / ${duration(cycles.fastest.get(name) ?? Number.NaN)} (${ratioOf(m, bare).toFixed(2)}x; ${cycles.ratio(name, "bare").toFixed(2)}x)`;
  });
  console.log(`| ${s.name} | ${cells.join(" | ")} |`);
}
console.log(
  "\nEach cell: median of the rounds' medians / fastest interleaved batch (its time over bare HMAC's: median of the rounds' ratios; median of the interleaved cycles' ratios).",
);
