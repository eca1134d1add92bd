// The tarball's README is the one for the package's users (docs/package-readme.md),
// not the maintainer's: npm always packs the root README.md, so prepack puts the
// users' one in its place and postpack puts the maintainer's back. An
// interrupted pack is repaired by the next swap or restore.
import { copyFileSync, existsSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const readme = path.join(root, "README.md");
const saved = path.join(root, "node_modules", ".cache", "sips-json-pack", "README.md");

function restore() {
  if (existsSync(saved)) renameSync(saved, readme);
}

const command = process.argv[2];
if (command === "swap") {
  restore();
  mkdirSync(path.dirname(saved), { recursive: true });
  renameSync(readme, saved);
  copyFileSync(path.join(root, "docs", "package-readme.md"), readme);
} else if (command === "restore") {
  restore();
} else {
  console.error("usage: node scripts/package-readme.mjs swap|restore");
  process.exitCode = 2;
}
