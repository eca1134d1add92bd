// The fields of the form Paypage posts back to the shop, as the POST interface
// names them, and their collection from the name/value pairs of a post,
// whatever form it takes (paypage-form.ts): only the form's own fields are
// kept, each once and as text, within the size a response can have.

/** The fields of a Paypage POST form, as the POST interface names them. */
export const PAYPAGE_FORM_FIELDS: {
  readonly data: "Data";
  readonly seal: "Seal";
  readonly interfaceVersion: "InterfaceVersion";
  readonly encode: "Encode";
  readonly sealAlgorithm: "SealAlgorithm";
} = Object.freeze({
  data: "Data",
  seal: "Seal",
  interfaceVersion: "InterfaceVersion",
  encode: "Encode",
  sealAlgorithm: "SealAlgorithm",
});

/**
 * The largest post read, in characters of the body (bytes when it is given as
 * bytes) or of the form's values together: a Paypage response is a few
 * kilobytes, base64 included; anything larger is refused unread.
 */
export const PAYPAGE_POST_MAX_LENGTH = 65_536;

/** Why a post larger than that is refused unread. */
export const POST_TOO_LARGE_TEXT: string = `the post is larger than ${PAYPAGE_POST_MAX_LENGTH} characters`;

/**
 * The most fields a post may have, the form's own and others, whatever form it takes (a body, entries, a
 * record): a Paypage response has five.
 */
export const MAX_FORM_FIELDS = 256;

/** Why a post with more fields than that is refused. */
export const TOO_MANY_FIELDS_TEXT: string = `the form has more than ${MAX_FORM_FIELDS} fields`;

/** The form's fields, each as posted, or undefined when absent. */
export interface PaypageFormValues {
  readonly data: string | undefined;
  readonly seal: string | undefined;
  readonly interfaceVersion: string | undefined;
  readonly encode: string | undefined;
  readonly sealAlgorithm: string | undefined;
}

export type FormReading =
  { readonly ok: true; readonly values: PaypageFormValues } | { readonly ok: false; readonly message: string };

type Key = keyof typeof PAYPAGE_FORM_FIELDS;

/** Which of the form's fields a name is (compared, not hashed: names read from a body are new strings). */
export function formFieldKey(name: unknown): Key | undefined {
  switch (name) {
    case PAYPAGE_FORM_FIELDS.data:
      return "data";
    case PAYPAGE_FORM_FIELDS.seal:
      return "seal";
    case PAYPAGE_FORM_FIELDS.interfaceVersion:
      return "interfaceVersion";
    case PAYPAGE_FORM_FIELDS.encode:
      return "encode";
    case PAYPAGE_FORM_FIELDS.sealAlgorithm:
      return "sealAlgorithm";
    default:
      return undefined;
  }
}

/** Collects the form's fields from name/value pairs: a repeated field or a value that is not text makes the form unreadable. */
export class FormFieldCollector {
  readonly values: { -readonly [K in Key]: string | undefined } = {
    data: undefined,
    seal: undefined,
    interfaceVersion: undefined,
    encode: undefined,
    sealAlgorithm: undefined,
  };
  length = 0;
  problem: string | undefined = undefined;

  add(name: unknown, value: unknown): void {
    const key = formFieldKey(name);
    if (key === undefined || this.problem !== undefined) return;
    if (this.values[key] !== undefined) this.problem = `the form has ${PAYPAGE_FORM_FIELDS[key]} more than once`;
    else if (typeof value !== "string") this.problem = `the form's ${PAYPAGE_FORM_FIELDS[key]} is not text`;
    else if ((this.length += value.length) > PAYPAGE_POST_MAX_LENGTH) this.problem = POST_TOO_LARGE_TEXT;
    else this.values[key] = value;
  }

  reading(): FormReading {
    return this.problem === undefined ? { ok: true, values: this.values } : { ok: false, message: this.problem };
  }
}
