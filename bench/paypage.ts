// Decoding a Paypage response: the generated decodePaypageResponse on the
// body Sips posts (read the form, verify the SHA-256 seal, split and type 25
// fields, validate them) against the least any verification does:
// URLSearchParams and a bare SHA-256 of the same Data and key, compared with
// the seal. The decoder and its validator are those the generator writes from
// the test Paypage response's fixture spec (test/support/paypage-fixture.ts),
// held to a fresh generation by its test: the repository's own paymentWebInit
// response has fixed facts for none but its first fields.
import { createHash } from "node:crypto";
import { paypageCallback, paypageVerify } from "./package-code.js";
import { mark, ratioX } from "./report-cells.js";
import { duration, ratioOf, summarize, type Measured } from "./stats.js";

const { decodePaypageResponse } = paypageCallback;
const { isPaypageResponseGenuine } = paypageVerify;

const KEY = "002001000000001_KEY1";
/** The vector is the public simulation shop's, which a decoder verifies only where the payment is not production's. */
const SIMULATION = { environment: "simu" } as const;

/** Worldline's SDK response vector (24 fields) and a returnContext holding "=": 25 fields. */
const DATA =
  "captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002001000000001|orderChannel=INTERNET|responseCode=00|transactionDateTime=2018-02-06T07:54:23+01:00|transactionReference=b4fb98a9c2c|keyVersion=1|acquirerResponseCode=00|amount=2|authorisationId=12345|guaranteeIndicator=Y|cardCSCResultCode=4D|panExpiryDate=201902|paymentMeanBrand=VISA|paymentMeanType=CARD|customerIpAddress=194.78.195.168|maskedPan=4500#############01|holderAuthentRelegation=N|holderAuthentStatus=3D_SUCCESS|tokenPan=g011040a730424d1ba6|transactionOrigin=INTERNET|paymentPattern=ONE_SHOT|returnContext=cart=81&user=7";

export const PAYPAGE_FIELDS = DATA.split("|").length;

/** The body as Sips posts it. */
export const PAYPAGE_BODY = new URLSearchParams({
  Data: DATA,
  Seal: createHash("sha256").update(`${DATA}${KEY}`, "utf8").digest("hex"),
  InterfaceVersion: "HP_2.0",
  Encode: "",
}).toString();

function bare(): boolean {
  const form = new URLSearchParams(PAYPAGE_BODY);
  return (
    createHash("sha256")
      .update(`${form.get("Data")}${KEY}`, "utf8")
      .digest("hex") === form.get("Seal")
  );
}

/**
 * Runs each task `calls` times in a row, the order alternating each round,
 * timing each run by the CPU time the process used: per call, in nanoseconds.
 * On a shared machine, CPU time leaves out the time the process waits for a
 * core, and short alternating runs keep the ratio of two tasks honest when the
 * machine's speed drifts; garbage collection (on any thread) is counted where
 * a task causes it.
 */
function measureRuns(
  tasks: readonly { name: string; run: () => unknown }[],
  rounds: number,
  calls: number,
): Measured[] {
  const perTask = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  for (const task of tasks) for (let i = 0; i < calls * 3; i++) task.run(); // warm-up: the JIT settles
  for (let round = 0; round < rounds; round++) {
    for (const task of round % 2 === 0 ? tasks : [...tasks].reverse()) {
      const start = process.cpuUsage();
      for (let i = 0; i < calls; i++) task.run();
      const used = process.cpuUsage(start);
      perTask.get(task.name)?.push(((used.user + used.system) * 1000) / calls);
    }
  }
  return summarize(tasks, perTask);
}

export function benchPaypage(rounds: number, calls: number): Measured[] {
  const check = decodePaypageResponse(PAYPAGE_BODY, KEY, SIMULATION);
  if (!check.ok || check.warnings.length > 0 || Object.keys(check.response).length !== PAYPAGE_FIELDS || !bare())
    throw new Error("the benchmark's response does not decode cleanly");
  return measureRuns(
    [
      { name: "decodePaypageResponse", run: () => decodePaypageResponse(PAYPAGE_BODY, KEY, SIMULATION) },
      { name: "URLSearchParams + bare SHA-256", run: bare },
      { name: "isPaypageResponseGenuine", run: () => isPaypageResponseGenuine(PAYPAGE_BODY, KEY) },
    ],
    rounds,
    calls,
  );
}

export const PAYPAGE_TARGET = 1.3;

export function paypageTargetRow(results: readonly Measured[]): string {
  const [decode, bareCheck] = results;
  if (!decode || !bareCheck) return "";
  const r = ratioOf(decode, bareCheck);
  return `| Paypage response (${PAYPAGE_FIELDS} fields) decoded and verified ≤ ${PAYPAGE_TARGET}x URLSearchParams + bare SHA-256 | ${ratioX(r)} | ${mark(r <= PAYPAGE_TARGET)} |`;
}

const span = (m: Measured): string => `${duration(m.median)} (${duration(m.low)}–${duration(m.high)})`;

/** The section of bench/RESULTS.md. */
export function paypageSection(results: readonly Measured[]): string[] {
  const [decode, bareCheck, genuine] = results;
  if (!decode || !bareCheck || !genuine) return [];
  return [
    "",
    "## Paypage response",
    "",
    `Time per response of ${PAYPAGE_FIELDS} fields (Worldline's SDK response vector and a returnContext), posted as an application/x-www-form-urlencoded body sealed with SHA-256, in short alternating runs; the ratio is the median of the runs' ratios. decodePaypageResponse, generated from the test Paypage response's fixture spec (test/fixtures/paypage-response), reads the form, verifies the seal in constant time, splits and types the fields and validates them with the generated validator; the bare check parses the body with URLSearchParams and compares a SHA-256 of Data and key with ===; isPaypageResponseGenuine is the seal check alone.`,
    "",
    "| decodePaypageResponse | URLSearchParams + bare SHA-256 | ratio | isPaypageResponseGenuine |",
    "| --- | --- | --- | --- |",
    `| ${span(decode)} | ${span(bareCheck)} | ${ratioX(ratioOf(decode, bareCheck))} | ${span(genuine)} (${ratioX(ratioOf(genuine, bareCheck))}) |`,
  ];
}
