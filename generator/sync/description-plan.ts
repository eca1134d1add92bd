// Descriptions of dictionary fields, chosen by the shared-text rule as value
// meanings are: the dictionary keeps a description that an operation without
// a page shows (or a callback's or a container's field, which the pages
// compared here do not print) or that a maintainer wrote; otherwise it takes the wording most
// pages print. An operation whose page words the field otherwise gets its own
// description, and loses one that says what the dictionary says. The result
// depends on the set of pages, never on the order they were synced in.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import { compareText } from "../rules/code-point-order.js";
import { squash } from "../rules/meanings.js";
import {
  fieldsWithin,
  MESSAGE_KINDS,
  type MessageKind,
  nestedEntries,
  type RawField,
  type RawOperation,
} from "../rules/raw-spec.js";
import { generalWording, wordingTie, type Wording, type WordingTie } from "./shared-text.js";
import type { PlanPage } from "./value-plan.js";

/** The dictionary's description of a field, changed to the wording of the pages. */
export interface GeneralDescription {
  readonly field: string;
  readonly from: string;
  readonly to: string;
  readonly pages: readonly string[];
  readonly at: SourceLocation;
  /** Where as many pages word it otherwise as print the one chosen: the tie went to the first page by path. */
  readonly tie?: WordingTie;
}

/** An operation's own description of a dictionary field, set (text) or removed (null). */
export interface OwnDescription {
  readonly operation: string;
  readonly message: MessageKind;
  readonly field: string;
  readonly from: string | null;
  readonly to: string | null;
  /** The description the operation shows now, and where its page prints its own. */
  readonly shown: string;
  readonly page: string;
  readonly at: SourceLocation;
}

export interface DescriptionPlan {
  readonly general: readonly GeneralDescription[];
  readonly fields: readonly OwnDescription[];
}

interface Printed {
  readonly operation: string;
  readonly message: MessageKind;
  readonly page: string;
  readonly text: string;
  readonly at: SourceLocation;
}

export function descriptionPlan(
  operations: readonly RawOperation[],
  dictionary: ReadonlyMap<string, RawField>,
  pages: readonly PlanPage[],
): DescriptionPlan {
  const raw = new Map(operations.map((op) => [op.operation, op]));
  const printed = new Map<string, Printed[]>();
  for (const { relPath, page, operation, kept, callback } of [...pages].sort((a, b) =>
    compareText(a.relPath, b.relPath),
  )) {
    // A callback's page is compared with the callback alone (compare-field-facts.ts): a description it writes out is
    // set from it, and its rewording of a dictionary field the callback shows is a warning (page-callback-wording).
    if (callback) continue;
    for (const message of MESSAGE_KINDS) {
      for (const field of page[message].fields) {
        if (field.container || field.description.value === "" || !dictionary.has(field.name)) continue;
        if (kept.has(`${message}.fields.${field.name}.description`)) continue;
        // A field the operation writes out has a description of its own: the page is compared with it directly.
        const written = raw.get(operation)?.[message].fields[field.name];
        if (written && written.from !== "dictionary") continue;
        const entry = { operation, message, page: relPath, text: field.description.value, at: field.description.at };
        printed.set(field.name, [...(printed.get(field.name) ?? []), entry]);
      }
    }
  }
  const general: GeneralDescription[] = [];
  const fields: OwnDescription[] = [];
  for (const name of [...printed.keys()].sort(compareText)) {
    const entries = printed.get(name) ?? [];
    const current = dictionary.get(name)?.description;
    const byPage = new Map<string, Wording<string>>();
    for (const e of entries) if (!byPage.has(e.page)) byPage.set(e.page, { key: squash(e.text), text: e.text });
    const prints = (op: string, message: MessageKind) =>
      entries.some((e) => e.operation === op && e.message === message);
    // An operation that shows the dictionary's description without a page printing it relies on it: at a message's
    // top where its page does not print the field, in a container (pages' container fields are not compared
    // here), and in a callback (whose page is compared with the callback directly).
    const shows = ([key, field]: [string, RawField]) => key === name && showsDictionary(field);
    const relied = operations.some(
      (op) =>
        MESSAGE_KINDS.some((message) => {
          const { fields } = op[message];
          if (showsDictionary(fields[name]) && !prints(op.operation, message)) return true;
          return Object.values(fields).some((field) => nestedEntries(fieldsWithin(field)).some(shows));
        }) || nestedEntries(op.callback?.fields ?? {}).some(shows),
    );
    const chosen = generalWording(
      current === undefined ? undefined : { key: squash(current), text: current },
      byPage,
      relied,
    );
    if (!chosen) continue;
    const first = entries[0];
    const tie = wordingTie(byPage, chosen);
    if (current !== undefined && chosen.key !== squash(current) && first)
      general.push({
        field: name,
        from: current,
        to: chosen.text,
        pages: [...byPage.keys()],
        // At a page that prints the wording chosen: the first by path may word it otherwise.
        at: (entries.find((e) => squash(e.text) === chosen.key) ?? first).at,
        ...(tie !== null && { tie }),
      });
    for (const e of entries) {
      const written = raw.get(e.operation)?.[e.message].fields[name];
      if (!written) continue;
      const own = written.description ?? null;
      const to = squash(e.text) === chosen.key ? null : e.text;
      if ((own === null ? null : squash(own)) === (to === null ? null : squash(to))) continue;
      fields.push({ ...e, field: name, from: own, to, shown: own ?? current ?? "" });
    }
  }
  return { general, fields };
}

/** A reference to the dictionary's field that shows its description (it writes none of its own). */
const showsDictionary = (field: RawField | undefined): boolean =>
  field?.from === "dictionary" && field.description === undefined;
