// A text matched as itself inside a regular expression: the sync's comment
// search and the dictionary-scope check both build patterns around names and
// families a maintainer writes, which may hold a dot or a parenthesis.

/** `text` with every character a regular expression gives a meaning escaped. */
export const regExpText = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
