// factsStop.after once a page prints fields beyond it: a release whose copy
// goes further than the saved one (an optional field printed after the one
// where the saved copy stopped) makes those fields facts of the page. Left
// where it was, the spec said they came from another source: the docs named
// the old field as the last the facts hold, and a release that dropped one of
// them saw it kept as beyond the facts, where sync removes a field of the page's.

import type { MessageModel } from "../model/operation-model.js";
import type { PageMessage } from "../read/page/page-model.js";
import { valuesOf } from "../model/field-shape.js";
import type { PageField } from "../read/page/page-model.js";
import { quotedOrNothing, type PageDifference, type SpecMessage } from "./page-difference.js";

/**
 * The move of `factsStop.after` to the last field the page prints of those that follow it in the spec's order, up
 * to the first one no page printed: that one came from another source, and counted among the page's facts it
 * would be removed as a field the page no longer lists (the difference names it, and the page's fields after it).
 * A field the page adds counts where sync places it, after its neighbour on the page.
 */
export function factsStopReach(spec: MessageModel, page: PageMessage, as: SpecMessage): PageDifference[] {
  const stop = spec.factsStop;
  // Without `after` the spec does not say which of the page's fields its facts reach: nothing to move.
  if (stop === null || stop.after === null) return [];
  const names = spec.fields.map((f) => f.name);
  const top = page.fields.filter((f) => f.container === null);
  const printed = new Map(top.map((f) => [f.name, f]));
  // The spec's fields, and the page's new ones just after their neighbour (the field before it on the page that
  // the spec has, as sync places it), in the order sync leaves them; the page's order breaks ties.
  let neighbour = -1;
  const added = top.flatMap((field) => {
    const at = names.indexOf(field.name);
    if (at >= 0) neighbour = at;
    return at >= 0 ? [] : [{ name: field.name, at: neighbour + 0.5 }];
  });
  const order = [...names.map((name, at) => ({ name, at })), ...added].sort((a, b) => a.at - b.at);
  const from = order.findIndex((f) => f.name === stop.after);
  const next = order.slice(from + 1);
  const held = next.findIndex((f) => !printed.has(f.name));
  const run = held < 0 ? next : next.slice(0, held);
  const reach = run.at(-1);
  const beyond = held < 0 ? [] : next.slice(held + 1).filter((f) => printed.has(f.name));
  const path = [as, "factsStop", "after"];
  const field = reach === undefined ? undefined : printed.get(reach.name);
  const about = `${as}.factsStop.after`;
  const place = { in: "operation", path } as const;
  // The field just after the stop is one no page printed: the stop cannot move until the page's fields beyond it
  // follow it. Left so, they stayed beyond the facts while sync set their presence and version from the page, and
  // a release that dropped one would see it kept, where sync removes a field of the page's.
  if (reach === undefined || field === undefined) {
    const inPage = top.filter((f) => beyond.some((b) => b.name === f.name)).map((f) => f.name);
    const first = inPage[0] === undefined ? undefined : printed.get(inPage[0]);
    if (first === undefined || stop.after === null) return [];
    const page = `${inPage.join(", ")} after it, behind ${unprinted(next, beyond)}: they move up to follow ${stop.after}, in the page's order, and factsStop.after to the last of them (check factsStop.notes)`;
    const fix = { kind: "move-fields", message: as, fields: inPage, after: stop.after } as const;
    return [{ about, spec: quotedOrNothing(stop.after), page, pageAt: first.at, place, fix }];
  }
  return [
    {
      about,
      spec: quotedOrNothing(stop.after),
      page: `${JSON.stringify(reach.name)}, the last field it prints after it (check factsStop.notes)${
        beyond.length === 0
          ? ""
          : `; it prints ${beyond.map((f) => f.name).join(", ")} too, after ${next[held]?.name ?? ""}, which no page printed: they move up to follow ${reach.name} next`
      }${listNoLongerCut(spec, printed.get(stop.after))}`,
      pageAt: field.at,
      place,
      fix: { kind: "set-operation", path, value: reach.name },
    },
  ];
}

/** The fields no page printed that stand before the last of `beyond`, the first named and the others counted. */
function unprinted(next: readonly { name: string }[], beyond: readonly { name: string }[]): string {
  const last = next.findIndex((f) => f.name === beyond.at(-1)?.name);
  const printed = new Set(beyond.map((f) => f.name));
  const held = next.slice(0, last).filter((f) => !printed.has(f.name));
  const others = held.length - 1;
  return `${held[0]?.name ?? ""}${others > 0 ? ` and ${others} other field${others === 1 ? "" : "s"}` : ""}, which no page printed`;
}

/**
 * Where the stop was a field whose values the page prints, the copy stopped in its list: its values were some of
 * those the field takes. Past it, they are all it takes, and sync's pass after the move writes them so: said here,
 * as that pass's edit shows in no difference of this one.
 */
function listNoLongerCut(spec: MessageModel, stopped: PageField | undefined): string {
  const field = spec.fields.find((f) => f.name === stopped?.name);
  const printed = [...new Set(stopped?.values.map((v) => v.value) ?? [])];
  const taken = new Set(field === undefined ? [] : (valuesOf(field)?.values.map((v) => v.value) ?? []));
  if (
    stopped === undefined ||
    printed.length === 0 ||
    (printed.length === taken.size && printed.every((v) => taken.has(v)))
  )
    return "";
  return `; past it, ${stopped.name}'s values are no longer a list the page stopped in: it then takes the ${printed.length} the page prints (${printed.join(", ")}), of the ${taken.size} it takes now`;
}
