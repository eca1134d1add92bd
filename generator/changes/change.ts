// One classified difference between two versions of the spec, as
// `npm run changes` reports it; classes say whom it breaks, the way buf's
// breaking rules and oasdiff classify protobuf and OpenAPI changes.

export type ChangeKind =
  | "operation-added"
  | "operation-removed"
  | "operation-renamed"
  | "field-added"
  | "field-removed"
  | "field-order"
  | "presence"
  | "since"
  | "value-added"
  | "value-removed"
  | "meaning"
  | "exported-names"
  | "shared-list-added"
  | "shared-list-removed"
  | "shared-list-match"
  | "shared-list-renamed"
  | "shared-value-added"
  | "shared-value-removed"
  | "shared-value-renamed"
  | "shared-value-prefix"
  | "shared-value-printed"
  | "shared-meaning"
  | "type-format"
  | "format-class"
  | "type-renamed"
  | "endpoint"
  | "environment"
  | "recommended-interface-version"
  | "interface-prefix"
  | "interface-version-floor"
  | "seal"
  | "credentials"
  | "status"
  | "encoding"
  | "facts-stop"
  | "sensitive"
  | "effect"
  | "callback-added"
  | "callback-removed"
  | "description"
  | "changelog";

/**
 * breaking-request: a request valid before is refused now, or a sender's code stops compiling.
 * breaking-response: a response accepted before is refused now, or a reader's code stops compiling.
 * seal: the sealing string of a message valid under both specs changes.
 */
export type ChangeClass = "breaking-request" | "breaking-response" | "seal" | "additive" | "docs";

export interface Change {
  /** Null for a change of a shared value list (the vocabulary), a container type or the platform, reported once for every operation. */
  readonly operation: string | null;
  /** The shared value list a change of the vocabulary concerns. */
  readonly list?: string;
  /** The shared container type a rename concerns (its new name). */
  readonly type?: string;
  /** "callback": the message Sips posts back to the shop, whose fields are classed as a response's. */
  readonly message: "request" | "response" | "callback" | null;
  /** The callback's name, on every change of a callback (its fields, its traits, its docs, it added or removed). */
  readonly callback?: string;
  /** JSON Pointer of the field in its message ("/someContainer/someField"; "-" for list items). */
  readonly field: string | null;
  readonly kind: ChangeKind;
  readonly classes: readonly ChangeClass[];
  readonly summary: string;
  /** How its Markdown line says it, where the summary says something of its place alone; not in the JSON. */
  readonly line?: LineWords;
  /** A value taken or no longer taken, as its summary words it: a field's alike share a line (value-runs.ts); not in the JSON. */
  readonly taken?: TakenWords;
  /** The words of meanings reworded, each value's before and after, where the summary says only that they changed. */
  readonly meanings?: readonly RewordedMeaning[];
  /** A text reworded (a description, a summary, a condition), before and after, where the summary says only that it changed. */
  readonly text?: RewordedText;
  /** Where the working tree's saved pages print what changed ("spec/sources/x.page.txt:97:1"): page-places.ts. */
  readonly pages?: readonly string[];
  /** The value a shared-value-added change adds to its list: the fields' "now taken" of it are its line's; not in the JSON. */
  readonly added?: string;
  /**
   * What a summary "<what> changed." says changed ("x: notes"), given by its writer: a place's lines that say no
   * more join on it (report-lines.ts), where no line reads it back from the summary; not in the JSON.
   */
  readonly changed?: string;
}

/**
 * The summary "<what> changed.", with what changed as data (Change.changed), and the words before and after where
 * `what` is one text (Change.text): a reviewer reads the rewording on its line, not in the diff of generated/.
 */
export const changedSummary = (
  what: string,
  text?: RewordedText,
): { readonly summary: string; readonly changed: string; readonly text?: RewordedText } => ({
  summary: `${what} changed.`,
  changed: what,
  ...(text === undefined ? {} : { text }),
});

/** A value's meanings (one per context where Sips gives several) before and after a rewording. */
export interface RewordedMeaning {
  readonly value: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/** One text before and after a rewording; null where there was none, or is none now. */
export interface RewordedText {
  readonly before: string | null;
  readonly after: string | null;
}

/** "value V of list l now taken.": the value, its list and the words after them, written by the summary's writer. */
export interface TakenWords {
  readonly value: string;
  readonly list: string;
  readonly rest: string;
}

/**
 * A summary's words for its place alone (the page its message's facts stop before, a list's count of values, the
 * names a field exports, an environment's address), which its Markdown line says beside its subject (`aside`), and
 * the rest of the summary (`summary`): written by the summary's writer, so that no line reads them back from prose.
 */
export interface LineWords {
  readonly aside: string;
  readonly summary: string;
}

/** A summary that says `words` of its place alone between `head` and `tail`, and its line, `within` beside its subject. */
export const withAside = (
  head: string,
  words: string,
  within: string,
  tail: string,
): { readonly summary: string; readonly line: LineWords } => ({
  summary: `${head}${words}${tail}`,
  line: { aside: within, summary: `${head}${tail}` },
});

export type Semver = "major" | "minor" | "patch" | "none";

/** Breaking or seal changes are major, additive ones minor, docs patch. */
export function semverOf(changes: readonly Change[]): Semver {
  const classes = new Set(changes.flatMap((c) => c.classes));
  if (classes.has("breaking-request") || classes.has("breaking-response") || classes.has("seal")) return "major";
  if (classes.has("additive")) return "minor";
  return classes.has("docs") ? "patch" : "none";
}

/**
 * Seal first, then breaking, additive, docs; then by operation (shared lists first), message and field. Messages
 * go as a call does: the operation's own changes, its request, its response, then the callback Sips posts later.
 */
const RANK: Readonly<Record<ChangeClass, number>> = {
  seal: 0,
  "breaking-request": 1,
  "breaking-response": 1,
  additive: 2,
  docs: 3,
};
const rank = (c: Change): number => Math.min(...c.classes.map((k) => RANK[k]));
const MESSAGE_ORDER: Readonly<Record<NonNullable<Change["message"]>, number>> = {
  request: 0,
  response: 1,
  callback: 2,
};
const messageOrder = (m: Change["message"]): number => (m === null ? -1 : MESSAGE_ORDER[m]);
const text = (a: string | null, b: string | null): number =>
  (a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0;

export const compareChanges = (a: Change, b: Change): number =>
  rank(a) - rank(b) ||
  text(a.operation, b.operation) ||
  text(a.list ?? null, b.list ?? null) ||
  text(a.type ?? null, b.type ?? null) ||
  messageOrder(a.message) - messageOrder(b.message) ||
  text(a.field, b.field) ||
  text(a.kind, b.kind) ||
  text(a.summary, b.summary);
