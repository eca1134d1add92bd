// The client's part of bench/RESULTS.md measured again alone, as `npm run bench`
// measures it (bench/run.ts): its target row and its section printed, and with
// --write put in place of those the file holds, the rest of the file as the last
// whole run wrote it.
//   node --import tsx bench/client-section.ts [--write]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchClient } from "./client.js";
import { clientSection, clientTargetRow } from "./report-client.js";

const { values } = parseArgs({ options: { write: { type: "boolean", default: false } } });
const results = await benchClient(61, 40);
const row = clientTargetRow(results);
const section = clientSection(results);
console.log([row, ...section].join("\n"));
if (values.write) {
  const file = fileURLToPath(new URL("RESULTS.md", import.meta.url));
  const lines = readFileSync(file, "utf8").split("\n");
  const rowAt = lines.findIndex((line) => line.startsWith("| client call ≤"));
  const start = lines.indexOf("## Client");
  const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  if (rowAt < 0 || start < 0 || end < 0) throw new Error("bench/RESULTS.md has no client row or section to replace");
  lines[rowAt] = row;
  // The section as clientSection gives it: a blank line, its heading, its text; the blank line before the next heading kept.
  lines.splice(start - 1, end - 1 - (start - 1), ...section);
  writeFileSync(file, lines.join("\n"));
}
