// The tarball's README is the one for the package's users (docs/package-readme.md),
// not the maintainer's: npm always packs the root README.md, so prepack puts the
// users' one in its place and postpack puts the maintainer's back. An
// interrupted pack is repaired by the next swap or restore.
//
// README.md is never missing meanwhile: each text is written whole under another
// name and renamed over it. A program reading the checkout during a pack (the
// tests beside the package test's `npm pack`: the README's commands and
// examples, a copy of the repository) found no README.md between a move away and
// a copy in.
import { copyFileSync, existsSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const readme = path.join(root, "README.md");
const saved = path.join(root, "node_modules", ".cache", "sips-json-pack", "README.md");

function restore() {
  if (existsSync(saved)) renameSync(saved, readme);
}

/** `from` copied over `to` whole: a copy beside `to`, renamed onto it. */
function replaceWith(from, to) {
  const partial = `${to}.${process.pid}.partial`;
  copyFileSync(from, partial);
  renameSync(partial, to);
}

const command = process.argv[2];
if (command === "swap") {
  restore();
  mkdirSync(path.dirname(saved), { recursive: true });
  replaceWith(readme, saved);
  replaceWith(path.join(root, "docs", "package-readme.md"), readme);
} else if (command === "restore") {
  restore();
} else {
  console.error("usage: node scripts/package-readme.mjs swap|restore");
  process.exitCode = 2;
}
