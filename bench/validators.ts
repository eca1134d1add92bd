// Validators side by side: the generated ones, ajv compiled from the emitted
// JSON Schema (allErrors, like ours), zod 4, TypeBox compiled from the same
// schema, the hand-written check that collects paths and, on valid messages,
// the plainest boolean check. Responses are validated strictly by all, which
// is what the schema says; everyone collects every error on invalid input.
// Two clocks: mitata's rounds (stats.ts) for every competitor, and the
// interleaved batches (interleaved.ts) for those the targets name.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { Compile } from "typebox/compile";
import { SIPS_KEYWORDS } from "../test/interop/sips-keywords.js";
import { isRequest, isResponse } from "./competitors/boolean-checks.js";
import { handRequest, handResponse, handWallet } from "./competitors/hand-written.js";
import { zodRequest, zodResponse, zodWallet } from "./competitors/zod-schemas.js";
import * as messages from "./messages.js";
import { previousOperations } from "./previous.js";
import { type Interleaved, interleaved } from "./interleaved.js";
import { ownSite } from "./own-site.js";
import { pkg } from "./package-code.js";
import { measure, type Measured, type Task } from "./stats.js";

const schemaOf = (name: string): object =>
  JSON.parse(readFileSync(path.join("generated", "schemas", `${name}.schema.json`), "utf8")) as object;

const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const keyword of SIPS_KEYWORDS) ajv.addKeyword(keyword);

interface Scenario {
  readonly name: string;
  readonly value: unknown;
  readonly valid: boolean;
  /** The generated validator, called with `options`. */
  readonly ours: Validate;
  readonly options?: { readonly strict: boolean };
  /** The same validator in the previous generator's output (see previous.ts). */
  readonly previous: (ops: Previous) => Validate;
  readonly schema: string;
  readonly zod: { safeParse: (v: unknown) => { success: boolean } };
  readonly hand: (v: unknown) => string[];
  /** The plainest boolean check, where there is one: the floor of a valid message. */
  readonly bool?: (v: unknown) => boolean;
}

type Validate = (v: unknown, options?: { readonly strict: boolean }) => { ok: boolean };
type Previous = NonNullable<Awaited<ReturnType<typeof previousOperations>>>;
const previousOf = (ops: Previous, name: string) => {
  const op = ops[name];
  if (!op) throw new Error(`the previous generator has no ${name}`);
  return op;
};

const strict = { strict: true } as const;
const { paymentTokenInitialize, getWalletData } = pkg.operations;
export const SCENARIOS: readonly Scenario[] = [
  {
    name: "request, valid",
    value: messages.requestValid,
    valid: true,
    ours: paymentTokenInitialize.request.validate,
    previous: (p) => previousOf(p, "paymentTokenInitialize").request.validate,
    schema: "paymentTokenInitialize.request",
    zod: zodRequest,
    hand: handRequest,
    bool: isRequest,
  },
  {
    name: "request, 5 errors",
    value: messages.requestInvalid,
    valid: false,
    ours: paymentTokenInitialize.request.validate,
    previous: (p) => previousOf(p, "paymentTokenInitialize").request.validate,
    schema: "paymentTokenInitialize.request",
    zod: zodRequest,
    hand: handRequest,
  },
  {
    name: "response, valid",
    value: messages.responseValid,
    valid: true,
    ours: paymentTokenInitialize.response.validate,
    options: strict,
    previous: (p) => previousOf(p, "paymentTokenInitialize").response.validate,
    schema: "paymentTokenInitialize.response",
    zod: zodResponse,
    hand: handResponse,
    bool: isResponse,
  },
  {
    name: "response, 4 errors",
    value: messages.responseInvalid,
    valid: false,
    ours: paymentTokenInitialize.response.validate,
    options: strict,
    previous: (p) => previousOf(p, "paymentTokenInitialize").response.validate,
    schema: "paymentTokenInitialize.response",
    zod: zodResponse,
    hand: handResponse,
  },
  {
    name: "largest: wallet of 50 means",
    value: messages.walletLarge,
    valid: true,
    ours: getWalletData.response.validate,
    options: strict,
    previous: (p) => previousOf(p, "getWalletData").response.validate,
    schema: "getWalletData.response",
    zod: zodWallet,
    hand: handWallet,
  },
];

export const COMPETITORS = [
  "generated",
  "previous generator",
  "ajv",
  "zod 4",
  "TypeBox",
  "hand-written",
  "boolean check",
] as const;

/** The competitors the targets name, timed by the second clock too. */
const INTERLEAVED = new Set(["generated", "ajv", "hand-written", "boolean check"]);

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
function ajvFor(name: string) {
  let validate = compiled.get(name);
  if (!validate) compiled.set(name, (validate = ajv.compile(schemaOf(name))));
  return validate;
}

/** ajv's work on `value` as the timed task does it (allocations.ts): its verdict, then its errors when it fails. */
export function ajvTask(scenario: Scenario, value: unknown): () => unknown {
  const check = ajvFor(scenario.schema);
  return () => check(value) || check.errors;
}

function tasksOf(scenario: Scenario, previous: Previous | null): Task[] {
  const ajvCheck = ajvFor(scenario.schema);
  const typebox = Compile(schemaOf(scenario.schema) as never);
  const { value, options, bool } = scenario;
  const before = previous ? scenario.previous(previous) : null;
  // Each competitor's call compiled for this scenario alone (own-site.ts).
  const tasks: Task[] = [
    { name: "generated", run: ownSite((check, v, o) => () => check(v, o), scenario.ours, value, options) },
    ...(before
      ? [{ name: "previous generator", run: ownSite((check, v, o) => () => check(v, o), before, value, options) }]
      : []),
    { name: "ajv", run: ownSite((check, v) => () => check(v) || check.errors, ajvCheck, value) },
    { name: "zod 4", run: ownSite((zod, v) => () => zod.safeParse(v), scenario.zod, value) },
    // Check, then the errors a caller would report when it fails.
    { name: "TypeBox", run: ownSite((tb, v) => () => tb.Check(v) || [...tb.Errors(v)], typebox, value) },
    { name: "hand-written", run: ownSite((hand, v) => () => hand(v), scenario.hand, value) },
    ...(bool ? [{ name: "boolean check", run: ownSite((check, v) => () => check(v), bool, value) }] : []),
  ];
  // Every competitor must agree on the verdict, or the comparison means nothing.
  const verdicts = [
    scenario.ours(value, options).ok,
    before?.(value, options).ok ?? scenario.valid,
    ajvCheck(value),
    scenario.zod.safeParse(value).success,
    typebox.Check(value),
    scenario.hand(value).length === 0,
    scenario.bool?.(value) ?? scenario.valid,
  ];
  if (verdicts.some((v) => v !== scenario.valid))
    throw new Error(`competitors disagree on "${scenario.name}": ${verdicts.join(", ")}`);
  return tasks;
}

export interface ScenarioResult {
  readonly scenario: string;
  /** The first clock, every competitor. */
  readonly results: Measured[];
  /** The second clock, the competitors the targets name: the generated validator first. */
  readonly cycles: Interleaved;
}

export async function benchValidators(rounds: number, timeMs: number, only?: RegExp): Promise<ScenarioResult[]> {
  const out: ScenarioResult[] = [];
  const previous = await previousOperations();
  for (const scenario of SCENARIOS) {
    if (only && !only.test(scenario.name)) continue;
    const tasks = tasksOf(scenario, previous);
    const results = await measure(tasks, rounds, timeMs);
    const cycles = interleaved(tasks.filter((t) => INTERLEAVED.has(t.name)));
    out.push({ scenario: scenario.name, results, cycles });
  }
  return out;
}
