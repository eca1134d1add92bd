// The diagnostics of the checks across files: fields defined two ways, the
// values a field takes of its list, the names the package would export,
// lists no field uses, examples.

import { define, hint, hintThen, quoted } from "./code-definition.js";

/** A spec key as a word of a sentence, where the key itself is not one. */
const KEY_WORDS: Readonly<Record<string, string>> = { sensitive: "sensitivity" };

/** The codes of the checks across files. */
export const acrossCodes = {
  "unknown-dictionary-field": define<{ field: string; suggestion: string | undefined; writtenBy: string | undefined }>(
    "error",
    "A field taken from the dictionary (from: dictionary) that the dictionary does not define; where another place writes a field of that name out, the error names it, the definition to move to the dictionary.",
    "Define the field in spec/dictionary/ (moving the definition the error names, if any), or write it out here without from: dictionary.",
    (p) =>
      p.writtenBy === undefined
        ? `the dictionary has no field "${p.field}"${hintThen(p.suggestion)}Define it under fields: in spec/dictionary/, or write the field out here`
        : `the dictionary has no field "${p.field}", which ${p.writtenBy} writes out: one name is one field, so move that definition to spec/dictionary/fields.yaml and take it with from: dictionary in both places (each with a description: of its own where it words it otherwise)`,
  ),
  "unlisted-prefix": define<{
    prefix: string;
    version: string | undefined;
    list: string;
    suggestion: string | undefined;
  }>(
    "warning",
    "An interface prefix of an operation that is none of the prefixes of the list its interfaceVersion field takes: the exported prefixes do not document it.",
    "Add the interface to the prefix list its interfaceVersion field takes, or correct the operation's prefix.",
    (p) =>
      `the interface prefix ${quoted(p.prefix)}${p.version === undefined ? "" : ` (of ${quoted(p.version)})`} is not among the prefixes of list "${p.list}"${hintThen(p.suggestion)}Add the interface to the list, or correct the prefix here`,
  ),
  "recommended-below-floor": define<{ recommended: string; lowest: string; value: string; required: string }>(
    "error",
    "An operation's recommended interface version earlier than the lowest a request may declare (as its interfaceVersion values or its required fields give it): the validators refuse it, and the client sends it by default. Where required fields give that version, the since each of them writes is pointed at too: a field's version may be the slip.",
    "Correct the recommended version, or the interfaceVersion value or required field's since that sets the floor.",
    (p) =>
      p.value === ""
        ? `the recommended version ${quoted(p.recommended)} is earlier than ${p.lowest}, the lowest a request may declare, as it carries its required fields of that version (${p.required}): the validators refuse a request declaring it, and the client sends it. Correct the recommended version, or the fields' versions`
        : `the recommended version ${quoted(p.recommended)} is earlier than ${p.lowest}, the lowest the value ${quoted(p.value)} of its interfaceVersion list allows: the validators refuse a request declaring it, and the client sends it. Correct the recommended version, or the list's value`,
  ),
  "incomplete-field": define<{ field: string; missing: string }>(
    "error",
    "A field taken from the dictionary whose presence or version neither the dictionary nor the operation gives.",
    "Give the field its presence or version here (undocumented where no source says), or in its dictionary entry.",
    (p) =>
      `field "${p.field}" has no ${p.missing}: the dictionary gives none, so give it here (undocumented if no source says)`,
  ),
  "conflicting-field": define<{ field: string; how: string }>(
    "error",
    "A field name defined twice in ways that disagree: one name is one field across the whole spec.",
    "Make the definitions agree, or define the field once in spec/dictionary/ and take it with from: dictionary.",
    (p) =>
      `field "${p.field}" ${p.how}; make the definitions agree, or define it once in spec/dictionary/ and use from: dictionary`,
  ),
  "dictionary-text-not-shared": define<{ field: string; what: string; operations: string }>(
    "warning",
    "A dictionary entry's note or example that names a family, an interface prefix or a Sips address (one flow's) that not every operation showing it shares: each page documents its own operation.",
    "Move the text onto the operations it holds for (their notes:, example: or description:), leaving in the dictionary what holds for every operation.",
    (p) =>
      `the dictionary's "${p.field}" names here ${p.what}, which not every operation taking it shares (not ${p.operations}); move the text onto the operations it holds for (their notes:, example: or description:), and leave the dictionary what holds for every taker`,
  ),
  // advice: what to write instead, as sync words it (rules/written-twice-advice.ts); empty where the dictionary has it.
  "field-written-twice": define<{ field: string; other: string; dictionary: boolean; advice: string }>(
    "warning",
    "A field name written out (not from: dictionary) by two operations, or by an operation and the dictionary, at any depth: one name is one field, which the dictionary holds.",
    "Define the field once in spec/dictionary/ and take it with from: dictionary everywhere (a description: of its own where an operation words it otherwise).",
    (p) =>
      p.dictionary
        ? `field "${p.field}" is written out here and in the dictionary (${p.other}); one name is one field: take it with from: dictionary here (with a description: of its own where this operation words it otherwise)`
        : `field "${p.field}" is written out here and by ${p.other}; one name is one field: ${p.advice}`,
  ),
  "conflicting-container": define<{ typeName: string; how: string }>(
    "error",
    "Two containers that would share one generated type name but differ.",
    "Share one definition through spec/dictionary/, or give one of the two another typeName.",
    (p) =>
      `container type ${p.typeName} is defined differently elsewhere: ${p.how}; share one definition through spec/dictionary/ or give one a different typeName`,
  ),
  "inconsistent-shape": define<{ field: string; problem: string }>(
    "error",
    "A container without fields, a list without items, or fields/items on the wrong type.",
    "Give a container its fields and a list its items, or correct the field's type.",
    (p) => `field "${p.field}" ${p.problem}`,
  ),
  "dictionary-override": define<{ field: string; key: string }>(
    "error",
    "A field taken from the dictionary that tries to change what the field is (type, value list, format, content).",
    "Change the field in the dictionary, or write it out without from: dictionary.",
    (p) =>
      `field "${p.field}" is taken from the dictionary, so its ${KEY_WORDS[p.key] ?? p.key} cannot change here; change the dictionary, or write the field out without from:`,
  ),
  "value-not-in-list": define<{ value: string; where: string; list: string; suggestion: string | undefined }>(
    "error",
    "A value an operation's field takes (values:) or gives its own meaning (meanings:) that its value list does not have.",
    "Correct the value, or add it to the value list in spec/dictionary/ first.",
    (p) =>
      `value ${quoted(p.value)} of ${p.where} is not in value list "${p.list}"${hint(p.suggestion)} (add it to the list in spec/dictionary/ first)`,
  ),
  "meaning-not-taken": define<{ value: string; operation: string; field: string; values: string }>(
    "error",
    "An own meaning (meanings:) of a value that the field's values: leave out.",
    "Remove the meaning, or add the value to the field's values:.",
    (p) =>
      `meaning given for ${quoted(p.value)}, which ${p.operation}'s ${p.field} does not take (values: ${p.values}); remove it or add the value to values:`,
  ),
  "values-without-list": define<{ field: string; key: string }>(
    "error",
    "values: or meanings: on a field that has no value list.",
    "Give the field a value list (valueList:), or remove values: and meanings:.",
    (p) =>
      `field "${p.field}" has no value list, so it cannot have ${p.key}:; give it a valueList (or the dictionary's entry one)`,
  ),
  "values-in-container": define<{ field: string; key: string; container: string }>(
    "error",
    "values:, meanings: or a value list of its own on a field inside a container: a container is one type for every operation.",
    "Remove them here, and change the value list itself where every operation takes the change.",
    (p) =>
      `field "${p.field}" is inside container ${p.container}, which is one type for every operation, so it cannot have ${p.key}: of its own; change the value list instead`,
  ),
  "values-not-narrowing": define<{ field: string; list: string }>(
    "warning",
    "values: that lists every value of the list: it says nothing.",
    "Remove values:.",
    (p) => `values: of field "${p.field}" lists every value of ${p.list}; leave it out`,
  ),
  "meaning-as-shared": define<{ value: string; field: string; list: string }>(
    "warning",
    "An own meaning (meanings:) worded as the list's general meaning: it says nothing.",
    "Remove the own meaning, or word what this operation alone means by the value.",
    (p) =>
      `the meaning given for ${quoted(p.value)} of field "${p.field}" is the one value list "${p.list}" gives; leave it out`,
  ),
  "bad-format": define<{ value: string; expected: string }>(
    "error",
    "A malformed Sips format.",
    "Write the format as a class and a maximum length (N15, ANS512).",
    (p) => `malformed format "${p.value}": expected ${p.expected}`,
  ),
  "reserved-name": define<{ subject: string; why: string; suggestion: string }>(
    "error",
    "A name the generated package cannot use: a reserved word, a name of the runtime or a global, an Object.prototype member, a reserved file name.",
    "Rename it as the message suggests (a field keeps its wire name; a value takes name:, an operation or list another name).",
    (p) => `${p.subject} is ${p.why}; ${p.suggestion}`,
  ),
  "name-collision": define<{ name: string; what: string; other: string; suggestion: string }>(
    "error",
    "Two things of the spec that would export the same name.",
    "Rename one of the two, as the message suggests.",
    (p) => `${p.name} would be both ${p.what} and ${p.other}; ${p.suggestion}`,
  ),
  "case-collision": define<{ name: string; other: string }>(
    "error",
    "Two operations whose names differ only in letter case: their files collide on case-insensitive disks.",
    "Rename one of the two operations.",
    (p) =>
      `operation "${p.name}" differs from "${p.other}" only in letter case: their files (operations/${p.name}/, docs/${p.name}.md) would be one on case-insensitive file systems (macOS, Windows); rename one`,
  ),
  "family-slip": define<{ family: string; meant: string; operations: number }>(
    "warning",
    "An operation's family one slip away from another family of the spec (another case, a character left out, added or swapped with the next): the registry, the reference index and openapi.json (a tag) would name it apart.",
    "Write the family as the other operations do, or one that is no slip of another.",
    (p) =>
      `family "${p.family}" is one slip away from ${p.meant}, the family of ${p.operations} operation${p.operations === 1 ? "" : "s"}: the registry, the reference index and openapi.json (a tag of its own) would name it apart; write family: ${p.meant}, or a family that is no slip of another`,
  ),
  "unused-value-list": define<{ name: string }>(
    "warning",
    "A value list that no field uses.",
    "Take the list in the field that uses it (valueList:), or remove it.",
    (p) => `value list "${p.name}" is not used by any field`,
  ),
  "bad-example": define<{ field: string; value: string; problem: string }>(
    "error",
    "An example: that its own field would refuse (type, format, value list).",
    "Correct the example to a value the field takes, as Sips would send it.",
    (p) => `example "${p.value}" of field "${p.field}" ${p.problem}`,
  ),
  "missing-example": define<{ field: string; format: string }>(
    "warning",
    "A field with a format but no example: generated examples then only fit the format, they do not look like real data.",
    "Give the field an example Sips would send (example:).",
    (p) => `field "${p.field}" has format ${p.format} but no example; give it one that Sips would send (example:)`,
  ),
} as const;
