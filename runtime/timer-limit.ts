// The longest delay a timer keeps: Node holds it as a signed 32-bit count of
// milliseconds, and a longer one fires at once (AbortSignal.timeout too).

/** The longest timeout a timer can keep (2^31 - 1 ms). */
export const MAX_TIMEOUT_MS = 2_147_483_647;
