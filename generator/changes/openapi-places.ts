// Where generated/openapi.json changes between two specs: each hunk of git's
// diff of the two (line-hunks.ts), by its line in the new file, with the JSON
// Pointer that holds it and the operation (or container type) that owns that
// place. A hunk of the file's diff is a few lines of JSON deep in a schema,
// which name no path and no operationId: the list places it. Both files are
// made here by the openapi emitter from each spec's model, so the lines are
// those the spec's changes make; a change of the generator itself, which the
// committed diff may hold too, is in neither.

import { openApiEmitter } from "../emit/emit-openapi.js";
import type { SharedPieces } from "../emit/generated-file.js";
import { openApiPiece, type OpenApiPiece } from "../emit/openapi/openapi-piece.js";
import type { SpecModel } from "../model/ir.js";
import { commonPointer, linePointers, pointerKeys } from "./json-lines.js";
import { lineHunks } from "./line-hunks.js";

/** A pointer and what owns its place: an operation, "container type X", or null for the document's own parts. */
export interface OpenApiPointer {
  readonly pointer: string;
  readonly owner: string | null;
}

export interface OpenApiPlace extends OpenApiPointer {
  /** The line of the new file where the lines added start, or where the lines removed were, 1 for the first. */
  readonly line: number;
  readonly added: number;
  readonly removed: number;
  /** Where the lines removed were, when that is not within the place of the lines added (a path renamed). */
  readonly was?: OpenApiPointer;
}

/** The places where openapi.json differs, in the new file's order; where git could not diff the two, why. */
export function openApiPlaces(before: SpecModel, after: SpecModel): OpenApiPlace[] | { readonly failed: string } {
  const [old, now] = [openApiOf(before), openApiOf(after)];
  if (old.text === now.text) return [];
  const diff = lineHunks(old.text, now.text);
  if ("failed" in diff) return diff;
  return diff.hunks.flatMap((hunk) => {
    const removed = old.pointers.slice(hunk.oldStart - 1, hunk.oldStart - 1 + hunk.oldCount);
    const added = now.pointers.slice(hunk.newStart - 1, hunk.newStart - 1 + hunk.newCount);
    // Lines removed alone: git names the line after which they were.
    if (hunk.newCount === 0)
      return ownRuns(old, removed).map((run) => placeOf({ line: hunk.newStart + 1, removed: run, added }, old, now));
    if (hunk.oldCount === 0)
      return ownRuns(now, added).map((run) => placeOf({ line: hunk.newStart + run.at, removed, added: run }, old, now));
    return [placeOf({ line: hunk.newStart, removed, added }, old, now)];
  });
}

/**
 * Lines added or removed alone cut into runs of one owner each, where their place has none of its own (operations
 * added or removed side by side, whose path items are one run of lines under `/paths`): each run placed under the
 * operation it belongs to. A line of no owner goes with the run before it (the first run's, with the one after).
 * `at` is where a run starts among the lines.
 */
function ownRuns(text: OpenApiText, lines: readonly string[]): (readonly string[] & { readonly at: number })[] {
  const whole = Object.assign([...lines], { at: 0 });
  if (text.ownerOf(commonPointer(lines)) !== null) return [whole];
  const runs: (string[] & { at: number })[] = [];
  let owner: string | null = null;
  lines.forEach((pointer, at) => {
    const own = text.ownerOf(pointer);
    const last = runs.at(-1);
    if (last === undefined || (own !== null && owner !== null && own !== owner))
      runs.push(Object.assign([pointer], { at }));
    else last.push(pointer);
    owner = own ?? owner;
  });
  return runs;
}

/** The text of a spec's openapi.json, the pointer of each of its lines, and the owner of a place in it. */
interface OpenApiText {
  readonly text: string;
  readonly pointers: readonly string[];
  readonly ownerOf: (pointer: string) => string | null;
}

function openApiOf(model: SpecModel): OpenApiText {
  const pieces = model.operations.map((operation) => openApiPiece({ operation, platform: model.platform }));
  const { assemble } = openApiEmitter.pieces as SharedPieces<OpenApiPiece>;
  const text = assemble(model, pieces).map((file) => file.content)[0] ?? "";
  // Each schema, example and webhook by "<kind>/<name>": an operation's own, or a container type, which is shared.
  const owners = new Map<string, string>();
  pieces.forEach((piece, i) => {
    const name = model.operations[i]?.name ?? "";
    for (const kind of ["schemas", "examples"] as const)
      for (const [schema] of piece[kind]) owners.set(`${kind}/${schema}`, name);
    for (const [hook] of piece.webhooks) owners.set(`webhooks/${hook}`, name);
    for (const [type] of piece.containers) owners.set(`schemas/${type}`, `container type ${type}`);
  });
  const paths = (JSON.parse(text) as { paths?: Record<string, { post?: { operationId?: string } }> }).paths ?? {};
  const ownerOf = (pointer: string): string | null => {
    const [top, first, second] = pointerKeys(pointer);
    if (top === "paths" && first !== undefined) return paths[first]?.post?.operationId ?? null;
    if (top === "components" && second !== undefined) return owners.get(`${first}/${second}`) ?? null;
    if (top === "webhooks" && first !== undefined) return owners.get(`webhooks/${first}`) ?? null;
    return null;
  };
  return { text, pointers: linePointers(text), ownerOf };
}

/** Whether `outer` holds `inner` (or is it). */
const holds = (outer: string, inner: string): boolean => inner === outer || inner.startsWith(`${outer}/`);

function placeOf(
  run: { readonly line: number; readonly removed: readonly string[]; readonly added: readonly string[] },
  old: OpenApiText,
  now: OpenApiText,
): OpenApiPlace {
  const lines = { line: run.line, added: run.added.length, removed: run.removed.length };
  const added = commonPointer(run.added);
  const removed = commonPointer(run.removed);
  if (run.added.length === 0) return { ...lines, pointer: removed, owner: ownerOf(old, removed, run.removed) };
  const place = { ...lines, pointer: added, owner: ownerOf(now, added, run.added) };
  // A line removed beside those added (a comma moved, a value replaced) is within their place, or holds it.
  if (run.removed.length === 0 || holds(added, removed)) return place;
  if (holds(removed, added)) return { ...lines, pointer: removed, owner: now.ownerOf(removed) };
  return { ...place, was: { pointer: removed, owner: ownerOf(old, removed, run.removed) } };
}

/**
 * The owner of the place `pointer` holding `lines`; where it is the document's own (a run over several schemas,
 * `/components/schemas`), the one owner of every line, if they have one: an operation added or removed whole.
 */
function ownerOf(text: OpenApiText, pointer: string, lines: readonly string[]): string | null {
  const own = text.ownerOf(pointer);
  if (own !== null) return own;
  const owners = new Set(lines.map(text.ownerOf));
  const [sole] = owners;
  return owners.size === 1 && sole !== undefined ? sole : null;
}
