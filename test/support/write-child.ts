// A process that writes trees into a folder, for the tests that kill it
// mid-write or run two at once: `write-child.ts <how> <root> <rounds> <size> <tree>...`
// writes each named tree of `size` files in turn, `rounds` times, as generate writes
// generated/ (`output`; `edits`: trees of the same paths, test-trees.ts's editedTree)
// or as sync writes spec/ (`files`: the tree's files over those of the tree
// before, none removed), and says so after each.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { writeFiles } from "../../generator/write/write-files.js";
import { writeOutput } from "../../generator/write/write-output.js";
import { editedTree, testTree } from "./test-trees.js";

const [how = "output", root = "", rounds = "1", size = "300", ...trees] = process.argv.slice(2);
for (let round = 0; round < Number(rounds); round++) {
  for (const name of trees) {
    if (how === "output" || how === "edits") {
      await writeOutput(root, (how === "edits" ? editedTree : testTree)(name, Number(size)));
      process.stdout.write(`wrote ${name}\n`);
      continue;
    }
    const edits = testTree(name, Number(size)).map((f) => {
      const file = path.join(root, f.path);
      return { path: f.path, text: f.content, read: existsSync(file) ? readFileSync(file, "utf8") : null };
    });
    await writeFiles(root, edits);
    process.stdout.write(`wrote ${name}\n`);
  }
}
