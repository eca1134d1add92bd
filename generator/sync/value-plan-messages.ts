// What sync says once it has written the value and description plans: one
// line per change, naming the operations a change of a shared list reaches and
// those it is kept away from, the constant name it gave a new value (made from
// a page's wording, and public: a later rename breaks importers), and the
// notes that may need reading again.

import type { DescriptionPlan } from "./description-plan.js";
import type { ListPlan, ValuePlan } from "./value-plan.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import { shownField } from "./shown-field.js";
import { quotedOrNothing } from "./page-difference.js";
import { squash } from "../rules/meanings.js";
import { tieSaid } from "./shared-text.js";
import { valuesMoved } from "./value-plan-words.js";

/** What sync did, for people: one line per change, naming who a shared change reaches. */
export function planMessages(values: ValuePlan, descriptions: DescriptionPlan): string[] {
  const out: string[] = [];
  for (const list of values.lists) {
    if (list.isNew) {
      // Its constants named from a page's wording are as public as those of values added to a list: said alike.
      const named = list.added.flatMap((v) => (v.name === null ? [] : [`${v.value} as ${v.name}`]));
      const names = named.length === 0 ? "" : `; constants ${named.join(", ")}`;
      out.push(`value list ${list.list} added (${plural(list.added.length, "value")}, from ${pagesOf(list)}${names})`);
    } else
      for (const v of list.added) {
        const away = values.fields.filter(
          (f) => f.list === list.list && f.values.to !== null && !f.values.to.includes(v.value),
        );
        const kept = away.map(
          (f) =>
            `${f.operation}${f.message === "callback" ? " callback" : ""} (${f.page ? "its page does not list it" : f.pageless ? "it has no saved page" : "its page gives no values for this field"})`,
        );
        out.push(
          `value ${v.value} added to list ${list.list}${v.name === null ? "" : ` as ${v.name}`} (from ${v.pages.join(", ")})${kept.length > 0 ? `; not taken by ${kept.join(", ")}` : ""}`,
        );
      }
    for (const v of list.changed) {
      if (v.meanings.join("\n") !== v.was.meanings.join("\n"))
        out.push(
          `value ${v.value} of list ${list.list}: general meaning from ${v.wordedBy.length > 0 ? v.wordedBy.join(", ") : "the pages"} (${v.pages.length} page${v.pages.length === 1 ? "" : "s"} list it${v.tie === undefined ? "" : `; ${tieSaid(v.tie)}`})`,
        );
      if (v.name !== null && v.name !== v.was.name)
        out.push(
          `value ${v.value} of list ${list.list}: constant renamed ${v.was.name} → ${v.name} (npm run changes reports it as breaking)`,
        );
    }
    for (const v of list.unused)
      out.push(
        `value ${v} of list ${list.list} is taken by no operation; remove it from the list if Sips no longer documents it`,
      );
  }
  for (const m of values.moves)
    out.push(
      `value ${m.from} of list ${m.list} renamed ${m.to} (the interface ${m.prefix}, as ${m.pages.join(", ")} ${m.pages.length === 1 ? "prints" : "print"} it), in every field, and every deviation keeping its meaning, that names it; its constant kept; the lowest version a request of ${m.operations.join(", ")} may declare follows it, and an interfaceVersion example below it is removed (npm run changes classes the move)`,
    );
  for (const link of values.links) {
    out.push(
      `${link.operation}: ${link.message} field ${shownField(link.path)} linked to value list ${link.list}, made of its page's values`,
    );
  }
  for (const f of values.fields) {
    // The whole list, as its page comes to print it: the values it did not take are said, as --check says them.
    const whole = f.values.from !== null && f.page ? valuesMoved(f.values.from, [...f.page.values.keys()]) : "";
    const what =
      f.values.to === null
        ? `every value of ${f.list}${whole}`
        : `${plural(f.values.to.length, "value")} of ${f.list} (${f.values.to.join(", ")})`;
    // A value its page gives no meaning (an empty list) has none, not one of its own.
    const worded = [...f.meanings.to].filter(([, m]) => m.length > 0).map(([v]) => v);
    // One its page prints meanings for, which a deviation keeps out, has none on purpose: not for want of a meaning.
    const unmeant = [...f.meanings.to].filter(([, m]) => m.length === 0).map(([v]) => v);
    const keptOut = unmeant.filter((v) => f.page?.keptMeanings.has(v) && (f.page.values.get(v)?.length ?? 0) > 0);
    const none = unmeant.filter((v) => !keptOut.includes(v));
    const own =
      (worded.length > 0 ? `, its own meaning for ${worded.join(", ")}` : "") +
      (none.length > 0 ? `, no meaning for ${none.join(", ")} (${noneWhy(f)})` : "") +
      (keptOut.length > 0
        ? `, no meaning for ${keptOut.join(", ")} (its page prints some, which source.deviations keep out)`
        : "");
    const why = f.page ? "" : ", written out so that values other pages add do not reach it";
    out.push(
      `${f.operation}: ${f.message} field ${f.field} takes ${what}${own}${why}${f.link ? ` (linked to value list ${f.list})` : ""}`,
    );
  }
  // In a tie, the wording is that of the pages on one side alone: named, as the other side is.
  for (const d of descriptions.general)
    out.push(
      `${d.field}: dictionary description set to the wording of ${d.tie === undefined ? `${d.pages.length} page${d.pages.length === 1 ? "" : "s"}` : `${d.tie.wordedBy.join(", ")} (${tieSaid(d.tie)})`}`,
    );
  for (const d of descriptions.fields) out.push(`${d.operation}: ${d.message} field ${d.field}: ${ownDescription(d)}`);
  return out;
}

/**
 * An operation's own description set or removed, its words quoted as `--check` quotes them: a reviewer reads the
 * change here. One the operation keeps while the dictionary takes other pages' wording is its words alone.
 */
function ownDescription(d: DescriptionPlan["fields"][number]): string {
  if (d.to === null)
    return `own description ${quotedOrNothing(d.from)} removed (the page prints the dictionary's wording)`;
  const given = "description given here, as its page words it";
  if (d.from === null && squash(d.to) === squash(d.shown))
    return `${given}: ${quotedOrNothing(d.to)} (the dictionary takes the wording of other pages)`;
  return `${given}: ${d.from === null ? "the dictionary's " : ""}${quotedOrNothing(d.from ?? d.shown)} → ${quotedOrNothing(d.to)}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
const pagesOf = (list: ListPlan): string => [...new Set(list.added.flatMap((v) => v.pages))].join(", ");

/**
 * Fields that took their whole list and now take part of it, whose own notes
 * may say otherwise ("so the field takes the whole shared list"): sync does
 * not edit notes, so it says which to read again.
 */
export function notesToReview(values: ValuePlan, spec: ValidSpec): string[] {
  return values.fields.flatMap((f) => {
    if (f.values.from !== null || f.values.to === null) return [];
    const located = spec.operations.find((o) => o.raw.operation === f.operation);
    const notes = (f.message === "callback" ? located?.raw.callback : located?.raw[f.message])?.fields[f.field]?.notes;
    if (!notes || notes.length === 0) return [];
    return [
      `${f.operation}: ${f.message} field ${f.field} now takes ${plural(f.values.to.length, "value")} of ${f.list}, no longer the whole list: read its notes again (sync does not edit them)`,
    ];
  });
}

/** Why values of a field have no meaning, where no deviation keeps one out: its page gives none, or the spec says so. */
const noneWhy = (f: ValuePlan["fields"][number]): string =>
  f.page
    ? "its page gives none"
    : `as the spec writes it: ${f.pageless ? "it has no saved page" : "its page prints none of this field's values"}`;
