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
