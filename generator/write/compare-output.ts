import { createTwoFilesPatch } from "diff";
import type { GeneratedFile } from "../emit/generated-file.js";
import { compareText } from "../rules/code-point-order.js";

export type ChangeKind = "added" | "changed" | "removed";

export interface OutputChange {
  readonly path: string;
  readonly kind: ChangeKind;
  /** What is on disk now, null when absent. */
  readonly before: string | null;
  /** What the spec gives, null when the file should go. */
  readonly after: string | null;
}

/** What differs between the files on disk and the files the spec gives. */
export function compareOutput(onDisk: ReadonlyMap<string, string>, files: readonly GeneratedFile[]): OutputChange[] {
  const changes: OutputChange[] = [];
  const produced = new Set<string>();
  for (const file of files) {
    produced.add(file.path);
    const before = onDisk.get(file.path);
    if (before === undefined) changes.push({ path: file.path, kind: "added", before: null, after: file.content });
    else if (before !== file.content) changes.push({ path: file.path, kind: "changed", before, after: file.content });
  }
  for (const [rel, before] of onDisk) {
    if (!produced.has(rel)) changes.push({ path: rel, kind: "removed", before, after: null });
  }
  return changes.sort((a, b) => compareText(a.path, b.path));
}

/** A unified diff from what is on disk to what the spec gives, paths prefixed with the output directory. */
export function unifiedDiff(changes: readonly OutputChange[], outLabel: string): string {
  return changes
    .map((c) =>
      createTwoFilesPatch(
        c.before === null ? "/dev/null" : `a/${outLabel}/${c.path}`,
        c.after === null ? "/dev/null" : `b/${outLabel}/${c.path}`,
        c.before ?? "",
        c.after ?? "",
        undefined,
        undefined,
        { context: 3 },
      ).replace(/^=+\n/, ""),
    )
    .join("");
}
