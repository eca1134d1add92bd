/** The x-sips-* keywords of the emitted JSON Schemas, declared to ajv's strict mode. */
export const SIPS_KEYWORDS = [
  "x-sips-presence",
  "x-sips-since",
  "x-sips-condition",
  "x-sips-notes",
  "x-sips-sensitive",
  "x-sips-format",
  "x-sips-value-list",
  "x-sips-values",
  "x-sips-prefixes",
  "x-sips-operation",
  "x-sips-seal-fields",
  "x-sips-encoding",
  "x-sips-facts-stop",
];
