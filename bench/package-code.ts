// The package's code as the bench times it: by default the JavaScript that its
// own build writes to dist/ (`npm run build`, tsc -b), which is what a consumer
// runs. tsx's transform of generated/ is esbuild's with `keepNames`, which
// wraps every named closure in `__name` (a defineProperty each time a call
// makes one): code that a user never runs. The build is run once as the bench
// starts; tsc -b rebuilds any output missing or older than its source, so the
// bench never times stale output. SIPS_BENCH_CODE=tsx imports generated/
// through tsx instead, for code-side-by-side.ts's comparison only.
// The competitors (ajv, zod, TypeBox, the hand-written checks) are the bench's
// own code, run as before.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compileLike, WORK } from "./compile-like.js";

export type PackageCode = "dist" | "tsx";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Which code this process times: the compiled package unless SIPS_BENCH_CODE says tsx. */
export const packageCode: PackageCode = process.env.SIPS_BENCH_CODE === "tsx" ? "tsx" : "dist";

/** Set once this process (or its parent) has built: the bench's child processes do not build again. */
const BUILT = "SIPS_BENCH_BUILT";

/** The paypage fixture's generated decoder, which the package's build does not hold. */
const fixtureOut = path.join(WORK, "compiled", "paypage-fixture");
const fixtureSource = "test/fixtures/paypage-response/generated";

if (packageCode === "dist" && process.env[BUILT] !== "1") {
  execFileSync("npm", ["run", "-s", "build"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  compileLike("paypage-fixture", root, path.join(root, fixtureSource), fixtureOut);
  process.env[BUILT] = "1";
}

/** A module of generated/ (`runtime/seal-hmac.js`, say): from dist/, or the TypeScript through tsx. */
const load = (file: string, compiled = path.join(root, "dist"), source = path.join(root, "generated")) =>
  import(pathToFileURL(path.join(packageCode === "dist" ? compiled : source, file)).href);

export const pkg = (await load("index.js")) as typeof import("../generated/index.js");
/** The runtime modules whose objects an invalid message's validation makes (allocations.ts weighs each). */
export const siteFree = (await load("runtime/site-free.js")) as typeof import("../generated/runtime/site-free.js");
export const validation = (await load("runtime/validation.js")) as typeof import("../generated/runtime/validation.js");
export const sealHmac = (await load("runtime/seal-hmac.js")) as typeof import("../generated/runtime/seal-hmac.js");
export const paypageVerify = (await load(
  "runtime/paypage-verify.js",
)) as typeof import("../generated/runtime/paypage-verify.js");
export const paypageCallback = (await load(
  "operations/paymentWebInit/callback.js",
  path.join(fixtureOut, fixtureSource),
  path.join(root, fixtureSource),
)) as typeof import("../test/fixtures/paypage-response/generated/operations/paymentWebInit/callback.js");
