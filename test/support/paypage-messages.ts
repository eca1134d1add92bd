// Hand-built message descriptors standing in for the Paypage POST request
// (paymentWebInit) and response until the spec describes them: field facts
// after the data dictionary (docs in /work/shared), enough of them to cover
// every type the POST interface carries (integers, text, value lists, a
// container, lists). Their checks are built from the descriptors, one per
// field, with the runtime's own issue helpers, lenient for responses as
// generated validators are; the response also has a validator written as the
// generator writes them (paypage-response-validator.ts).
import type { FieldDescriptor, ItemDescriptor, ValidateOptions, ValidationResult } from "../../generated/index.js";
import {
  FORMAT_PATTERNS,
  integerFormatIssue,
  textFormatIssue,
  type FormatClass,
} from "../../generated/runtime/formats.js";
import {
  type Issues,
  failure,
  hasOwn,
  isPlainObject,
  missingField,
  notAnObject,
  pointer,
  requestIssues,
  responseIssues,
  unknownField,
  unknownValue,
  unreadable,
  wrongType,
} from "../../generated/runtime/validation.js";
import { validatePaypageResponse } from "./paypage-response-validator.js";

type Spec = Partial<Omit<FieldDescriptor, "name" | "valueList">> & { values?: readonly string[] };

function field(name: string, spec: Spec): FieldDescriptor {
  const { values, ...rest } = spec;
  return {
    name,
    presence: "optional",
    condition: null,
    since: null,
    type: "string",
    format: null,
    description: name,
    fields: null,
    items: null,
    ...rest,
    valueList: values ? listOf(name, values) : null,
  };
}

/** A value list every operation takes whole: its values are its vocabulary. */
function listOf(name: string, values: readonly string[]): NonNullable<FieldDescriptor["valueList"]> {
  const described = values.map((value) => ({ value, meanings: [value] }));
  return { name: `${name}Values`, match: "exact", values: described, vocabulary: described };
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
  field("responseCode", { ...text("N2", "required"), values: RESPONSE_CODES }),
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
}

export type Fields = Record<string, unknown>;

function message(name: string, fields: readonly FieldDescriptor[], kind: "request" | "response"): TestMessage<Fields> {
  // Checks made once from the descriptor, one per field, as a generated validator has one block per field.
  const check = recordCheck(fields);
  return {
    name,
    interfacePrefix: "HP_",
    fields,
    validate: (value, options) => {
      try {
        if (!isPlainObject(value)) return failure(notAnObject("", value));
        const issues = kind === "request" ? requestIssues(undefined, "HP_", options) : responseIssues("HP_", options);
        check(value, "", issues);
        return issues.result(value);
      } catch {
        return failure(unreadable());
      }
    },
  };
}

type Check = (value: unknown, at: string, issues: Issues) => void;

/** The check of a record of `fields`: each field's, then unknown fields. */
function recordCheck(fields: readonly FieldDescriptor[]): (input: Fields, path: string, issues: Issues) => void {
  const checks = fields.map((f) => {
    const check = valueCheck(f);
    const required = f.presence === "required";
    const [major = 0, minor = 0] = f.since === null ? [] : f.since.split(".").map(Number);
    return { name: f.name, pointer: pointer("", f.name), check, required, since: f.since !== null, major, minor };
  });
  const known = new Set(fields.map((f) => f.name));
  return (input, path, issues) => {
    for (const c of checks) {
      const value = hasOwn(input, c.name) ? input[c.name] : undefined;
      const at = path === "" ? c.pointer : `${path}${c.pointer}`;
      if (value === undefined) {
        if (c.required) issues.error(missingField(at));
      } else {
        if (c.since) issues.since(at, value, c.major, c.minor);
        c.check(value, at, issues);
      }
    }
    for (const key in input)
      if (!known.has(key) && hasOwn(input, key)) issues.lenient(unknownField(pointer(path, key)));
  };
}

function valueCheck(f: FieldDescriptor | ItemDescriptor): Check {
  const format = f.format ? /^([A-Z]+)(\d+)$/.exec(f.format) : null;
  const charClass = (format?.[1] ?? "ANSU") as FormatClass;
  const max = format ? Number(format[2]) : Number.POSITIVE_INFINITY;
  switch (f.type) {
    case "integer":
      return (value, at, issues) => {
        if (typeof value !== "number" || !Number.isInteger(value)) issues.error(wrongType(at, "an integer", value));
        else if (value < 0 || value >= 10 ** max) issues.lenient(integerFormatIssue(at, value, max));
      };
    case "container": {
      const check = recordCheck(f.fields ?? []);
      return (value, at, issues) => {
        if (!isPlainObject(value)) issues.error(notAnObject(at, value));
        else check(value, at, issues);
      };
    }
    case "list": {
      const items = (f as FieldDescriptor).items;
      const item = items ? valueCheck(items) : () => undefined;
      return (value, at, issues) => {
        if (!Array.isArray(value)) issues.error(wrongType(at, "an array", value));
        else for (let i = 0; i < value.length; i++) item(value[i], pointer(at, i), issues);
      };
    }
    default: {
      const values = f.valueList ? new Set(f.valueList.values.map((v) => v.value)) : null;
      const listName = f.valueList?.name ?? "";
      const pattern = format ? FORMAT_PATTERNS[charClass] : null;
      return (value, at, issues) => {
        if (typeof value !== "string") {
          issues.error(wrongType(at, "a string", value));
          return;
        }
        if (values && !values.has(value)) issues.lenient(unknownValue(at, value, listName));
        if (pattern && (!pattern.test(value) || value.length > max))
          issues.lenient(textFormatIssue(at, value, charClass, max));
      };
    }
  }
}

/** The stand-in for the Paypage POST request (paymentWebInit). */
export const paypageRequest = message("PaypageRequest", REQUEST_FIELDS, "request");
/** The response's check built from its descriptor, the reference for its generated-style validator. */
export const describedResponse = message("PaypageResponse", RESPONSE_FIELDS, "response");
/** The stand-in for the Paypage response posted back to the shop, with a validator written as generated ones are. */
export const paypageResponse: TestMessage<Fields> = { ...describedResponse, validate: validatePaypageResponse };
