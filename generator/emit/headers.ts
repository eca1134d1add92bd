import { headerText } from "../write/output-dir.js";

/** The header of a JSON file, which has no comments: a $comment value (or x-generated in OpenAPI), near the top. */
export const jsonHeader = (sources: readonly string[]): string => headerText(sources);
