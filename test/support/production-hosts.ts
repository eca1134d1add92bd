// The hosts of the production addresses the spec gives, read from each operation's own file in spec/operations/
// (not the generator's model): every address of its "prod" environment, JSON, form or SOAP.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { specDir } from "./paths.js";

/** Each host once, in lower case as a URL parser gives it, sorted. */
export function specProductionHosts(): string[] {
  const dir = path.join(specDir, "operations");
  const hosts = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true }).map(String)) {
    if (!file.endsWith(".yaml")) continue;
    const raw = parse(readFileSync(path.join(dir, file), "utf8")) as { endpoints?: Record<string, unknown> };
    const prod = raw.endpoints?.["prod"];
    const urls = typeof prod === "string" ? [prod] : Object.values((prod ?? {}) as Record<string, string>);
    for (const url of urls) hosts.add(new URL(url).hostname);
  }
  return [...hosts].sort();
}
