// Hand-built message descriptors standing in for the Paypage POST request
// (paymentWebInit) and response until the spec describes them: field facts
// after the data dictionary (docs in /work/shared), enough of them to cover
// every type the POST interface carries (integers, text, value lists, a
// container, lists). Their checks are built from the descriptors, one per
// field, with the runtime's own issue helpers, lenient for responses as
// generated validators are; the response's decoding uses the validator the
// generator writes from the same facts (test/support/paypage-fixture.ts).
import type { FieldDescriptor, ItemDescriptor, ValidateOptions, ValidationResult } from "../../generated/index.js";
import {
  FORMAT_PATTERNS,
  formatCharsIssue,
  formatCharsText,
  formatLengthIssue,
  formatLengthText,
  integerFormatIssue,
  integerFormatTexts,
  type FormatClass,
} from "../../generated/runtime/formats.js";
import { notAnObject, pinnedVersionError, sinceIssue, unreadable } from "../../generated/runtime/issues.js";
import { unknownValueText } from "../../generated/runtime/value-list-text.js";
import {
  expectedInteger,
  expectedList,
  expectedObject,
  expectedString,
  missingField,
  unknownField,
  unknownValue,
} from "./issue-helpers.js";
import { addError, addLenient, failure, type Found, resultOf } from "../../generated/runtime/validation.js";
import type { ValidationIssue } from "../../generated/runtime/validation-types.js";
import { hasOwn, isPlainObject } from "../../generated/runtime/message-reads.js";
import { checkedVersion } from "../../generated/runtime/interface-version.js";
import { pointer } from "../../generated/runtime/json-pointer.js";
import { textField } from "./field-descriptor.js";
import {
  PAYPAGE_RESPONSE_FIELDS,
  validatePaypageResponse,
} from "../fixtures/paypage-response/generated/operations/paymentWebInit/callback.js";

type Spec = Partial<Omit<FieldDescriptor, "name" | "valueList">> & {
  values?: readonly string[];
  /** Each value's meaning; the value itself when absent. */
  meaningOf?: (value: string) => string;
};

function field(name: string, spec: Spec): FieldDescriptor {
  const { values, meaningOf, ...rest } = spec;
  return textField(name, { ...rest, valueList: values ? listOf(name, values, meaningOf) : null });
}

/** A value list every operation takes whole: its values are its vocabulary. */
function listOf(
  name: string,
  values: readonly string[],
  meaningOf = (value: string) => value,
): NonNullable<FieldDescriptor["valueList"]> {
  const described = values.map((value) => ({ value, meanings: [meaningOf(value)] }));
  // Named as the generator names a list after its field: its type name, in PascalCase.
  return {
    name: `${name[0]?.toUpperCase()}${name.slice(1)}`,
    match: "exact",
    values: described,
    vocabulary: described,
  };
}

const text = (format: string, presence: FieldDescriptor["presence"] = "optional", since: string | null = null) =>
  ({ format, presence, since }) as const;
const integer = (format: string, presence: FieldDescriptor["presence"] = "optional") =>
  ({ type: "integer", format, presence }) as const;
const stringItems: ItemDescriptor = { type: "string", format: "ANS20", valueList: null, fields: null };
const integerItems: ItemDescriptor = { type: "integer", format: "N12", valueList: null, fields: null };

const customerContact = field("customerContact", {
  type: "container",
  fields: [field("firstname", text("ANSU50")), field("lastname", text("ANSU50")), field("email", text("ANS128"))],
});
const instalmentData = field("instalmentData", {
  type: "container",
  fields: [
    field("number", integer("N2")),
    field("amountsList", { type: "list", items: integerItems }),
    field("datesList", { type: "list", items: { ...stringItems, format: "N8" } }),
  ],
});

/** The request's fields in the order of Data in the published request vectors (Sips documentation example, OmniKassa). */
export const REQUEST_FIELDS: readonly FieldDescriptor[] = [
  field("amount", integer("N12", "required")),
  field("currencyCode", text("N3", "required")),
  field("merchantId", text("N15", "required")),
  field("normalReturnUrl", text("ANS512", "required")),
  field("automaticResponseUrl", text("ANS512")),
  field("transactionReference", text("AN35")),
  field("orderId", text("ANS32")),
  field("keyVersion", integer("N10", "required")),
  field("paymentMeanBrandList", { type: "list", items: stringItems }),
  field("returnContext", text("ANSU255")),
  field("captureDay", integer("N3")),
  field("captureMode", { ...text("ANS20"), values: ["AUTHOR_CAPTURE", "IMMEDIATE", "VALIDATION"] }),
  field("orderChannel", { ...text("ANS20"), values: ["INTERNET", "MOTO"] }),
  field("templateName", text("ANS32", "optional", "2.30")),
  field("statementReference", {}),
  customerContact,
  instalmentData,
];

const RESPONSE_CODES = [
  "00",
  "02",
  "03",
  "05",
  "12",
  "14",
  "17",
  "24",
  "25",
  "30",
  "34",
  "40",
  "51",
  "54",
  "60",
  "63",
  "75",
  "90",
  "94",
  "97",
  "99",
];

/** The response's fields: the 24 of Worldline's SDK response vectors, returnContext, and a container and lists to rebuild. */
export const RESPONSE_FIELDS: readonly FieldDescriptor[] = [
  field("captureDay", integer("N3")),
  field("captureMode", text("ANS20")),
  field("currencyCode", text("N3", "required")),
  field("merchantId", text("N15", "required")),
  field("orderChannel", text("ANS20")),
  // Meant as in the fixture spec (test/fixtures/paypage-response/spec/), whose meanings an unknown value's issue names.
  field("responseCode", {
    ...text("N2", "required"),
    values: RESPONSE_CODES,
    meaningOf: (code) => `Response code ${code}`,
  }),
  field("transactionDateTime", text("ANS25")),
  field("transactionReference", text("AN35", "required")),
  field("keyVersion", integer("N10", "required")),
  field("acquirerResponseCode", text("AN2")),
  field("amount", integer("N12", "required")),
  field("authorisationId", text("AN10")),
  field("guaranteeIndicator", text("A1")),
  field("cardCSCResultCode", text("AN2")),
  field("panExpiryDate", text("N6")),
  field("paymentMeanBrand", text("ANS20")),
  field("paymentMeanType", text("ANS20")),
  field("customerIpAddress", text("ANS45")),
  field("maskedPan", text("ANS19")),
  field("holderAuthentRelegation", text("A1")),
  field("holderAuthentStatus", text("ANS20")),
  field("tokenPan", text("ANS19")),
  field("transactionOrigin", text("ANS20")),
  field("paymentPattern", text("ANS20")),
  field("returnContext", text("ANSU255")),
  field("orderId", text("ANS32")),
  field("paymentMeanBrandList", { type: "list", items: stringItems }),
  instalmentData,
];

export interface TestMessage<T> {
  readonly name: string;
  readonly interfacePrefix: string;
  readonly fields: readonly FieldDescriptor[];
  readonly validate: (value: unknown, options?: ValidateOptions) => ValidationResult<T>;
  /** Made-up POST form addresses and their names (a decoder's check of the public test key reads both). */
  readonly environments: readonly string[];
  readonly addresses: { readonly [environment: string]: { readonly post?: string } };
}

export const TEST_ADDRESSES = {
  prod: { post: "https://paypage.example/paymentInit" },
  simu: { post: "https://simu.paypage.example/paymentInit" },
} as const;

export type Fields = Record<string, unknown>;

function message(name: string, fields: readonly FieldDescriptor[], kind: "request" | "response"): TestMessage<Fields> {
  // Checks made once from the descriptor, one per field, as a generated validator has one block per field.
  const check = recordCheck(fields);
  return {
    name,
    interfacePrefix: "HP_",
    fields,
    environments: Object.keys(TEST_ADDRESSES),
    addresses: TEST_ADDRESSES,
    validate: (value, options) => {
      try {
        if (!isPlainObject(value)) return failure(notAnObject("", value));
        // A request is always strict; neither message has a version field, so a pinned version is the only one.
        const pinned = options?.interfaceVersion;
        const found = {
          found: pinnedVersionError("HP_", pinned),
          strict: kind === "request" || options?.strict === true,
          version: checkedVersion(undefined, pinned, "HP_"),
          pinned,
        };
        check(value, "", found);
        return resultOf(value, found.found);
      } catch {
        return failure(unreadable());
      }
    },
  };
}

/** The problems found so far, as a generated validator keeps them in `found`, and what decides how they are reported. */
interface Collected {
  found: Found | undefined;
  readonly strict: boolean;
  /** The interface version checked against, as major * 10000 + minor; -1 when there is none. */
  readonly version: number;
  readonly pinned: unknown;
}

const error = (c: Collected, issue: ValidationIssue): void => {
  c.found = addError(c.found, issue);
};
const lenient = (c: Collected, issue: ValidationIssue | null): void => {
  c.found = addLenient(c.found, c.strict, issue);
};

type Check = (value: unknown, at: string, c: Collected) => void;

/** The check of a record of `fields`: each field's, then unknown fields. */
function recordCheck(fields: readonly FieldDescriptor[]): (input: Fields, path: string, c: Collected) => void {
  const checks = fields.map((f) => {
    const check = valueCheck(f);
    const required = f.presence === "required";
    const [major = 0, minor = 0] = f.since === null ? [] : f.since.split(".").map(Number);
    return { name: f.name, pointer: pointer("", f.name), check, required, since: f.since !== null, major, minor };
  });
  const known = new Set(fields.map((f) => f.name));
  return (input, path, c) => {
    for (const field of checks) {
      const value = hasOwn(input, field.name) ? input[field.name] : undefined;
      const at = path === "" ? field.pointer : `${path}${field.pointer}`;
      if (value === undefined) {
        if (field.required) error(c, missingField(at));
      } else {
        if (field.since && c.version >= 0 && c.version < field.major * 10000 + field.minor)
          lenient(c, sinceIssue(at, field.major, field.minor, c.pinned, undefined, value));
        field.check(value, at, c);
      }
    }
    for (const key in input) if (!known.has(key) && hasOwn(input, key)) lenient(c, unknownField(pointer(path, key)));
  };
}

/** A text against its format, as generated checks report it: its characters, then its length. */
function textFormatIssue(at: string, value: string, charClass: FormatClass, max: number): ValidationIssue | null {
  if (!FORMAT_PATTERNS[charClass].test(value)) return formatCharsIssue(at, value, formatCharsText(charClass, max));
  return value.length > max ? formatLengthIssue(at, value, max, formatLengthText(charClass, max)) : null;
}

function valueCheck(f: FieldDescriptor | ItemDescriptor): Check {
  const format = f.format ? /^([A-Z]+)(\d+)$/.exec(f.format) : null;
  const charClass = (format?.[1] ?? "ANSU") as FormatClass;
  const max = format ? Number(format[2]) : Number.POSITIVE_INFINITY;
  switch (f.type) {
    case "integer":
      return (value, at, c) => {
        if (typeof value !== "number" || !Number.isInteger(value)) error(c, expectedInteger(at, value));
        else if (value < 0 || value >= 10 ** max) {
          const texts = integerFormatTexts(max);
          lenient(c, integerFormatIssue(at, value, texts.negative, texts.digits));
        }
      };
    case "container": {
      const check = recordCheck(f.fields ?? []);
      return (value, at, c) => {
        if (!isPlainObject(value)) error(c, expectedObject(at, value));
        else check(value, at, c);
      };
    }
    case "list": {
      const items = (f as FieldDescriptor).items;
      const item = items ? valueCheck(items) : () => undefined;
      return (value, at, c) => {
        if (!Array.isArray(value)) error(c, expectedList(at, value));
        else for (let i = 0; i < value.length; i++) item(value[i], pointer(at, i), c);
      };
    }
    default: {
      const values = f.valueList ? new Set(f.valueList.values.map((v) => v.value)) : null;
      // The values as the field takes them, in the list's order: each list's example here is its first value.
      const named = (f.valueList?.values ?? []).map(
        (v) => [v.value, v.meanings.length === 1 ? (v.meanings[0] ?? null) : null] as const,
      );
      const outside = unknownValueText(f.valueList?.name ?? "", named);
      return (value, at, c) => {
        // As generated checks: its type, then its value list, then its format, one problem at most.
        if (typeof value !== "string") error(c, expectedString(at, value));
        else if (values && !values.has(value)) lenient(c, unknownValue(at, value, outside));
        else if (format) lenient(c, textFormatIssue(at, value, charClass, max));
      };
    }
  }
}

/** The stand-in for the Paypage POST request (paymentWebInit). */
export const paypageRequest = message("PaypageRequest", REQUEST_FIELDS, "request");
/** The response's check built from its descriptor, the reference its generated validator is held to. */
export const describedResponse = message("PaypageResponse", RESPONSE_FIELDS, "response");
/** The Paypage response posted back to the shop, with the descriptors and validator generated from its fixture spec. */
export const paypageResponse: TestMessage<Fields> = {
  ...describedResponse,
  fields: PAYPAGE_RESPONSE_FIELDS,
  // PaypageResponse is an interface, which TypeScript never reads as a record of fields: the tests read it as one.
  validate: validatePaypageResponse as TestMessage<Fields>["validate"],
};
