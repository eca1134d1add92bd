// A saved page for the golden fixture's callback (cardPaymentInit's), whose
// changelog lists the callback's fields in a given order, and the edit of the
// operation's YAML that cites it.

/** Where the page is saved, relative to the spec directory. */
export const CALLBACK_PAGE = "sources/result.page.txt";

/** The callback's YAML before and after it cites CALLBACK_PAGE (in operations/paypage/cardPaymentInit.yaml). */
export const CITE_CALLBACK_PAGE = [
  "  encoding: data\n  fields:",
  `  encoding: data\n  source: { page: ${CALLBACK_PAGE} }\n  fields:`,
] as const;

/** The page, its changelog listing `fields` (Response, 2.0) in this order. */
export const callbackPage = (fields: readonly string[]): string =>
  [
    "Payment result",
    "What the platform posts back.",
    "Changelog",
    "Interface version | Data | Attendance | Container |",
    "---|---|---|---|",
    ...fields.flatMap((field) => ["2.0 |", field, "|", "Response |"]),
  ].join("\n");
