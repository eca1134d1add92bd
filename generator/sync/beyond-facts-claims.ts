// A field beyond a message's saved facts (after factsStop.after, or any field
// where the stop has no after) that the page does not print is one no page
// printed: a request sample, an SDK or an integration names it, and none of them
// gives the interface version it appeared in, nor whether Sips asks for it (a
// sample sending a field says nothing of that). A version or a presence written
// there is no source's, yet the validators hold it: a request declaring an
// earlier version that carries the field is refused, and a `required` one
// refuses every request without it (a reply without it is invalid). The
// comparison with the page reads only the fields the page prints, so such claims
// (copied from another operation whose page prints the field) went unreported.
// So do the fields of a container beyond the facts (an item of a list, at any
// depth), which the page prints no more than the container: each is claimed
// where the operation writes it (a dictionary container's are the dictionary's),
// and a container type other operations hold too is reported as one type.
// The platform's rules give some fields to every message whatever its page
// prints: the seal, and in a request the credentials and the interface version;
// those keep `required`, and are made so where written otherwise (but
// undocumented, which the spec may give them on purpose).

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import { containerOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import type { PageMessage } from "../read/page/page-model.js";
import type { SpecPath } from "../read/source-map.js";
import { fieldsWithin, type RawField, type RawMessage, type RawOperation } from "../rules/raw-spec.js";
import type { RawPlatform } from "../rules/raw-platform.js";
import { fieldsPathOf } from "./container-holder.js";
import type { FieldKey, PageDifference, SpecMessage } from "./page-difference.js";

/**
 * A difference for each field beyond the saved facts that the spec gives a version: sync writes `undocumented`. A
 * field the page prints beyond them is the page's (facts-stop-reach.ts moves the stop past it, and its version is
 * compared with the page's), not one of these.
 */
export function beyondFactsVersions(spec: MessageModel, page: PageMessage, as: SpecMessage): PageDifference[] {
  return beyondFacts(spec, page, as).flatMap((beyond) =>
    beyond.field.since === null || (beyond.container?.dictionary ?? false)
      ? []
      : [claim(as, beyond, "since", beyond.field.since.text, "gives no version of it")],
  );
}

/**
 * A difference for each field of the request and the response beyond the saved facts whose presence the operation
 * writes (not the dictionary's) other than undocumented: sync writes `undocumented`, but on a field the platform's
 * rules give the message, which those rules (a source) make `required`: sync writes that. An `undocumented` there is
 * left as it is, a choice the spec may explain (a sample named it). The operation's own entry is read, as a
 * presence taken from the dictionary (the seal algorithm field's optional, by the seal rule) is no claim of the
 * operation's.
 */
export function beyondFactsPresence(
  op: OperationModel,
  raw: RawOperation,
  platform: RawPlatform,
  pages: { readonly request: PageMessage; readonly response: PageMessage },
): PageDifference[] {
  return (["request", "response"] as const).flatMap((kind) =>
    beyondFactsPresenceOf(op[kind], raw[kind], pages[kind], kind, platform),
  );
}

/**
 * The same for one message written as `as`: a callback's fields are a response's, whose rules give it the seal
 * alone, and its own page says no more of a field beyond its facts than an operation's does.
 */
export function beyondFactsPresenceOf(
  spec: MessageModel,
  raw: RawMessage,
  page: PageMessage,
  as: SpecMessage,
  platform: RawPlatform,
): PageDifference[] {
  const ruled = (field: FieldModel): boolean =>
    field.name === platform.seal.field ||
    (as === "request" &&
      (field.name === platform.credentials.merchantIdField ||
        field.name === platform.credentials.keyVersionField ||
        field.type.kind === "interfaceVersion"));
  return beyondFacts(spec, page, as).flatMap((beyond) => {
    const presence = rawAt(raw, beyond.at, beyond.field.name)?.presence;
    if (presence === undefined || presence === "undocumented") return [];
    if (beyond.container === null && ruled(beyond.field))
      return presence === "required" ? [] : [claim(as, beyond, "presence", presence, RULED, "required")];
    return [claim(as, beyond, "presence", presence, "does not say whether Sips asks for it")];
  });
}

/** Why a field the platform's rules give every such message is required whatever its page prints. */
const RULED = "the platform's rules (spec/sips.yaml) give it every such message: required";

/** The operation's own entry of a field, by the YAML path of the fields it is one of. */
function rawAt(raw: RawMessage, at: SpecPath, name: string): RawField | undefined {
  let fields: Readonly<Record<string, RawField>> | undefined = raw.fields;
  // [message, fields, holder, (items,) fields, ...]: each holder's fields in turn.
  for (const step of at.slice(2)) {
    if (step === "fields" || step === "items") continue;
    const holder: RawField | undefined = fields?.[String(step)];
    fields = holder === undefined ? undefined : fieldsWithin(holder);
  }
  return fields?.[name];
}

/** A field beyond the saved facts that the page does not print, at the message's top or in a container. */
interface BeyondField {
  readonly field: FieldModel;
  /** The YAML path of the fields it is one of: the message's, or a container's (a list's under its items). */
  readonly at: SpecPath;
  /** The container type it is a field of, null at the message's top; from the dictionary where it or a holder is. */
  readonly container: { readonly typeName: string; readonly dictionary: boolean } | null;
  /** The page's message: the place of its absence. */
  readonly pageAt: SourceLocation;
}

/** The fields beyond the message's saved facts that the page does not print, each followed by its container's. */
function beyondFacts(spec: MessageModel, page: PageMessage, as: SpecMessage): BeyondField[] {
  const stop = spec.factsStop;
  const pageAt = page.at;
  // A page without this message's section says nothing of its fields (page-missing-section).
  if (stop === null || pageAt === null) return [];
  const printed = new Set(page.fields.filter((f) => f.container === null).map((f) => f.name));
  const names = spec.fields.map((f) => f.name);
  const from = stop.after === null ? 0 : names.indexOf(stop.after) + 1;
  const out: BeyondField[] = [];
  const walk = (fields: readonly FieldModel[], at: SpecPath, container: BeyondField["container"]): void => {
    for (const field of fields) {
      out.push({ field, at, container, pageAt });
      const inner = containerOf(field);
      if (inner === null) continue;
      const dictionary = (container?.dictionary ?? false) || field.fromDictionary;
      walk(inner.fields, fieldsPathOf(field, [...at, field.name].map(String)), {
        typeName: inner.typeName,
        dictionary,
      });
    }
  };
  walk(
    spec.fields.slice(from).filter((field) => !printed.has(field.name)),
    [as, "fields"],
    null,
  );
  return out;
}

/**
 * What to do instead of the edit where another public copy of the page prints the value: sync's edit would drop a
 * published fact, which the spec keeps as a recorded deviation from the saved copy (README, "Adding an operation
 * from a saved page", step 1).
 */
function kept(what: "presence" | "version"): string {
  return `a ${what} another public copy of the page prints is kept and recorded under source.deviations, naming that copy`;
}

/**
 * The claim, said as the page's absence of it, with the edit that writes `value`: undocumented, where the claim is
 * no source's; where a source gives the value (`why` then says which), the absence is that source's word.
 */
function claim(
  as: SpecMessage,
  { field, at, container, pageAt }: BeyondField,
  key: Exclude<FieldKey, "description">,
  spec: string,
  why: string,
  value = "undocumented",
): PageDifference {
  const what = key === "since" ? "version" : "presence";
  const beyond = `the field is beyond the saved facts (${as}.factsStop), which no page printed`;
  const reason =
    value === "undocumented"
      ? `${beyond}, and a sample or an SDK that names a field ${why}; ${kept(what)}`
      : `${beyond}, and ${why}`;
  return {
    // Named by its YAML path, a list's `items` included, as the comparison with the page names a container's field.
    about: `${at.join(".")}.${field.name}.${key}`,
    spec,
    page: `${value === "undocumented" ? `no ${what}` : value}: ${reason}`,
    reason: { brief: value === "undocumented" ? `no ${what}` : value, why: reason },
    pageAt,
    place: { in: "operation", path: [...at, field.name, key] },
    fix: { kind: "set-field", message: as, at, field: field.name, key, value },
    ...(container === null ? {} : { container }),
  };
}
