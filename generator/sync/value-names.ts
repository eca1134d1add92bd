// The constant name sync gives a value of a list that is not an identifier by
// itself ("00"): the first words of its general meaning.

/** "Transaction initialized" -> TRANSACTION_INITIALIZED; "V_00" when the meaning gives nothing usable. */
export function nameFromMeaning(value: string, meaning: string): string {
  const words = meaning
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9 ]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5);
  const name = words.join("_").toUpperCase();
  return /^[A-Z]/.test(name) ? name : `V_${value.replace(/[^A-Za-z0-9]+/g, "_")}`;
}
