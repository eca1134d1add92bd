// The prototypes side by side with today's generated validators (main's
// generated package and runtime, see baseline.ts), ajv compiled from the
// emitted JSON Schema (allErrors), the bench's hand-written check and a plain
// boolean check, on the scenarios of bench/validators.ts, in one process:
//   node --import tsx bench/prototypes/bench-validators.ts [rounds] [ms]
// Two clocks: the bench's medians (mitata, round by round) and the fastest
// batch (min-time.ts). Ratios are the prototype's time over the other's.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { SIPS_KEYWORDS } from "../../test/interop/sips-keywords.js";
import { handRequest, handResponse, handWallet } from "../competitors/hand-written.js";
import * as messages from "../messages.js";
import { duration, measure, ratioOf, type Task } from "../stats.js";
import { generatedAt } from "./baseline.js";
import { isRequest, isResponse } from "./boolean-checks.js";
import { validateGetWalletDataResponse } from "./get-wallet-data.validators.js";
import { interleaved } from "./min-time.js";
import {
  validatePaymentTokenInitializeRequest,
  validatePaymentTokenInitializeResponse,
} from "./payment-token-initialize.validators.js";

const rounds = Number(process.argv[2] ?? 7);
const timeMs = Number(process.argv[3] ?? 40);
const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const keyword of SIPS_KEYWORDS) ajv.addKeyword(keyword);
const compile = (name: string) =>
  ajv.compile(JSON.parse(readFileSync(`generated/schemas/${name}.schema.json`, "utf8")) as object);
const ajvRequest = compile("paymentTokenInitialize.request");
const ajvResponse = compile("paymentTokenInitialize.response");
const ajvWallet = compile("getWalletData.response");

const strict = { strict: true } as const;
const { paymentTokenInitialize: pti, getWalletData: gwd } = (await generatedAt()).operations;
type Check = (v: unknown) => unknown;
interface Scenario {
  name: string;
  value: unknown;
  valid: boolean;
  proto: (v: unknown) => { ok: boolean };
  today: (v: unknown) => { ok: boolean };
  ajv: Check;
  hand: Check;
  bool: ((v: unknown) => boolean) | null;
}
const request = {
  proto: (v: unknown) => validatePaymentTokenInitializeRequest(v),
  today: (v: unknown) => pti.request.validate(v),
  ajv: (v: unknown) => ajvRequest(v) || ajvRequest.errors,
  hand: handRequest,
  bool: isRequest,
};
const response = {
  proto: (v: unknown) => validatePaymentTokenInitializeResponse(v, strict),
  today: (v: unknown) => pti.response.validate(v, strict),
  ajv: (v: unknown) => ajvResponse(v) || ajvResponse.errors,
  hand: handResponse,
  bool: isResponse,
};
const scenarios: Scenario[] = [
  { name: "request, valid", value: messages.requestValid, valid: true, ...request },
  { name: "request, 5 errors", value: messages.requestInvalid, valid: false, ...request },
  { name: "response, valid", value: messages.responseValid, valid: true, ...response },
  { name: "response, 4 errors", value: messages.responseInvalid, valid: false, ...response },
  {
    name: "wallet of 50 means",
    value: messages.walletLarge,
    valid: true,
    proto: (v) => validateGetWalletDataResponse(v, strict),
    today: (v) => gwd.response.validate(v, strict),
    ajv: (v) => ajvWallet(v) || ajvWallet.errors,
    hand: handWallet,
    bool: null,
  },
];

console.log("| message | prototype | today's generated | ajv | hand-written | boolean check |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const s of scenarios) {
  const v = s.value;
  // Every competitor must agree on the verdict, or the comparison means nothing.
  if (s.proto(v).ok !== s.valid || s.today(v).ok !== s.valid || (s.bool && s.bool(v) !== s.valid))
    throw new Error(`competitors disagree on "${s.name}"`);
  const tasks: Task[] = [
    { name: "prototype", run: () => s.proto(v) },
    { name: "today", run: () => s.today(v) },
    { name: "ajv", run: () => s.ajv(v) },
    { name: "hand", run: () => s.hand(v) },
    ...(s.bool ? [{ name: "bool", run: () => s.bool?.(v) }] : []),
  ];
  const medians = await measure(tasks, rounds, timeMs);
  const cycles = interleaved(tasks);
  const [proto] = medians;
  if (!proto) continue;
  const cells = ["prototype", "today", "ajv", "hand", "bool"].map((name) => {
    const m = medians.find((r) => r.name === name);
    if (!m) return "";
    const ratios =
      name === "prototype" ? "" : ` (${ratioOf(proto, m).toFixed(2)}x; ${cycles.ratio("prototype", name).toFixed(2)}x)`;
    return `${duration(m.median)} / ${duration(cycles.fastest.get(name) ?? Number.NaN)}${ratios}`;
  });
  console.log(`| ${s.name} | ${cells.join(" | ")} |`);
}
console.log(
  "\nEach cell: median of the rounds' medians / fastest interleaved batch (the prototype's time over this one's: median of the rounds' ratios; median of the interleaved cycles' ratios).",
);
