// The prototypes side by side with today's generated validators, ajv (compiled
// from the emitted JSON Schema, allErrors), the bench's hand-written check and
// a plain boolean check, on the scenarios of bench/validators.ts, in one
// process: node --import tsx bench/prototypes/bench-validators.ts [rounds] [ms]
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { SIPS_KEYWORDS } from "../../test/interop/sips-keywords.js";
import { handRequest, handResponse, handWallet } from "../competitors/hand-written.js";
import * as messages from "../messages.js";
import { duration, measure, ratioOf, type Task } from "../stats.js";
import { generatedAt } from "./baseline.js";
import { isRequest, isResponse } from "./boolean-checks.js";
import { validateGetWalletDataResponse } from "./get-wallet-data.validators.js";
import {
  validatePaymentTokenInitializeRequest,
  validatePaymentTokenInitializeResponse,
} from "./payment-token-initialize.validators.js";

const rounds = Number(process.argv[2] ?? 7);
const timeMs = Number(process.argv[3] ?? 40);
const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const keyword of SIPS_KEYWORDS) ajv.addKeyword(keyword);
const schema = (name: string) =>
  ajv.compile(JSON.parse(readFileSync(`generated/schemas/${name}.schema.json`, "utf8")) as object);
const ajvRequest = schema("paymentTokenInitialize.request");
const ajvResponse = schema("paymentTokenInitialize.response");
const ajvWallet = schema("getWalletData.response");

const strict = { strict: true } as const;
const { paymentTokenInitialize: pti, getWalletData: gwd } = (await generatedAt()).operations;
type Check = (v: unknown) => unknown;
const scenarios: { name: string; value: unknown; today: Check; proto: Check; ajv: Check; hand: Check; bool?: Check }[] =
  [
    {
      name: "request, valid",
      value: messages.requestValid,
      today: (v) => pti.request.validate(v),
      proto: (v) => validatePaymentTokenInitializeRequest(v),
      ajv: (v) => ajvRequest(v) || ajvRequest.errors,
      hand: handRequest,
      bool: isRequest,
    },
    {
      name: "request, 5 errors",
      value: messages.requestInvalid,
      today: (v) => pti.request.validate(v),
      proto: (v) => validatePaymentTokenInitializeRequest(v),
      ajv: (v) => ajvRequest(v) || ajvRequest.errors,
      hand: handRequest,
      bool: isRequest,
    },
    {
      name: "response, valid",
      value: messages.responseValid,
      today: (v) => pti.response.validate(v, strict),
      proto: (v) => validatePaymentTokenInitializeResponse(v, strict),
      ajv: (v) => ajvResponse(v) || ajvResponse.errors,
      hand: handResponse,
      bool: isResponse,
    },
    {
      name: "response, 4 errors",
      value: messages.responseInvalid,
      today: (v) => pti.response.validate(v, strict),
      proto: (v) => validatePaymentTokenInitializeResponse(v, strict),
      ajv: (v) => ajvResponse(v) || ajvResponse.errors,
      hand: handResponse,
      bool: isResponse,
    },
    {
      name: "wallet of 50 means",
      value: messages.walletLarge,
      today: (v) => gwd.response.validate(v, strict),
      proto: (v) => validateGetWalletDataResponse(v, strict),
      ajv: (v) => ajvWallet(v) || ajvWallet.errors,
      hand: handWallet,
    },
  ];

for (const s of scenarios) {
  const v = s.value;
  const tasks: Task[] = [
    { name: "prototype", run: () => s.proto(v) },
    { name: "generated today", run: () => s.today(v) },
    { name: "ajv", run: () => s.ajv(v) },
    { name: "hand-written", run: () => s.hand(v) },
    ...(s.bool ? [{ name: "boolean check", run: () => s.bool?.(v) }] : []),
  ];
  const results = await measure(tasks, rounds, timeMs);
  const proto = results[0];
  if (!proto) continue;
  const cells = results.map(
    (r) => `${r.name} ${duration(r.median)}${r === proto ? "" : ` (prototype ${ratioOf(proto, r).toFixed(2)}x)`}`,
  );
  console.log(`${s.name}: ${cells.join(" | ")}`);
}
