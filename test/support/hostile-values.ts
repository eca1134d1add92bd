// Hostile variants of a message, for differential tests between two
// implementations of the same rule (two generators' validators, a fast
// sealing string and the generic one): the same input given to both must give
// the same result. Each variant is built afresh for each side, so that getters
// and proxies that count their reads see the same history.
import fc from "fast-check";

/**
 * A message made hostile, and a count of the reads its getters and proxies
 * saw. `readsDiffer`: an object that is not plain is refused after its fields
 * are read by the current validators, before by the previous ones, so only
 * the results of both are compared, not their reads.
 */
export type Variant = (message: Record<string, unknown>) => {
  value: unknown;
  reads: () => number;
  readsDiffer?: boolean;
};

const counted = (value: unknown) => ({ value, reads: () => 0 });

/** Copies `message` into an object whose own fields are getters, counting reads; `throwOn` throws instead. */
function withGetters(message: Record<string, unknown>, throwOn: string | null) {
  let reads = 0;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(message))
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        reads++;
        if (key === throwOn) throw new Error("hostile getter");
        return value;
      },
    });
  return { value: out, reads: () => reads };
}

/**
 * A copy of `fields` (a plain object, or one without prototype) with one more
 * own key, unknown to every message, whose getter throws: the validators
 * report that key without its value and check the rest.
 */
function withThrowingUnknownKey(fields: Record<string, unknown>, prototype: object | null = Object.prototype) {
  const out = Object.assign(Object.create(prototype) as object, fields);
  return Object.defineProperty(out, "hostileKey", {
    enumerable: true,
    get() {
      throw new Error("hostile unknown key");
    },
  }) as Record<string, unknown>;
}

/** A transparent proxy that counts its traps; `throwOn` makes `get` of that key throw. */
function proxied(target: object, throwOn: string | null) {
  let reads = 0;
  const value = new Proxy(target, {
    get(t, key, receiver) {
      reads++;
      if (key === throwOn) throw new Error("hostile proxy");
      return Reflect.get(t, key, receiver);
    },
    ownKeys(t) {
      reads++;
      return Reflect.ownKeys(t);
    },
    getPrototypeOf(t) {
      reads++;
      return Reflect.getPrototypeOf(t);
    },
  });
  return { value, reads: () => reads };
}

class Instance {
  constructor(fields: Record<string, unknown>) {
    Object.assign(this, fields);
  }
}

/**
 * Each list's items made hostile, all the same way (one way throws, which
 * would hide the others): a proxy of an instance (not a plain object) whose
 * first read throws, a null-prototype copy, a list holding the item's fields
 * as its own keys, a proxy of a plain object whose first read throws, a copy
 * without prototype with an unknown key whose getter throws.
 */
function hostileItems(message: Record<string, unknown>, which: number) {
  let reads = 0;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(message)) {
    if (!Array.isArray(v)) {
      out[k] = v;
      continue;
    }
    out[k] = v.map((item: unknown) => {
      if (typeof item !== "object" || item === null) return item;
      const fields = item as Record<string, unknown>;
      switch (which) {
        case 0:
          return proxied(new Instance(fields), Object.keys(fields)[0] ?? "x").value;
        case 1:
          return Object.assign(Object.create(null), fields);
        case 2:
          // Sealed by index (nothing), refused by the validators.
          return Object.assign([], fields);
        case 3:
          return new Proxy(
            { ...fields },
            {
              get(t, p, r) {
                reads++;
                if (p === Object.keys(fields)[0]) throw new Error("hostile item");
                return Reflect.get(t, p, r);
              },
            },
          );
        default:
          return withThrowingUnknownKey(fields, null);
      }
    });
  }
  return { value: out, reads: () => reads };
}

/** The variants: as is, JSON round trip, null prototype, class instance, `__proto__` as an own key, getters, proxies, an unknown key whose getter throws, a cycle, lists turned into proxies. */
export function variantArb(keys: readonly string[]): fc.Arbitrary<Variant> {
  const key = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant("seal");
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant<Variant>((m) => counted(m)) },
    { weight: 2, arbitrary: fc.constant<Variant>((m) => counted(JSON.parse(JSON.stringify(m)))) },
    { weight: 1, arbitrary: fc.constant<Variant>((m) => counted(Object.assign(Object.create(null), m))) },
    { weight: 1, arbitrary: fc.constant<Variant>((m) => counted(new Instance(m))) },
    {
      weight: 1,
      arbitrary: fc
        .jsonValue({ maxDepth: 1 })
        .map<Variant>(
          (proto) => (m) =>
            counted(
              JSON.parse(`{"__proto__":${JSON.stringify(proto)},${JSON.stringify(m).slice(1)}`.replace(",}", "}")),
            ),
        ),
    },
    { weight: 1, arbitrary: fc.constant<Variant>((m) => withGetters(m, null)) },
    { weight: 1, arbitrary: key.map<Variant>((k) => (m) => withGetters(m, k)) },
    { weight: 1, arbitrary: fc.constant<Variant>((m) => proxied({ ...m }, null)) },
    { weight: 1, arbitrary: key.map<Variant>((k) => (m) => proxied({ ...m }, k)) },
    { weight: 1, arbitrary: fc.constant<Variant>((m) => counted(withThrowingUnknownKey(m))) },
    // Not plain objects whose reads throw: refused as not objects, not as unreadable.
    { weight: 1, arbitrary: key.map<Variant>((k) => (m) => ({ ...proxied(new Instance(m), k), readsDiffer: true })) },
    {
      weight: 1,
      arbitrary: key.map<Variant>((k) => (m) => ({ ...proxied(Object.assign([], m), k), readsDiffer: true })),
    },
    {
      weight: 2,
      arbitrary: fc.nat(4).map<Variant>((which) => (m) => ({ ...hostileItems(m, which), readsDiffer: true })),
    },
    {
      weight: 1,
      arbitrary: key.map<Variant>((k) => (m) => {
        const cyclic: Record<string, unknown> = { ...m };
        cyclic[k] = [cyclic, { back: cyclic }];
        return counted(cyclic);
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constant<Variant>((m) => {
        // Every list of the message becomes a transparent proxy of itself. Only
        // its items are counted: the previous loop read the length at each
        // item, the current one once; and a list where a container belongs is
        // now refused after its fields are read, as any object that is not plain.
        let reads = 0;
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(m))
          out[k] = Array.isArray(v)
            ? new Proxy(v, {
                get(t, p, r) {
                  if (typeof p === "string" && /^\d+$/.test(p)) reads++;
                  return Reflect.get(t, p, r);
                },
              })
            : v;
        return { value: out, reads: () => reads };
      }),
    },
  );
}
