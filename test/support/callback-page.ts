// A saved page for the golden fixture's callback (cardPaymentInit's), whose
// changelog lists the callback's fields in a given order, and the edit of the
// operation's YAML that cites it. A page as Sips prints a response page, read
// without a defect: generate refuses a spec whose cited page has one.

/** Where the page is saved, relative to the spec directory. */
export const CALLBACK_PAGE = "sources/result.page.txt";

/** The callback's YAML before and after it cites CALLBACK_PAGE (in operations/paypage/cardPaymentInit.yaml). */
export const CITE_CALLBACK_PAGE = [
  "  encoding: data\n  fields:",
  `  encoding: data\n  source: { page: ${CALLBACK_PAGE} }\n  fields:`,
] as const;

/** The page: its Response lists `fields` (optional, 2.0) and its changelog lists them in this order. */
export const callbackPage = (fields: readonly string[]): string =>
  [
    "Payment result",
    "To search in the page use Ctrl+F on your keyboard",
    "What the platform posts back.",
    "Response",
    "Optional",
    ...[...fields]
      .sort()
      .flatMap((field) => ["-", field, "- presence", "- Optional", "- Interface version", "- 2.0", `The ${field}.`]),
    "Response sample",
    "Changelog",
    "Interface version | Data | Attendance | Container |",
    "---|---|---|---|",
    ...fields.flatMap((field) => ["2.0 |", field, "|", "Response | |"]),
  ].join("\n");
