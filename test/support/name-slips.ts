// The slips of a field's name that the runtime's slip rule and the types'
// NearNames take for a typo: a character left out, doubled or swapped with
// its neighbour, the name in lower case, or its first letter a capital.

export const SLIP_KINDS = ["omitted", "doubled", "swapped", "lower", "capital"] as const;
export type SlipKind = (typeof SLIP_KINDS)[number];

/** `name` with the slip `kind` at `at`, taken modulo its length (a swap at its last character leaves it as it is). */
export function slipped(name: string, kind: SlipKind, at: number): string {
  const i = name.length === 0 ? 0 : at % name.length;
  switch (kind) {
    case "omitted":
      return name.slice(0, i) + name.slice(i + 1);
    case "doubled":
      return name.slice(0, i + 1) + name.slice(i);
    case "swapped":
      return name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2);
    case "lower":
      return name.toLowerCase();
    case "capital":
      return name.charAt(0).toUpperCase() + name.slice(1);
  }
}
