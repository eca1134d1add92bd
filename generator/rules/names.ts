// Name conversions shared by every stage, so that a field or an operation is
// spelled the same way in types, constants and docs.

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** someOperation -> SomeOperation */
export const pascalCase = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** someOperation -> SOME_OPERATION, a10Reference -> A10_REFERENCE */
export const constantCase = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1_$2")
    .toUpperCase();

/**
 * Key of a value in its list's const object: the given name, or the value with
 * punctuation runs replaced by "_" (HMAC-SHA-256 -> HMAC_SHA_256). Undefined
 * when that is not an identifier (e.g. "00"), in which case the spec must name it.
 */
export function constantKeyOf(value: string, name: string | undefined): string | undefined {
  if (name !== undefined) return name;
  const derived = withoutEdgeUnderscores(value.replace(/[^A-Za-z0-9_]+/g, "_"));
  return IDENTIFIER.test(derived) ? derived : undefined;
}

/** `__a_b__` -> `a_b`, by a scan: `/_+$/` would go over a run of underscores from each of its characters. */
function withoutEdgeUnderscores(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === "_") start++;
  while (end > start && text[end - 1] === "_") end--;
  return text.slice(start, end);
}

/** SomeOperationRequest -> someOperationRequest */
export const camelCase = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
