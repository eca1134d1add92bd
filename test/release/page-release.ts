// A new release of a saved Sips page, made from the page itself (so that it
// still applies after the real page changes): the recommended version 0.05
// newer, a new optional field in the request and in the response, a new value
// in the first list of constant-like values, the first optional response field
// turned required (moved to the Required section, as the pages print it), and
// a changelog row for each new field, on top.

const HEADINGS = new Set(["Required", "Conditional", "Optional", "Request sample", "Response sample"]);

/** The kinds of change a release makes beside its new version and fields, each made only where the page allows it. */
export interface ReleaseReach {
  /** A value added to a list of constant-like values: the page has one. */
  readonly value: boolean;
  /** An optional response field turned required: the page's Response has an Optional field. */
  readonly required: boolean;
}

/** What the release of `page` reaches (pageRelease makes each of these changes exactly where this says so). */
export function releaseReach(page: string): ReleaseReach {
  const lines = page.split("\n");
  const response = lines.indexOf("Response", lines.indexOf("Request"));
  const optional = lines.indexOf("Optional", response);
  return {
    value: constantListAt(lines) > 0,
    required: optional > 0 && optional < lines.indexOf("Response sample", response) && lines[optional + 1] === "-",
  };
}

/** The line of the first "List of values" whose first value is constant-like (RELEASEDVALUE goes after it). */
const constantListAt = (lines: readonly string[]): number =>
  lines.findIndex((l, i) => l === "List of values" && /^[A-Z][A-Z0-9_]*$/.test(lines[i + 1] ?? ""));

export function pageRelease(page: string): string {
  const reach = releaseReach(page);
  let lines = page.split("\n");
  const recommended = /^Recommended interfaceVersion: ([A-Z_]+?)(\d+)\.(\d+)$/;
  let version = "";
  lines = lines.map((line) => {
    const m = recommended.exec(line.trim());
    if (!m) return line;
    version = `${m[2]}.${Number(m[3]) + 5}`;
    return `Recommended interfaceVersion: ${m[1]}${version}`;
  });
  const field = (name: string, presence: string, text: string) => [
    "-",
    name,
    "- presence",
    `- ${presence}`,
    "- Interface version",
    `- ${version}`,
    text,
  ];
  const request = lines.indexOf("Request");
  const response = lines.indexOf("Response", request);
  // The first optional response field, turned required and moved to the end of the Required section.
  const optional = lines.indexOf("Optional", response);
  if (reach.required) {
    const end = blockEnd(lines, optional + 1);
    const block = lines.slice(optional + 1, end).map((l) => (l === "- Optional" ? "- Required" : l));
    lines.splice(optional + 1, end - optional - 1);
    lines.splice(optional, 0, ...block);
  }
  lines.splice(
    lines.indexOf("Response sample", response),
    0,
    ...optionalSection(lines, response, "Response sample"),
    ...field("keyAlgorithmName", "Optional", "Name of the algorithm of the public key."),
  );
  lines.splice(
    lines.indexOf("Request sample", request),
    0,
    ...optionalSection(lines, request, "Request sample"),
    ...field("sessionContextId", "Optional", "Identifier of the session context."),
  );
  // A new value after the first value of a list of constant-like values.
  if (reach.value) lines.splice(constantListAt(lines) + 1, 0, "RELEASEDVALUE", "- A value added by the release");
  const table = lines.findIndex((l) => /^-{3}\|/.test(l));
  lines.splice(
    table + 1,
    0,
    `${version} |`,
    "sessionContextId",
    "|",
    "Request | |",
    `${version} |`,
    "keyAlgorithmName",
    "|",
    "Response | |",
  );
  return lines.join("\n");
}

/**
 * The Optional heading a new optional field at the end of a message goes under, where the message has none yet (a
 * saved page whose facts stop in its Required fields): none where its last section is Optional already.
 */
function optionalSection(lines: readonly string[], message: number, sample: string): string[] {
  const end = lines.indexOf(sample, message);
  const last = lines.slice(message, end).findLast((l) => l === "Required" || l === "Conditional" || l === "Optional");
  return last === "Optional" ? [] : ["Optional"];
}

/** The line after a field block that starts at `start` ("-"). */
function blockEnd(lines: readonly string[], start: number): number {
  for (let i = start + 1; i < lines.length; i++) {
    if (HEADINGS.has(lines[i] ?? "") || (lines[i] === "-" && lines[i + 2] === "- presence")) return i;
  }
  return lines.length;
}
