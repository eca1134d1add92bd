// A process that writes trees into an output folder, for the tests that kill
// it mid-write or run two at once: `write-child.ts <out> <rounds> <tree>...`
// writes each named tree in turn, `rounds` times.
import { writeOutput } from "../../generator/write/write-output.js";
import { testTree } from "./test-trees.js";

const [out = "", rounds = "1", ...trees] = process.argv.slice(2);
for (let round = 0; round < Number(rounds); round++) {
  for (const name of trees) await writeOutput(out, testTree(name));
}
