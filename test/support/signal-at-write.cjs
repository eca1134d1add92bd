// Preloaded (`node --require`) into a generate run by generate-signal.test.ts:
// the run sends itself a SIGTERM at a named step of its write of a folder, so
// that the signal is pending while that write goes on, which a signal sent
// from outside at a chosen delay reaches only by chance (a run's write of a
// few files lasts some milliseconds). SIGNAL_AT names the step:
//   staging  the folder of the new files is made beside the output, before
//            the journal's commit (file-set.ts, journal.ts)
//   rename   a first staged file is about to be renamed into the output,
//            after the commit
// The step reached is said on stderr ("signalled at <step>: <path>"), once:
// a test that does not see it did not test what it says.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { isMainThread } = require("node:worker_threads");

const step = process.env.SIGNAL_AT;
const STAGING = ".sips-json-staging";

if (isMainThread && step !== undefined) {
  let sent = false;
  const signal = (at) => {
    if (sent) return;
    sent = true;
    process.kill(process.pid, "SIGTERM");
    fs.writeSync(2, `signalled at ${step}: ${at}\n`);
  };
  const { mkdirSync, renameSync } = fs;
  // Looked up at each call by the bundle (`fs.mkdirSync(...)`), so replacing them here is seen by the run.
  fs.mkdirSync = function (target, ...rest) {
    if (step === "staging" && path.basename(path.dirname(String(target))).endsWith(STAGING)) signal(target);
    return mkdirSync.call(this, target, ...rest);
  };
  fs.renameSync = function (from, to) {
    const source = String(from);
    if (step === "rename" && source.includes(`${STAGING}${path.sep}files${path.sep}`)) signal(to);
    return renameSync.call(this, from, to);
  };
}
