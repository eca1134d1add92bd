// What the tests about a call's effect and error field read: each operation's
// own file in spec/operations/ (not the generator's model), the generated
// reference index's table of operations, and the users' guide.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { generatedDir, repoRoot, specDir } from "./paths.js";

/** An operation's facts as its spec file writes them. */
export interface SpecOperationFacts {
  readonly effect: unknown;
  /** Whether it has a status block (which response codes mean accepted and refused). */
  readonly hasStatus: boolean;
  /** status.errorField; null where its status has none. */
  readonly errorField: string | null;
  /** The names of its response's top-level fields. */
  readonly responseFields: readonly string[];
  /** Whether it gives interfaceVersion.recommended. */
  readonly recommends: boolean;
}

/** Every operation of spec/operations/, by name, as its file writes it. */
export function specOperationFacts(): Map<string, SpecOperationFacts> {
  const dir = path.join(specDir, "operations");
  return new Map(
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".yaml"))
      .map((file) => {
        const raw = parse(readFileSync(path.join(dir, file), "utf8")) as {
          operation: string;
          effect?: unknown;
          interfaceVersion?: { recommended?: unknown };
          status?: { errorField?: string };
          response?: { fields?: Record<string, unknown> };
        };
        const responseFields = Object.keys(raw.response?.fields ?? {});
        return [
          raw.operation,
          {
            effect: raw.effect,
            hasStatus: raw.status !== undefined,
            errorField: raw.status?.errorField ?? null,
            responseFields,
            recommends: raw.interfaceVersion?.recommended !== undefined,
          },
        ] as const;
      }),
  );
}

/** The reference index's table of operations: each row's cells by column heading, by the operation it links. */
export function referenceIndexRows(): Map<string, Record<string, string>> {
  const lines = readFileSync(path.join(generatedDir, "docs", "index.md"), "utf8").split("\n");
  const head = lines.findIndex((line) => line.startsWith("| Operation |"));
  if (head < 0) throw new Error("the reference index has no table of operations");
  const cells = (line: string) =>
    line
      .slice(2, -2)
      .split(/(?<!\\) \| /)
      .map((cell) => cell.trim());
  const headings = cells(lines[head] as string);
  const rows = new Map<string, Record<string, string>>();
  for (const line of lines.slice(head + 2)) {
    if (!line.startsWith("| ")) break;
    const row = Object.fromEntries(cells(line).map((cell, i) => [headings[i] ?? String(i), cell]));
    const name = /^\[([^\]]+)\]/.exec(row["Operation"] ?? "")?.[1];
    if (name === undefined) throw new Error(`a row of the reference index links no operation: ${line}`);
    rows.set(name, row);
  }
  return rows;
}

/** The users' guide, its runs of blanks read as one space. */
export const guideText = (): string =>
  readFileSync(path.join(repoRoot, "docs", "package-readme.md"), "utf8").replace(/\s+/g, " ");

/** The guide's paragraph (or list item) that holds `marker`, its runs of blanks read as one space. */
export function guidePassage(marker: string): string {
  const guide = readFileSync(path.join(repoRoot, "docs", "package-readme.md"), "utf8");
  const at = guide.indexOf(marker);
  if (at < 0) throw new Error(`the guide does not hold ${marker}`);
  const start = Math.max(guide.lastIndexOf("\n\n", at), guide.lastIndexOf("\n- ", at)) + 1;
  const ends = [guide.indexOf("\n\n", at), guide.indexOf("\n- ", at)].filter((i) => i >= 0);
  return guide.slice(start, Math.min(...ends, guide.length)).replace(/\s+/g, " ");
}
