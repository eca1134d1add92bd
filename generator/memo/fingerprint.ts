import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { listFiles } from "../list-files.js";
import { memoKey } from "./memo.js";

const require = createRequire(import.meta.url);
const versionOf = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

/** Libraries whose behaviour shapes the output or what is remembered of the input. */
const LIBRARIES = ["prettier", "yaml", "handlebars", "ajv", "to-regex-range"];

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Folders whose content decides what the generator produces from a given spec. */
const PROGRAM = ["generator", "templates", "runtime", "spec/schema"];

let fingerprint: string | undefined;

/**
 * A hash of the generator itself (its code, templates and the spec format's
 * schemas) and of the versions of the libraries it relies on: part of every
 * memo key, so that a new generator never reuses an old result.
 */
export function generatorFingerprint(): string {
  if (fingerprint) return fingerprint;
  const parts = LIBRARIES.map((name) => `${name}@${versionOf(name)}`);
  for (const dir of PROGRAM) {
    for (const file of listFiles(path.join(root, dir)))
      parts.push(`${dir}/${file}`, readFileSync(path.join(root, dir, file), "utf8"));
  }
  const hash = memoKey(...parts);
  fingerprint = hash;
  return hash;
}
