// An object's keys in code-point order, the order of a sealing string's
// fields (sealing-string.ts), whatever characters they hold.

/**
 * An object's own keys in code-point order. Sips names are ASCII, whose UTF-16
 * order (the default sort's) is code-point order; a key with a character past
 * U+FFFF, written as two surrogates, sorts before one of U+E000 to U+FFFF in
 * UTF-16 and after it by code point, so such keys are sorted again.
 */
export function keysInCodePointOrder(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record).sort();
  for (const key of keys) if (SURROGATE.test(key)) return keys.sort(compareCodePoints);
  return keys;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Code-point order of two texts: a lone surrogate is the code point of its own value. */
function compareCodePoints(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(i) as number;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}
