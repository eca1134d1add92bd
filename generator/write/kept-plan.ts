// For a process that writes the output folder again and again (--watch): the
// plan of its write before, patched where a save changed files, rather than
// made again for each of some 12,000 (a hash looked up and a map filled for
// every file, every path sorted and the manifest's text of a megabyte made
// anew). The plan is the one planOutput makes; only the work differs.

import type { GeneratedFile } from "../emit/generated-file.js";
import { fileHash } from "../memo/content-hash.js";
import { compareText } from "../rules/code-point-order.js";
import { lazyChange, planOutput, type OutputChange, type OutputPlan } from "./compare-output.js";
import type { OutputState } from "./output-state.js";

/** What a plan leaves for the next: the files it planned, in their order, each with its hash and where that is in the manifest's text. */
export interface PlanBasis {
  readonly files: readonly GeneratedFile[];
  readonly hashes: readonly string[];
  readonly hashAt: Int32Array;
  /**
   * The plan's map of hashes: the manifest that the write of this plan left,
   * as the next run's state holds it. The next plan takes it over, changed
   * where files changed (a copy of some 12,000 entries costs more than the
   * rest of a patch): a basis serves once.
   */
  readonly manifest: Map<string, string>;
  readonly manifestText: string;
}

/**
 * The plan of writing `files` over `state`, as planOutput makes it, and the
 * basis for the next. With the basis of the plan that wrote `state` (its
 * manifest is the very map that plan made), and the same paths in the same
 * order (a save changes texts, seldom paths), only the files that are new
 * objects are hashed, and the manifest's text is the one before with their
 * hashes put in place. Every file is still compared with what `state` says
 * its path holds, which the watch of the folder updates for a file changed
 * by hand.
 */
export function planKept(
  state: OutputState,
  files: readonly GeneratedFile[],
  basis: PlanBasis | undefined,
): { plan: OutputPlan; basis: PlanBasis } {
  const again = basis !== undefined && state.manifest === basis.manifest && samePaths(files, basis.files);
  return (again && patched(state, files, basis)) || planned(state, files);
}

function samePaths(files: readonly GeneratedFile[], before: readonly GeneratedFile[]): boolean {
  if (files.length !== before.length) return false;
  for (let i = 0; i < files.length; i++) if (files[i]?.path !== before[i]?.path) return false;
  return true;
}

/** The plan made whole, and the places of its hashes in the manifest's text. */
function planned(state: OutputState, files: readonly GeneratedFile[]): { plan: OutputPlan; basis: PlanBasis } {
  const places = new Map<string, number>();
  const plan = planOutput(state, files, (rel, offset) => places.set(rel, offset));
  const hashAt = new Int32Array(files.length);
  const hashes = files.map((file, i) => {
    hashAt[i] = places.get(file.path) as number;
    return plan.hashes.get(file.path) as string;
  });
  const manifest = plan.hashes as Map<string, string>;
  return { plan, basis: { files, hashes, hashAt, manifest, manifestText: plan.manifestText } };
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The plan from the basis; undefined when a hash cannot be put in place of the one before (not a SHA-256 in hex). */
function patched(
  state: OutputState,
  files: readonly GeneratedFile[],
  basis: PlanBasis,
): { plan: OutputPlan; basis: PlanBasis } | undefined {
  const hashes: string[] = new Array(files.length);
  const renewed: number[] = [];
  const changes: OutputChange[] = [];
  let found = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i] as GeneratedFile;
    const before = basis.hashes[i] as string;
    const hash = file === basis.files[i] ? before : fileHash(file);
    hashes[i] = hash;
    if (hash !== before) {
      if (!SHA256_HEX.test(hash) || !SHA256_HEX.test(before)) return undefined;
      renewed.push(i);
    }
    const now = state.files.get(file.path);
    if (now === undefined) changes.push(lazyChange(file.path, "added", null, file, false));
    else {
      found++;
      if (now.hash !== hash) {
        const written = state.manifest?.get(file.path);
        changes.push(lazyChange(file.path, "changed", now, file, written !== undefined && written !== now.hash));
      }
    }
  }
  // Taken over only now: the state's manifest, which it is, says above what each path held when written.
  const { manifest } = basis;
  for (const i of renewed) manifest.set((files[i] as GeneratedFile).path, hashes[i] as string);
  // Every path of the state is one of the files (and of the manifest, which lists exactly them): none to remove, none foreign.
  const whole = found === state.files.size;
  if (!whole) {
    for (const [rel, now] of state.files) {
      if (manifest.has(rel)) continue;
      const written = state.manifest?.get(rel);
      changes.push(lazyChange(rel, "removed", now, null, written !== undefined && written !== now.hash));
    }
  }
  const text = withHashes(basis, renewed, hashes);
  const plan: OutputPlan = {
    changes: changes.sort((a, b) => compareText(a.path, b.path)),
    foreign: whole ? [] : [...state.files.keys()].filter((rel) => !state.manifest?.has(rel)),
    hashes: manifest,
    manifestText: text,
    manifestChanged: state.manifestText !== text,
  };
  return { plan, basis: { files, hashes, hashAt: basis.hashAt, manifest, manifestText: text } };
}

/** The manifest's text of the basis with the hashes of the files at `renewed` put in place of theirs. */
function withHashes(basis: PlanBasis, renewed: readonly number[], hashes: readonly string[]): string {
  if (renewed.length === 0) return basis.manifestText;
  const places = [...renewed].sort((a, b) => (basis.hashAt[a] as number) - (basis.hashAt[b] as number));
  const parts: string[] = [];
  let at = 0;
  for (const i of places) {
    const offset = basis.hashAt[i] as number;
    parts.push(basis.manifestText.slice(at, offset), hashes[i] as string);
    at = offset + 64;
  }
  parts.push(basis.manifestText.slice(at));
  return parts.join("");
}
