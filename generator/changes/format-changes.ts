// What a field is, before and after: its type as text, what a plain field
// made a container breaks, and its format, narrower (breaking) or wider
// (additive) than before.

import { containerOf } from "../model/field-shape.js";
import type { FieldModel, FormatModel } from "../model/field-model.js";
import type { ChangeClass } from "./change.js";
import { refusesWith, type MessageWords } from "./message-words.js";
import { fieldFirst } from "./place-words.js";

/** A format narrower than before refuses values that passed (requests) or that strict validation accepted (responses). */
export function compareFormats(
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
  change(
    [narrower ? breaking : "additive"],
    `${fieldFirst(name)}format ${before?.text ?? "none"} → ${after?.text ?? "none"}.`,
  );
}

/**
 * Whether every character of class `b` is allowed by class `a`: AN is printable ASCII, ANU adds the letters,
 * marks and digits of every script, ANS and ANSU are one class, all but control characters.
 */
const WIDTH: Readonly<Record<FormatModel["charClass"], readonly string[]>> = {
  N: ["N"],
  A: ["A"],
  AN: ["N", "A", "AN"],
  ANS: ["N", "A", "AN", "ANS", "ANU", "ANSU"],
  ANU: ["N", "A", "AN", "ANU"],
  ANSU: ["N", "A", "AN", "ANS", "ANU", "ANSU"],
};
const widerClass = (a: FormatModel["charClass"], b: FormatModel["charClass"]): boolean => WIDTH[a].includes(b);

/** What a field is, as text: string, integer, list of container Foo...; a container type named as `renamed` maps its name. */
export function shape(field: FieldModel, renamed: ReadonlyMap<string, string> = new Map()): string {
  const type = field.type;
  const container = (name: string) => `container ${renamed.get(name) ?? name}`;
  if (type.kind === "list")
    return `list of ${type.items.type.kind === "container" ? container(type.items.type.container.typeName) : type.items.type.kind}`;
  return type.kind === "container" ? container(type.container.typeName) : type.kind;
}

/** What a plain field made a container (a page release printing fields in it) breaks, and for whom. */
export function madeContainerText(before: FieldModel, after: FieldModel, words: MessageWords): string {
  const inner = containerOf(after);
  if (containerOf(before) || !inner || after.type.kind !== "container") return "";
  const was = before.type.kind;
  const fields = inner.fields.map((f) => f.name).join(", ");
  const refused = refusesWith(words, `a ${was} there`);
  return words.kind === "request"
    ? ` Senders must send an object of its fields (${fields}) where they sent a ${was}: ${refused}, and code setting it stops compiling.`
    : ` Readers get an object of its fields (${fields}) where they read a ${was}: code reading a ${was} there stops compiling, and ${refused}.`;
}
