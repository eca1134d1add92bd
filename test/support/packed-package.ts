// The package's tarball as `npm pack` makes it, for the consumer test
// (test/support/consumer-project.ts): packed from a copy of the checkout, kept
// while nothing packing reads changes. The build prepack runs (dist/ from
// generated/) is kept apart, under what the build reads: a change to the
// changelog, a README or a script packs again on the last build.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { keptDir, keptFolder, ownText, wasKept } from "./kept-output.js";
import { repoRoot } from "./paths.js";
import { registryEnv } from "./registry-env.js";
import { treeHash } from "./tree-hash.js";

export const npm = process.platform === "win32" ? "npm.cmd" : "npm";

let printedVersion: string | undefined;

/** npm's version, as npm tells its scripts, or as it prints it (asked once a worker: an npm process costs ~0.3 s). */
export function npmVersion(): string {
  const agent = /\bnpm\/(\S+)/.exec(process.env["npm_config_user_agent"] ?? "");
  if (agent?.[1]) return agent[1];
  printedVersion ??= execFileSync(npm, ["--version"], { encoding: "utf8" }).trim();
  return printedVersion;
}

/** What packing reads: the files the package ships, and what its prepack and postpack run (the build, the README's swap). */
const PACKED = [
  ".gitignore",
  "package.json",
  "README.md",
  "LICENSE",
  "CHANGELOG.md",
  "bin",
  "docs",
  "generated",
  "scripts",
  "tsconfig.json",
  "tsconfig.build.json",
];

/**
 * What the build (tsconfig.build.json) reads of the checkout: its sources, its configs, and package.json, whose
 * "type" decides the modules it emits; npm's record of node_modules names its compiler and @types/node.
 */
const BUILT_FROM = ["generated", "package.json", "tsconfig.json", "tsconfig.build.json"];

/** The record by which `tsc -b` skips a build whose outputs are newer than its inputs (tsconfig.build.json). */
const BUILD_RECORD = path.join("node_modules", ".cache", "sips-json-tsc");

/** The build's outputs: dist/ and its record. */
const BUILT = ["dist", BUILD_RECORD];

/** The README kept beside the tarball: the copy's once packing ended, for the test that postpack put it back. */
const README_AFTER_PACKING = "README-after-packing.md";

/**
 * A copy of what packing reads, beside the checkout's packages: its prepack puts the users' README in the root
 * README's place until postpack, and the test files beside the consumer's read the checkout's README meanwhile (its
 * commands, its examples, a copy of the repository), which then was the users'. Its own node_modules/.cache, for
 * the build's record and the maintainer's README while it is packed; the packages linked one by one.
 */
function packageCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sips-pack-"));
  for (const entry of PACKED) cpSync(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true });
  mkdirSync(path.join(dir, "node_modules"));
  for (const entry of readdirSync(path.join(repoRoot, "node_modules")))
    if (entry !== ".cache")
      symlinkSync(path.join(repoRoot, "node_modules", entry), path.join(dir, "node_modules", entry));
  return dir;
}

/** A hash of the checkout's top-level `entries` (and npm's record of node_modules). */
function hashOf(entries: readonly string[]): string {
  const leftOut = new Set(readdirSync(repoRoot).filter((entry) => !entries.includes(entry)));
  return treeHash(repoRoot, leftOut, [path.join("node_modules", ".package-lock.json")]);
}

/** Only the last of a kept kind is of use: the others go. */
export function pruneOthers(name: string, kept: string): void {
  for (const entry of readdirSync(keptDir))
    if (entry.startsWith(`${name}-`) && entry !== path.basename(kept))
      rmSync(path.join(keptDir, entry), { recursive: true, force: true });
}

/**
 * The tarball `npm pack` makes of a copy of the package (its prepack builds dist/ with the packages installed),
 * in a folder kept under a hash of all packing reads: every file the copy is made of, npm's record of
 * node_modules (the compiler that builds dist/ among them), npm's and node's versions and this file. A run whose
 * package did not change takes the last run's tarball (~3.5 s of CPU less: the build and npm's walk and tar).
 * A package that changed but not in what the build reads is packed on the last build's outputs, put in the copy
 * after its sources so that `tsc -b` finds them newer and skips the build (~3.5 s of CPU); `consumerKey` is the
 * text of the module that packs, which its key holds.
 */
export function packedTarball(consumerKey: string): { tarball: string; readme: string } {
  const key = JSON.stringify([hashOf(PACKED), npmVersion(), process.version, ownText(import.meta.url), consumerKey]);
  const dir = keptFolder("packed", key, (into) => {
    const copy = packageCopy();
    const buildKey = JSON.stringify([hashOf(BUILT_FROM), ownText(import.meta.url)]);
    if (wasKept("built-dist", buildKey)) {
      const kept = keptFolder("built-dist", buildKey, () => {});
      for (const output of BUILT) cpSync(path.join(kept, output), path.join(copy, output), { recursive: true });
      // Newer than every source by its time, however the copy's clock rounded.
      const now = new Date(Date.now() + 1000);
      utimesSync(path.join(copy, BUILD_RECORD, "build.tsbuildinfo"), now, now);
    }
    execFileSync(npm, ["pack", "--silent", "--pack-destination", into], {
      cwd: copy,
      stdio: "pipe",
      env: registryEnv(),
    });
    copyFileSync(path.join(copy, "README.md"), path.join(into, README_AFTER_PACKING));
    const built = keptFolder("built-dist", buildKey, (keep) => {
      for (const output of BUILT) cpSync(path.join(copy, output), path.join(keep, output), { recursive: true });
    });
    pruneOthers("built-dist", built);
  });
  pruneOthers("packed", dir);
  const name = readdirSync(dir).find((entry) => entry.endsWith(".tgz"));
  if (name === undefined) throw new Error(`no tarball in ${dir}`);
  return { tarball: path.join(dir, name), readme: path.join(dir, README_AFTER_PACKING) };
}
