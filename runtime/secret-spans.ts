// Where a request's secrets are in a text, and the text with each of them
// masked: every occurrence of every secret, including those that overlap (a
// security code whose last digits are the card number's first) or that lie
// within another, so that no character of any secret is left shown.

/** Every secret's expression, and one for the start of a secret at a text's end. */
export interface SecretPattern {
  /** One global expression per secret: each finds its secret's occurrences, whatever the others match. */
  readonly each: readonly RegExp[];
  /** The text ends with the first one, two or more units of a secret (a text cut inside one). */
  readonly end: RegExp;
}

/**
 * The pattern of `secrets` (none empty); null when there is none. A secret of letters and digits matches with a
 * space or a dash between any two of its characters too, as a page may print a card number or an IBAN in groups.
 */
export function secretPattern(secrets: readonly string[]): SecretPattern | null {
  if (secrets.length === 0) return null;
  const units = secrets.map(unitsOf);
  // "a(?:b(?:c)?)?$": the text ends with the first one, two or more units of a secret (all of them: a secret whole);
  // a grouped secret's start may end with its separator, the cut falling between a group and the next.
  const end = units.map(
    (u, i) =>
      `${u.reduceRight((rest, unit) => `${unit}(?:${rest})?`)}${isGrouped(secrets[i] as string) ? SEPARATOR : ""}`,
  );
  return { each: units.map((u) => new RegExp(u.join(""), "g")), end: new RegExp(`(?:${end.join("|")})$`) };
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
  const start = cut ? pattern.end.exec(text) : null;
  if (start !== null) spans.push([start.index, text.length]);
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
