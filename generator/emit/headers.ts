import { GENERATED_MARK } from "../write/output-dir.js";

/** The header of a JSON file, which has no comments: a $comment value. */
export const jsonHeader = (sources: readonly string[]): string => `Generated from ${sources.join(", ")} ${GENERATED_MARK}`;
