// The consumer project of the packed package, made once per worker for the
// test files of test/package/consumer-*.test.ts: `npm pack` (the tarball kept
// while nothing packing reads changes: packed-package.ts), installed from the
// tarball into an empty project (the install kept while the tarball's bytes
// stay the same).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { copyFile, mkdtemp, readFile, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { keptFolder, ownText } from "./kept-output.js";
import { npm, npmVersion, packedTarball, pruneOthers } from "./packed-package.js";
import { registryEnv } from "./registry-env.js";

export interface ConsumerProject {
  /** The project's folder: the package installed in its node_modules, nothing else. */
  readonly dir: string;
  /** The kept install the project's node_modules links to. */
  readonly installed: string;
  /** The README that packing left in the copy it packed, once postpack had run. */
  readonly readmeAfterPacking: string;
}

let made: Promise<ConsumerProject> | undefined;

/** The project, packed and installed by the first test file of a worker that asks, shared by the others. */
export function consumerProject(): Promise<ConsumerProject> {
  made ??= makeProject();
  return made;
}

async function makeProject(): Promise<ConsumerProject> {
  const dir = await mkdtemp(path.join(tmpdir(), "sips-consumer-"));
  const packed = packedTarball(ownText(import.meta.url));
  const tarball = packed.tarball;
  // The install is kept under a hash of all it depends on: the tarball's bytes, npm's and node's versions. The
  // same tarball installs the same files, so a run whose package did not change links the install of the last
  // (~3.7 s of CPU less); any change to the package installs it again. The project installs the package alone:
  // its compiler is the repository's TypeScript, the version a consumer's would be, which an install of its own
  // only copied again (27 MB, and a download where npm's cache does not hold it).
  const tarballHash = createHash("sha256")
    .update(await readFile(tarball))
    .digest("hex");
  const key = JSON.stringify([tarballHash, npmVersion(), process.version]);
  const installed = keptFolder("consumer", key, (into) => {
    writeFileSync(path.join(into, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    // npm extracts the package's 1,400 files by some 20,000 calls to libuv's pool of threads: one thread rather
    // than four, which on two cores mostly woke and waited on each other (~1.4 s of CPU less an install).
    execFileSync(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball], {
      cwd: into,
      stdio: "pipe",
      env: { ...registryEnv(), UV_THREADPOOL_SIZE: "1" },
    });
  });
  // Only the last package's install is of use: the others go (~11 MB each).
  pruneOthers("consumer", installed);
  for (const file of ["package.json", "package-lock.json"])
    await copyFile(path.join(installed, file), path.join(dir, file));
  await symlink(path.join(installed, "node_modules"), path.join(dir, "node_modules"), "dir");
  return { dir, installed, readmeAfterPacking: packed.readme };
}
