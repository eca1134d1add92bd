// A prefix list keeps each value as the page prints it ("AB_x.x", "CD_EF_2.")
// and, apart, the interface prefix it stands for: what an interfaceVersion
// starts with and a version number follows ("AB_", "CD_EF_"), as the pages
// compose one ("a prefix ... and a version number (e.g. CD_EF_2.47)").

/** An interface prefix: upper-case words each followed by "_" (the spec schema's `prefix`). */
const LEADING_PREFIX = /^[A-Z]+(?:_[A-Z]+)*_/;

/**
 * The interface prefix of a prefix list's value: its declared `prefix`, else
 * the longest start of the printed text made of upper-case words each followed
 * by "_"; undefined when the text has none. A declared prefix is returned
 * as it is: whether it starts the text is the validator's to say.
 */
export function listPrefixOf(printed: string, declared: string | undefined): string | undefined {
  return declared ?? LEADING_PREFIX.exec(printed)?.[0];
}

/**
 * What follows the prefix in a printed value: a major, then perhaps a dot and
 * a minor's first digits. Text after them says no more of the version: the
 * lowest version, and the validators' checks, do not hang on how a page words the rest.
 */
const VERSION_START = /^(\d+)(?:\.(\d*))?/;

/**
 * The lowest version a prefix list's printed value allows after its prefix:
 * "CD_EF_2." and "CD_EF_2" start 2.0 and above, "CD_EF_2.4" 2.4 (2.40 to 2.49
 * too) and above; null where the value says nothing of the version
 * ("AB_x.x", "CD_EF_") or does not start with the prefix.
 */
export function printedVersion(printed: string, prefix: string): { major: number; minor: number } | null {
  const read = printed.startsWith(prefix) ? VERSION_START.exec(printed.slice(prefix.length)) : null;
  return read ? { major: Number(read[1]), minor: Number(read[2] || "0") } : null;
}
