// Where a request's secrets are in a text, and the text with each of them
// masked: every occurrence of every secret, including those that overlap (a
// security code whose last digits are the card number's first) or that lie
// within another, so that no character of any secret is left shown.

/** Every secret's expression, and one for the start of a secret at a text's end. */
export interface SecretPattern {
  /** One global expression per secret: each finds its secret's occurrences, whatever the others match. */
  readonly each: readonly RegExp[];
  /** Each secret's characters, and whether it may be printed in groups: to find a text cut inside one (cutStart). */
  readonly secrets: readonly { readonly chars: readonly string[]; readonly grouped: boolean }[];
}

/**
 * The pattern of `secrets` (none empty); null when there is none. A secret of letters and digits matches with a
 * space or a dash between any two of its characters too, as a page may print a card number or an IBAN in groups.
 */
export function secretPattern(secrets: readonly string[]): SecretPattern | null {
  if (secrets.length === 0) return null;
  // The cut is found by a scan, not by an expression nested once a character ("a(?:b(?:c)?)?$"): V8 compiles such
  // an expression in time that grows with the square of its depth, and aborts the process on one of a few thousand.
  return {
    each: secrets.map((secret) => new RegExp(unitsOf(secret).join(""), "g")),
    secrets: secrets.map((secret) => ({ chars: Array.from(secret), grouped: isGrouped(secret) })),
  };
}

/**
 * Where `text` ends inside a secret: the first index from which the rest of it is the first one, two or more
 * characters of a secret (all of them: a secret whole), a grouped secret's with a separator before any character
 * but the first, and after the last one read (the cut falling between a group and the next); null for none.
 */
function cutStart(text: string, secrets: SecretPattern["secrets"]): number | null {
  let first: number | null = null;
  for (const { chars, grouped } of secrets) {
    // A secret printed in groups is at most twice as long as written: its start lies no further back.
    const from = Math.max(0, text.length - 2 * chars.join("").length);
    for (let at = from; at < (first ?? text.length); at++)
      if (endsInside(text, at, chars, grouped)) {
        first = at;
        break;
      }
  }
  return first;
}

/** Whether `text` from `at` to its end is the start of the secret `chars`, as the pattern of `each` reads it. */
function endsInside(text: string, at: number, chars: readonly string[], grouped: boolean): boolean {
  let i = at;
  for (const [n, c] of chars.entries()) {
    if (grouped && n > 0 && i < text.length && (text[i] === " " || text[i] === "-")) i++;
    if (i === text.length) return n > 0;
    if (!text.startsWith(c, i)) return false;
    i += c.length;
  }
  // The whole secret, and at most a separator after it.
  return i === text.length || (grouped && i === text.length - 1 && (text[i] === " " || text[i] === "-"));
}

/**
 * `text` with every character of every occurrence of a secret replaced: each run of occurrences that overlap by
 * `mask` once (occurrences that only touch, each by its own); `cut`: the text may end inside a secret, whose start
 * is masked too. The text as it is when nothing is found.
 */
export function maskedText(text: string, pattern: SecretPattern, mask: string, cut: boolean): string {
  const spans: [number, number][] = [];
  for (const expression of pattern.each) {
    expression.lastIndex = 0;
    for (let found = expression.exec(text); found !== null; found = expression.exec(text)) {
      spans.push([found.index, found.index + found[0].length]);
      // The next occurrence may start inside this one ("1212" twice in "121212").
      expression.lastIndex = found.index + 1;
    }
  }
  const start = cut ? cutStart(text, pattern.secrets) : null;
  if (start !== null) spans.push([start, text.length]);
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = "";
  let shown = 0;
  let [from, to] = spans[0] as [number, number];
  for (const [s, e] of spans) {
    if (s < to) to = Math.max(to, e);
    else {
      out += `${text.slice(shown, from)}${mask}`;
      shown = to;
      [from, to] = [s, e];
    }
  }
  return `${out}${text.slice(shown, from)}${mask}${text.slice(to)}`;
}

/**
 * Whether a secret may be printed in groups: one of letters and digits, as a card number is in groups of four
 * digits and an IBAN in groups of four characters ("FR76 3000 6000 ...", its printed form).
 */
const isGrouped = (secret: string): boolean => /^[A-Za-z0-9]+$/.test(secret);

/** What may stand between two groups of a grouped secret: a space or a dash, or nothing. */
const SEPARATOR = "[ -]?";

/** A secret's characters as expressions: each escaped; a character of a grouped secret may follow a separator. */
function unitsOf(secret: string): string[] {
  const grouped = isGrouped(secret);
  return Array.from(secret, (c, i) =>
    grouped ? (i === 0 ? c : `${SEPARATOR}${c}`) : c.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&"),
  );
}
