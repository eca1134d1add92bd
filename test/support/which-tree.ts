// Which of the test trees (test-trees.ts) a folder holds, for the tests that
// kill or race writers: one whole tree, or "mixed".
import { readOutputDir } from "../../generator/write/output-dir.js";
import { editedTree, testTree } from "./test-trees.js";

/** Which of the named trees `out` holds, or "mixed". */
export async function whichTree(out: string, names: readonly string[], size?: number): Promise<string> {
  const now = readOutputDir(out);
  for (const name of names) {
    const want = testTree(name, size);
    if (now.size === want.length && want.every((f) => now.get(f.path) === f.content)) return name;
  }
  return "mixed";
}

/** Which named tree's files `root` holds over the files every tree has, or "mixed" (spec/ as sync writes it keeps files). */
export function whichFiles(root: string, names: readonly string[], size?: number): string {
  const now = readOutputDir(root);
  for (const name of names) {
    const want = testTree(name, size).filter((f) => !f.path.startsWith("only-"));
    if (want.every((f) => now.get(f.path) === f.content)) return name;
  }
  return "mixed";
}

/** Which of the named edited trees (editedTree) `out` holds, or "mixed". */
export function whichEdit(out: string, names: readonly string[], size?: number): string {
  const now = readOutputDir(out);
  for (const name of names) {
    const want = editedTree(name, size);
    if (now.size === want.length && want.every((f) => now.get(f.path) === f.content)) return name;
  }
  return "mixed";
}
