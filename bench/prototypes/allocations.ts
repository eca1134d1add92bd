// What one validation allocates: bytes of new space per call, over many calls
// made where no collection can happen (a semi-space larger than all they
// allocate; the script refuses to report when one happened anyway).
//   node --min-semi-space-size=64 --max-semi-space-size=64 --expose-gc --import tsx bench/prototypes/allocations.ts
import { getHeapSpaceStatistics } from "node:v8";
import { PerformanceObserver } from "node:perf_hooks";
import * as messages from "../messages.js";
import { generatedAt } from "./baseline.js";
import { validateGetWalletDataResponse } from "./get-wallet-data.validators.js";
import {
  validatePaymentTokenInitializeRequest,
  validatePaymentTokenInitializeResponse,
} from "./payment-token-initialize.validators.js";

const { paymentTokenInitialize: pti, getWalletData: gwd } = (await generatedAt()).operations;
const strict = { strict: true } as const;
const CALLS = 20_000;
let collections = 0;
new PerformanceObserver((list) => (collections += list.getEntries().length)).observe({ entryTypes: ["gc"] });
const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_used_size ?? 0;
const sink: { value: unknown } = { value: null };

async function bytesPerCall(run: () => unknown): Promise<string> {
  for (let i = 0; i < 50_000; i++) sink.value = run(); // optimized before measuring
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 10)); // gc entries are delivered asynchronously
  const before = collections;
  const start = newSpace();
  for (let i = 0; i < CALLS; i++) sink.value = run();
  const bytes = (newSpace() - start) / CALLS;
  await new Promise((resolve) => setTimeout(resolve, 10));
  return collections === before ? `${bytes.toFixed(1)} B` : "(a collection happened: run again)";
}

const scenarios: [string, unknown, (v: unknown) => unknown, (v: unknown) => unknown][] = [
  [
    "request, valid",
    messages.requestValid,
    (v) => validatePaymentTokenInitializeRequest(v),
    (v) => pti.request.validate(v),
  ],
  [
    "request, 5 errors",
    messages.requestInvalid,
    (v) => validatePaymentTokenInitializeRequest(v),
    (v) => pti.request.validate(v),
  ],
  [
    "response, valid",
    messages.responseValid,
    (v) => validatePaymentTokenInitializeResponse(v, strict),
    (v) => pti.response.validate(v, strict),
  ],
  [
    "response, 4 errors",
    messages.responseInvalid,
    (v) => validatePaymentTokenInitializeResponse(v, strict),
    (v) => pti.response.validate(v, strict),
  ],
  [
    "wallet of 50 means",
    messages.walletLarge,
    (v) => validateGetWalletDataResponse(v, strict),
    (v) => gwd.response.validate(v, strict),
  ],
];
const value = messages.requestValid;
const none: readonly unknown[] = [];
console.log(
  `A result alone ({ ok, value, warnings }, a fresh object): ${await bytesPerCall(() => ({ ok: true, value, warnings: none }))}\n`,
);
console.log("| message | prototype | generated today |\n| --- | --- | --- |");
for (const [name, value, proto, today] of scenarios)
  console.log(`| ${name} | ${await bytesPerCall(() => proto(value))} | ${await bytesPerCall(() => today(value))} |`);
