// The two questions a walk of parsed JSON or YAML asks of a value it has not
// checked: is it a mapping, and what list does it hold.

/** Whether a value is a mapping (an object that is not a list). */
export const isMapping = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A value's items when it is a list; none otherwise. */
export const itemsOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
