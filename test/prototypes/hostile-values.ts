// Hostile variants of a message, for differential tests between two
// implementations of the same validator: the same input given to both must
// give the same result. Each variant is built afresh for each side, so that
// getters and proxies that count their reads see the same history.
import fc from "fast-check";

export type Variant = (message: Record<string, unknown>) => { value: unknown; reads: () => number };

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

/** The variants: as is, JSON round trip, null prototype, class instance, `__proto__` as an own key, getters, proxies, a cycle, lists turned into proxies. */
export function variantArb(keys: readonly string[]): fc.Arbitrary<Variant> {
  const key = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant("seal");
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant<Variant>((m) => counted(m)) },
    { weight: 2, arbitrary: fc.constant<Variant>((m) => counted(JSON.parse(JSON.stringify(m)))) },
    { weight: 1, arbitrary: fc.constant<Variant>((m) => counted(Object.assign(Object.create(null), m))) },
    { weight: 1, arbitrary: fc.constant<Variant>((m) => counted(new Instance(m))) },
    {
      weight: 1,
      arbitrary: fc.jsonValue({ maxDepth: 1 }).map<Variant>(
        (proto) => (m) => counted(JSON.parse(`{"__proto__":${JSON.stringify(proto)},${JSON.stringify(m).slice(1)}`.replace(",}", "}"))),
      ),
    },
    { weight: 1, arbitrary: fc.constant<Variant>((m) => withGetters(m, null)) },
    { weight: 1, arbitrary: key.map<Variant>((k) => (m) => withGetters(m, k)) },
    { weight: 1, arbitrary: fc.constant<Variant>((m) => proxied({ ...m }, null)) },
    { weight: 1, arbitrary: key.map<Variant>((k) => (m) => proxied({ ...m }, k)) },
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
        // Every list of the message becomes a transparent proxy of itself. Its
        // length is not counted: today's loop reads it at each item, the new one once.
        let reads = 0;
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(m))
          out[k] = Array.isArray(v)
            ? new Proxy(v, {
                get(t, p, r) {
                  if (p !== "length") reads++;
                  return Reflect.get(t, p, r);
                },
              })
            : v;
        return { value: out, reads: () => reads };
      }),
    },
  );
}
