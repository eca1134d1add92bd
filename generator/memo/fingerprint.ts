import { existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { listFiles } from "../list-files.js";
import { hashesByStat } from "./hashes-by-stat.js";
import { memoKey } from "./memo-key.js";

const require = createRequire(import.meta.url);

/** Libraries whose behaviour shapes the output or what is remembered of the input. */
const LIBRARIES = ["prettier", "yaml", "handlebars", "ajv", "to-regex-range"];

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Folders whose content decides what the generator produces from a given spec. */
const PROGRAM = ["generator", "templates", "runtime", "spec/schema"];

/** Where the hashes of the files above are kept with their stats: beside the launcher's bundles, one per checkout. */
const RECORD = path.join(
  root,
  "node_modules",
  ".cache",
  "sips-json",
  `fingerprint-${createHash("sha256").update(root).digest("hex").slice(0, 8)}.txt`,
);

let fingerprint: string | undefined;

/**
 * A hash of the generator itself (its code, templates and the spec format's
 * schemas) and of the libraries it relies on (their package.json, which
 * holds the version): part of every memo key, so that a new generator never
 * reuses an old result. Each file is read only when its stat is not the one
 * recorded with its hash (hashes-by-stat.ts).
 */
export function generatorFingerprint(): string {
  if (fingerprint) return fingerprint;
  const files = PROGRAM.flatMap((dir) => listFiles(path.join(root, dir)).map((file) => `${dir}/${file}`));
  const libraries = LIBRARIES.map((name) => path.relative(root, packageJsonOf(name)).split(path.sep).join("/"));
  const hashes = hashesByStat(root, [...libraries, ...files], RECORD);
  const parts = [...LIBRARIES, ...files].flatMap((name, i) => [name, hashes[i] as string]);
  fingerprint = memoKey(...parts);
  return fingerprint;
}

/** The package.json of a library, where its import resolves from here: the checkout's node_modules, without a resolve. */
function packageJsonOf(name: string): string {
  const direct = path.join(root, "node_modules", name, "package.json");
  return existsSync(direct) ? direct : require.resolve(`${name}/package.json`);
}
