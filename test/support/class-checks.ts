// The runtime's check of each character class (runtime/formats.ts), by the
// class's name, for the tests that hold every class to something else (its
// pattern, the data dictionary's page, the changes' table of inclusions).
import {
  type FormatClass,
  conformsA,
  conformsAN,
  conformsANS,
  conformsANSU,
  conformsANU,
  conformsN,
} from "../../generated/runtime/formats.js";

export const CONFORMS: Record<FormatClass, (text: string) => boolean> = {
  N: conformsN,
  A: conformsA,
  AN: conformsAN,
  ANS: conformsANS,
  ANU: conformsANU,
  ANSU: conformsANSU,
};

/** Every class, in the order of FORMAT_PATTERNS. */
export const CLASSES = Object.keys(CONFORMS) as FormatClass[];
