// The generator takes a file's stat for its bytes only once the file's change
// time is older than the moment it is looked at by MARGIN_MS
// (generator/memo/settled-stat.ts), and takes that moment from Date.now(). A
// test that needs a record that vouches for its files, and not the wait itself,
// looks at them with a clock that far ahead of real time: what it wrote is
// settled at once, and its worker is not held idle for two seconds. The
// process's clock is the only seam, so the generator has no option a user could
// set by mistake. The real wait with the real clock stays proved end to end
// (test/cli/run-memo.test.ts for the output's and the spec's records and the
// quick answer of a remembered run, check.test.ts, run-bundled.test.ts for the
// launcher, and one test of test/memo/hashes-by-stat.test.ts for the
// fingerprint's hashes, on files settled long since).
import { rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { MARGIN_MS } from "../../generator/memo/settled-stat.js";

/** How far ahead the clock is while a test looks: past the margin, as after a real wait of MARGIN_MS + 100. */
export const AHEAD_MS = MARGIN_MS + 100;

const realNow = Date.now;
/** Looks in progress: several may overlap (Promise.all), the clock goes back when the last ends. */
let looking = 0;

/**
 * Runs `look` with Date.now() AHEAD_MS ahead of real time, puts the real clock back, then waits for the file
 * system's clock to tick past what was written before: the margin's other half, that a later write never keeps
 * a recorded change time (a real wait gives it; on a file system whose times are coarse, a write in the same
 * tick would). `beside` is a folder on the same file system that `look` does not read, for a probe file.
 * Only the test's own work runs meanwhile: files in a worker run one after another, and so do a file's tests.
 */
export async function lookAfterMargin<T>(beside: string, look: () => T | Promise<T>): Promise<T> {
  if (looking++ === 0) Date.now = () => realNow() + AHEAD_MS;
  let seen: T;
  try {
    seen = await look();
  } finally {
    if (--looking === 0) Date.now = realNow;
  }
  await nextTick(beside);
  return seen;
}

/** Waits until a file written in `folder` gets a later change time than one written now. */
async function nextTick(folder: string): Promise<void> {
  const probe = path.join(folder, ".clock-probe");
  let n = 0;
  const changed = async () => {
    await writeFile(probe, String(n++));
    return (await stat(probe, { bigint: true })).ctimeNs;
  };
  const first = await changed();
  while ((await changed()) <= first) await new Promise((resolve) => setTimeout(resolve, 1));
  await rm(probe);
}
