// What a maintainer adds to an operation sync made from its page: the type,
// format, example and notes of each field that sync wrote out from the page
// alone, saying so ("is written out; give its type and format from the data
// dictionary"), at any depth of containers, as the README's "Adding an
// operation from a saved page" asks (step 3); and the callback, which no page
// makes. The round-trip tests put them back from the file written by hand, as
// they do not come from the page.
import { isMap, isScalar, isSeq, parseDocument } from "yaml";

const WRITTEN_OUT = /^(\w+): (request|response) field (.+) is written out; give its type and format/;
const KEYS = ["type", "format", "example", "notes"] as const;

/** The file sync made (`made`), with the maintainer's facts of the fields it names in `messages` taken from `written`. */
export function withMaintainerFacts(
  made: string,
  written: string,
  operation: string,
  messages: readonly string[],
): string {
  const doc = parseDocument(made);
  const hand = parseDocument(written);
  for (const m of messages) {
    const hit = WRITTEN_OUT.exec(m);
    if (!hit || hit[1] !== operation) continue;
    const at = pathOf(hand, [hit[2] ?? "", "fields"], (hit[3] ?? "").split("'s field "));
    const field = at && hand.getIn(at);
    if (!at || !isMap(field)) continue;
    for (const key of KEYS)
      if (field.has(key) && !doc.hasIn([...at, key])) doc.setIn([...at, key], hand.getIn([...at, key]));
  }
  return doc.toString();
}

/** The YAML path of a field nested in containers (`fields`) or lists of them (`items.fields`), as `hand` holds it. */
function pathOf(hand: ReturnType<typeof parseDocument>, at: string[], names: readonly string[]): string[] | null {
  const [name, ...rest] = names;
  if (name === undefined) return null;
  const here = [...at, name];
  if (rest.length === 0) return here;
  const inside = hand.hasIn([...here, "items", "fields"]) ? [...here, "items", "fields"] : [...here, "fields"];
  return pathOf(hand, inside, rest);
}

/**
 * The file sync made, with the callback of the file written by hand: sync
 * makes an operation from its page, never a callback (the maintainer writes it,
 * citing the callback's page, and sync settles its fields against that page).
 */
export function withCallback(made: string, written: string): string {
  const callback = parseDocument(written).get("callback", true);
  if (!isMap(callback)) return made;
  const doc = parseDocument(made);
  doc.set("callback", callback);
  return doc.toString();
}

/**
 * The file sync made, with the status block of the file written by hand: no page gives it (which codes mean accepted
 * and refused), and the registry entry's type says whether the operation has one (`StatusDescriptor` or `null`).
 */
export function withStatus(made: string, written: string): string {
  const status = parseDocument(written).get("status", true);
  if (!isMap(status)) return made;
  const doc = parseDocument(made);
  doc.set("status", status);
  return doc.toString();
}

/**
 * The file sync made, with the notes of the file written by hand: the operation's, its sources', each message's and
 * each field's at any depth, wherever sync made the map that holds them. No page gives notes (the maintainer writes
 * them: where each fact comes from, what a copy left unread), and the JSDoc of the types prints them.
 */
export function withMaintainerNotes(made: string, written: string): string {
  const doc = parseDocument(made);
  const hand = parseDocument(written);
  const copy = (at: readonly (string | number)[]): void => {
    const node = at.length === 0 ? hand.contents : hand.getIn(at, true);
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      // The callback is put back whole (withCallback), and facts that stop are no page's to make.
      if (at.length === 0 && key === "callback") continue;
      const here = [...at, key];
      if (key === "notes" && isMap(at.length === 0 ? doc.contents : doc.getIn(at, true)))
        doc.setIn(here, hand.getIn(here, true));
      else copy(here);
    }
  };
  copy([]);
  return doc.toString();
}

/** A deviation's `about` as a path in the operation's YAML: a value's own meaning is its entry under `meanings:`. */
function yamlPathOf(about: string): string[] {
  const meaning = /^(.+\.fields\.[^.]+)\.values\.(.+)\.meaning$/.exec(about);
  return meaning ? [...(meaning[1] ?? "").split("."), "meanings", meaning[2] ?? ""] : about.split(".");
}

/**
 * The file sync made, with each fact the file written by hand keeps against its page on purpose (a deviation,
 * `source.deviations`, named by its YAML path as `sync --check` names it) where sync wrote the page's, and the
 * deviations themselves; `restored` names those facts. A page gives its own fact (a copy's recommended version,
 * where the spec follows a newer copy): the maintainer's is put back as the callback is.
 */
export function withDeviations(made: string, written: string): { text: string; restored: string[] } {
  const doc = parseDocument(made);
  const hand = parseDocument(written);
  const deviations = hand.getIn(["source", "deviations"], true);
  if (!isSeq(deviations)) return { text: made, restored: [] };
  const restored: string[] = [];
  for (const item of deviations.items) {
    const about = isMap(item) ? item.get("about") : undefined;
    if (typeof about !== "string") continue;
    const at = yamlPathOf(about);
    const kept = hand.getIn(at);
    if (kept === undefined || JSON.stringify(doc.getIn(at)) === JSON.stringify(kept)) continue;
    doc.setIn(at, hand.getIn(at, true));
    restored.push(about);
  }
  if (doc.hasIn(["source"])) doc.setIn(["source", "deviations"], deviations);
  return { text: doc.toString(), restored: restored.sort() };
}
