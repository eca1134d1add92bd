// Field-level changes of one message, down through containers and lists:
// added and removed fields, presence, interface version, type and format,
// value-list values and meanings, descriptions; each classified by whom it breaks.

import { containerOf, formatOf, valuesOf } from "../model/field-shape.js";
import type { FieldModel, FormatModel } from "../model/field-model.js";
import type { MessageModel } from "../model/operation-model.js";
import { codeValueOf, type FieldValuesModel, type ValueModel } from "../model/value-list-model.js";
import { compareVersions } from "../model/versions.js";
import type { Change, ChangeClass, ChangeKind } from "./change.js";
import { fieldDocChanges } from "./doc-changes.js";

type Kind = MessageModel["kind"];

export function compareMessages(operation: string, before: MessageModel, after: MessageModel): Change[] {
  // A Data message (the Paypage response) is sealed over Data as posted: it has no seal field list.
  const sealed = after.encoding === "json";
  return compareFieldLists(operation, before.kind, "", before.fields, after.fields, sealed);
}

function compareFieldLists(
  operation: string,
  message: Kind,
  prefix: string,
  before: readonly FieldModel[],
  after: readonly FieldModel[],
  sealed: boolean,
): Change[] {
  const out: Change[] = [];
  const old = new Map(before.map((f) => [f.name, f]));
  const now = new Map(after.map((f) => [f.name, f]));
  const change = (field: string, kind: ChangeKind, classes: ChangeClass[], summary: string): void => {
    out.push({ operation, message, field: `${prefix}/${field}`, kind, classes, summary });
  };
  const breaking: ChangeClass = message === "request" ? "breaking-request" : "breaking-response";
  for (const field of after) {
    if (old.has(field.name)) continue;
    const required = field.required;
    const seal = sealed ? " Its message's seal field list changes; no existing seal does." : "";
    change(
      field.name,
      "field-added",
      [required ? breaking : "additive"],
      `${field.presence} ${message} field ${field.name} added (since ${field.since?.text ?? "undocumented"}).${required ? ` ${message === "request" ? "Requests without it are refused and senders must set it" : "Responses without it are refused and code constructing responses must set it"}.` : ""}${seal}`,
    );
  }
  for (const field of before) {
    if (now.has(field.name)) continue;
    change(
      field.name,
      "field-removed",
      [breaking],
      `${message} field ${field.name} removed: ${message === "request" ? "requests carrying it are refused and code setting it stops compiling" : "code reading it stops compiling"}.`,
    );
  }
  for (const field of after) {
    const previous = old.get(field.name);
    if (previous) out.push(...compareField(operation, message, `${prefix}/${field.name}`, previous, field, sealed));
  }
  return out;
}

function compareField(
  operation: string,
  message: Kind,
  pointer: string,
  before: FieldModel,
  after: FieldModel,
  sealed: boolean,
): Change[] {
  const out: Change[] = [];
  const name = after.name;
  const change = (kind: ChangeKind, classes: ChangeClass[], summary: string, field = pointer): void => {
    out.push({ operation, message, field, kind, classes, summary });
  };
  const breaking: ChangeClass = message === "request" ? "breaking-request" : "breaking-response";
  if (before.presence !== after.presence) {
    const classes: ChangeClass[] =
      before.required === after.required
        ? ["docs"]
        : message === "response"
          ? ["breaking-response"]
          : after.required
            ? ["breaking-request"]
            : ["additive"];
    const why =
      classes[0] === "breaking-response"
        ? after.required
          ? " Responses without it are refused; code constructing responses stops compiling."
          : " Code reading it must now handle its absence."
        : classes[0] === "breaking-request"
          ? " Requests without it are refused."
          : "";
    change("presence", classes, `${name}: presence ${before.presence} → ${after.presence}.${why}`);
  }
  const since = [before.since?.text ?? "undocumented", after.since?.text ?? "undocumented"] as const;
  if (since[0] !== since[1]) {
    const later = before.since === null || (after.since !== null && compareVersions(after.since, before.since) > 0);
    const classes: ChangeClass[] = message === "response" ? ["docs"] : later ? ["breaking-request"] : ["additive"];
    change(
      "since",
      classes,
      `${name}: since ${since[0]} → ${since[1]}.${classes[0] === "breaking-request" ? ` Requests declaring an interface version before ${since[1]} may no longer carry it.` : ""}`,
    );
  }
  const type = [shape(before), shape(after)] as const;
  if (type[0] !== type[1]) change("type-format", [breaking], `${name}: type ${type[0]} → ${type[1]}.`);
  else compareFormats(name, formatOf(before), formatOf(after), breaking, (c, s) => change("type-format", c, s));
  const taken = [valuesOf(before), valuesOf(after)] as const;
  const lists = taken.map((t) => t?.list.name ?? null);
  if (lists[0] !== lists[1]) {
    change("type-format", [breaking], `${name}: value list ${lists[0] ?? "none"} → ${lists[1] ?? "none"}.`);
  } else if (taken[0] && taken[1]) out.push(...compareValues(operation, message, pointer, taken[0], taken[1]));
  if (before.description !== after.description) change("description", ["docs"], `${name}: description changed.`);
  for (const summary of fieldDocChanges(before, after)) change("description", ["docs"], summary);
  const containers = [containerOf(before), containerOf(after)] as const;
  if (containers[0] && containers[1]) {
    const inner = after.type.kind === "list" ? `${pointer}/-` : pointer;
    out.push(...compareFieldLists(operation, message, inner, containers[0].fields, containers[1].fields, sealed));
  }
  return out;
}

/**
 * The values the operation's field takes, before and after: what it takes
 * now, no longer, or means otherwise. Whether the shared list or the
 * operation's own `values:` changed, this is what the operation's senders and
 * readers see; a `values:` written out with the same values changes nothing.
 */
function compareValues(
  operation: string,
  message: Kind,
  field: string,
  before: FieldValuesModel,
  after: FieldValuesModel,
): Change[] {
  // A prefix list's values are the interfaces an interfaceVersion may name: its validator holds it to the
  // operation's own prefix (interface-prefix), so what the field takes shows in its docs and value table only.
  const prefixes = after.list.match === "prefix" && before.list.match === "prefix";
  const only = " (its validator checks the operation's own prefix: only the docs and the value table change)";
  const out: Change[] = [];
  // A prefix list's value is the prefix it stands for, however it is printed.
  const id = prefixes ? codeValueOf : (v: ValueModel) => v.value;
  const old = new Map(before.values.map((v) => [id(v), v]));
  const now = new Map(after.values.map((v) => [id(v), v]));
  const list = `list ${after.list.name}`;
  const change = (kind: ChangeKind, classes: ChangeClass[], summary: string): void => {
    out.push({ operation, message, field, kind, classes, summary });
  };
  for (const value of after.values) {
    const previous = old.get(id(value));
    if (!previous)
      change(
        "value-added",
        [prefixes ? "docs" : "additive"],
        `value ${value.value} of ${list} now taken${prefixes ? only : ""}.`,
      );
    else if (previous.meanings.join("\n") !== value.meanings.join("\n"))
      change(
        "meaning",
        ["docs"],
        `meaning of ${value.value} (${list}) changed${value.own ? ", in this operation's own words" : ""}.`,
      );
  }
  for (const value of before.values) {
    if (now.has(id(value))) continue;
    if (prefixes) {
      change("value-removed", ["docs"], `value ${value.value} of ${list} no longer taken${only}.`);
      continue;
    }
    const why =
      message === "request"
        ? "requests using it are refused"
        : "strict validation refuses it, and the operation's type and values no longer list it";
    change(
      "value-removed",
      [message === "request" ? "breaking-request" : "breaking-response"],
      `value ${value.value} of ${list} no longer taken: ${why}.`,
    );
  }
  return out;
}

/** A format narrower than before refuses values that passed (requests) or that strict validation accepted (responses). */
function compareFormats(
  name: string,
  before: FormatModel | null,
  after: FormatModel | null,
  breaking: ChangeClass,
  change: (classes: ChangeClass[], summary: string) => void,
): void {
  if ((before?.text ?? null) === (after?.text ?? null)) return;
  const narrower =
    after !== null &&
    (before === null || after.maxLength < before.maxLength || !widerClass(after.charClass, before.charClass));
  change([narrower ? breaking : "additive"], `${name}: format ${before?.text ?? "none"} → ${after?.text ?? "none"}.`);
}

/** Whether every character of class `b` is allowed by class `a`. */
const WIDTH: Readonly<Record<FormatModel["charClass"], readonly string[]>> = {
  N: ["N"],
  A: ["A"],
  AN: ["N", "A", "AN"],
  ANS: ["N", "A", "AN", "ANS"],
  ANU: ["N", "A", "AN", "ANU"],
  ANSU: ["N", "A", "AN", "ANS", "ANU", "ANSU"],
};
const widerClass = (a: FormatModel["charClass"], b: FormatModel["charClass"]): boolean => WIDTH[a].includes(b);

/** What a field is, as text: string, integer, list of container Foo... */
function shape(field: FieldModel): string {
  const type = field.type;
  if (type.kind === "list")
    return `list of ${type.items.type.kind === "container" ? `container ${type.items.type.container.typeName}` : type.items.type.kind}`;
  return type.kind === "container" ? `container ${type.container.typeName}` : type.kind;
}
