// fast-check arbitraries of Sips messages built from the registry's field
// descriptors: mostly plausible values (so that many messages are valid), with
// wrong types, unknown fields and arbitrary JSON mixed in; one message in six
// of plausible values alone, so that a message of many fields, whose every
// field may go wrong, is still valid often enough; and one in six of plausible
// values with one field changed, so that one problem alone is drawn as often.
import fc from "fast-check";
import type { FieldDescriptor, ItemDescriptor } from "../../generated/index.js";

type Json = unknown;

/** Texts around a Sips format: inside its class and length, one too long, other characters. */
function textFor(format: string | null, exactlyOver = false, clean = false): fc.Arbitrary<string> {
  const match = format ? /^([A-Z]+)(\d+)$/.exec(format) : null;
  if (!match) return fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 6 }));
  const [, charClass = "", max = "0"] = match;
  const n = Number(max);
  // Mostly within the length, sometimes one character over: both strings built once, not one per draw (a chain).
  // Lengths drawn up to n + 1 are most often short: with `exactlyOver`, the one over is n + 1 long.
  const text = (unit: fc.Arbitrary<string> | "binary-ascii" | "grapheme") =>
    clean
      ? fc.string({ unit, maxLength: n })
      : fc.oneof(
          { arbitrary: fc.string({ unit, maxLength: n }), weight: 6 },
          { arbitrary: fc.string({ unit, minLength: exactlyOver ? n + 1 : 0, maxLength: n + 1 }), weight: 1 },
        );
  const digits = text(fc.constantFrom(..."0123456789"));
  const letters = text(fc.constantFrom(..."abcXYZé"));
  const ascii = text("binary-ascii");
  const unicode = text("grapheme");
  const conforming: Record<string, fc.Arbitrary<string>> = {
    N: digits,
    A: text(fc.constantFrom(..."abcXYZ")),
    AN: text(fc.constantFrom(..."aZ09")),
    ANS: text(fc.constantFrom(..."a Z~!09")),
    ANU: letters,
    ANSU: unicode,
  };
  if (clean) return conforming[charClass] ?? unicode;
  return fc.oneof(
    { arbitrary: conforming[charClass] ?? unicode, weight: 8 },
    { arbitrary: fc.oneof(ascii, unicode, letters), weight: 1 },
  );
}

function versionFor(prefix: string, clean: boolean): fc.Arbitrary<string> {
  const known = fc.constantFrom(`${prefix}2.37`, `${prefix}2.55`, `${prefix}3.0`, `${prefix}10.0`);
  if (clean) return known;
  const number = fc.oneof(fc.nat(4).map(String), fc.nat(60).map(String), fc.constantFrom("00", "01", "010", "99999"));
  return fc.oneof(
    { arbitrary: known, weight: 6 },
    { arbitrary: fc.tuple(number, number).map(([a, b]) => `${prefix}${a}.${b}`), weight: 2 },
    {
      arbitrary: fc.constantFrom(`${prefix}2.36`, `${prefix}2.5`, `${prefix}1.0`, `${prefix}2`, "IR_XX_2.37"),
      weight: 1,
    },
  );
}

export interface ArbitraryOptions {
  /** The prefix of the operation's interfaceVersion. */
  readonly prefix: string;
  /** Names a message never has, to add as unknown fields. */
  readonly unknownKeys: readonly string[];
  /** One draw in how many leaves a required field out: 40 unless given. */
  readonly requiredAbsentOneIn?: number;
  /** A text one character over its format's length is exactly that long, where it is most often short by default. */
  readonly exactlyOver?: boolean;
}

/** The options of one draw: `clean` when every value is a plausible one, with no unknown field. */
interface DrawOptions extends ArbitraryOptions {
  readonly clean: boolean;
}

/** A field's list: the values the operation takes, and the rest of the list's vocabulary. */
interface ListValues {
  readonly own: readonly string[];
  readonly others: readonly string[];
}

function scalar(
  type: string,
  format: string | null,
  values: ListValues | null,
  options: DrawOptions,
): fc.Arbitrary<Json> {
  if (type === "integer") {
    if (options.clean) return fc.integer({ min: 0, max: 2_000 });
    return fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 2_000 }), weight: 6 },
      {
        arbitrary: fc.oneof(fc.integer(), fc.constantFrom(-1, 1e12, 1e21, 9_999_999_999, 10_000_000_000, 0.5, -0)),
        weight: 1,
      },
    );
  }
  if (type === "interfaceVersion") return versionFor(options.prefix, options.clean);
  // Mostly the operation's own values, whatever share of the list it takes (4 currencies of 47), so that a message
  // of several such fields is still valid often enough; the list's other values and other texts now and then.
  if (values && options.clean) return fc.constantFrom(...values.own);
  if (values)
    return fc.oneof(
      { arbitrary: fc.constantFrom(...values.own), weight: 8 },
      ...(values.others.length > 0 ? [{ arbitrary: fc.constantFrom(...values.others), weight: 1 }] : []),
      { arbitrary: textFor(format, options.exactlyOver), weight: 1 },
    );
  return textFor(format, options.exactlyOver, options.clean);
}

/** Every value of the list, the operation's own and the others: both sides of its check are drawn. */
function listValues(list: FieldDescriptor["valueList"]): ListValues | null {
  if (!list) return null;
  const own = [...new Set(list.values.map((v) => v.value))];
  const others = [...new Set(list.vocabulary.map((v) => v.value))].filter((v) => !own.includes(v));
  return own.length > 0 ? { own, others } : { own: others, others: [] };
}

function itemArb(item: ItemDescriptor, options: DrawOptions): fc.Arbitrary<Json> {
  if (item.type === "container" && item.fields) return objectOf(item.fields, options);
  return scalar(item.type, item.format, listValues(item.valueList), options);
}

export function valueArb(field: FieldDescriptor, options: ArbitraryOptions): fc.Arbitrary<Json> {
  return fieldValue(field, { ...options, clean: false });
}

function fieldValue(field: FieldDescriptor, options: DrawOptions): fc.Arbitrary<Json> {
  const plausible = (() => {
    if (field.type === "container" && field.fields) return objectOf(field.fields, options);
    if (field.type === "list" && field.items) return fc.array(itemArb(field.items, options), { maxLength: 3 });
    return scalar(field.type, field.format, listValues(field.valueList), options);
  })();
  if (options.clean) return plausible;
  return fc.oneof({ arbitrary: plausible, weight: 40 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 });
}

/**
 * An object with some of the fields (required ones most of the time) and now and then an unknown one; one in six
 * of plausible values alone, whatever the number of fields: each field's own chance of going wrong, small as it
 * is, left a message of many fields (nested containers, many listed values) valid too seldom to test both outcomes.
 */
export function objectArb(
  fields: readonly FieldDescriptor[],
  options: ArbitraryOptions,
): fc.Arbitrary<Record<string, Json>> {
  const clean = objectOf(fields, { ...options, clean: true });
  return fc.oneof(
    { arbitrary: objectOf(fields, { ...options, clean: false }), weight: 4 },
    { arbitrary: clean, weight: 1 },
    { arbitrary: oneChanged(clean, fields, options), weight: 1 },
  );
}

/**
 * A message of plausible values with one thing changed: a field's value drawn as any draw may be, or the field
 * left out: a validator that misses a problem only when it is the message's one problem is caught there, however
 * many fields the message has (in a message drawn field by field, the more fields, the rarer one problem alone).
 */
function oneChanged(
  clean: fc.Arbitrary<Record<string, Json>>,
  fields: readonly FieldDescriptor[],
  options: ArbitraryOptions,
): fc.Arbitrary<Record<string, Json>> {
  if (fields.length === 0) return clean;
  return fc.tuple(clean, fc.nat(fields.length - 1)).chain(([message, i]) => {
    const field = fields[i] as FieldDescriptor;
    return fc.option(wrongValue(field, options), { freq: 6, nil: undefined }).map((value) => {
      const out: Record<string, Json> = { ...message };
      if (value === undefined) delete out[field.name];
      else out[field.name] = value;
      return out;
    });
  });
}

function objectOf(fields: readonly FieldDescriptor[], options: DrawOptions): fc.Arbitrary<Record<string, Json>> {
  const entries = fields.map((field) =>
    (field.presence === "required" && options.clean
      ? fieldValue(field, options)
      : fc.option(fieldValue(field, options), {
          freq: field.presence === "required" ? (options.requiredAbsentOneIn ?? 40) : 2,
          nil: undefined,
        })
    ).map((value) => [field.name, value] as const),
  );
  if (options.clean)
    return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)));
  const unknown = fc.option(fc.tuple(fc.constantFrom(...options.unknownKeys), fc.jsonValue({ maxDepth: 1 })), {
    freq: 10,
    nil: undefined,
  });
  return fc.tuple(fc.tuple(...entries), unknown).map(([pairs, extra]) => {
    const out: Record<string, Json> = {};
    for (const [name, value] of pairs) if (value !== undefined) out[name] = value;
    // Defined, not assigned: `out["__proto__"] = v` would set the prototype (or do nothing), where a
    // message parsed from JSON has an own key of that name.
    if (extra)
      Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true });
    return out;
  });
}

/** A value that is wrong for the field, in one of the ways a field can be: its type, its format, its length, its list. */
function wrongValue(field: FieldDescriptor, options: ArbitraryOptions): fc.Arbitrary<Json> {
  const typeWrong = field.type === "integer" ? fc.constantFrom("12", true) : fc.constantFrom(12, false, null);
  if (field.type === "container" && field.fields) {
    const inner = field.fields;
    return fc.oneof(typeWrong, oneChanged(objectOf(inner, { ...options, clean: true }), inner, options));
  }
  if (field.type === "list") return fc.oneof(typeWrong, fc.constant({}));
  if (field.type === "integer") return fc.oneof(typeWrong, fc.constantFrom(-1, 0.5, 1e21));
  if (field.type === "interfaceVersion")
    return fc.constantFrom(`${options.prefix}2`, `${options.prefix}010.1`, `${options.prefix}1e3.0`, "IR_XX_2.37");
  const values = listValues(field.valueList);
  if (values) return fc.oneof(typeWrong, fc.constantFrom("(not a value)", ...values.others));
  const match = /^([A-Z]+)(\d+)$/.exec(field.format ?? "");
  if (!match) return typeWrong;
  const n = Number(match[2]);
  return fc.oneof(typeWrong, fc.constant("9".repeat(n + 1)), ...(match[1] === "N" ? [fc.constant("1a")] : []));
}

/**
 * The issue codes that `objectArb`'s messages of these fields reach, errors and
 * warnings together, for the counters of a property: an unknown field; a value
 * of the wrong type; a required field absent; a value outside a field's list;
 * a text one character too long (where no value list takes precedence); an interfaceVersion without its prefix.
 */
export function reachedCodes(fields: readonly FieldDescriptor[]): ReadonlySet<string> {
  const codes = new Set(["unknown-field"]);
  if (fields.length > 0) codes.add("type");
  for (const field of fields) {
    if (field.presence === "required") codes.add("required");
    // An interfaceVersion's list is of prefixes, and the operation's own is the one it may have.
    if (field.valueList && field.type !== "interfaceVersion") codes.add("unknown-value");
    // A field with a value list is checked against its list, not its format.
    if (field.type === "string" && !field.valueList && /^[A-Z]+\d+$/.test(field.format ?? "")) codes.add("max-length");
    if (field.type === "interfaceVersion") codes.add("interface-version");
  }
  return codes;
}
