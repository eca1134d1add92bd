// The merchant's secret key, as every function that seals or verifies takes it.

/**
 * A key that is not a non-empty string is a programmer error, reported
 * without showing it.
 */
export function assertSecretKey(secretKey: unknown): asserts secretKey is string {
  if (typeof secretKey !== "string" || secretKey === "") throw new TypeError("secretKey must be a non-empty string");
}
