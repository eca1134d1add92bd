// Reads a Sips documentation page saved as text (spec/sources/*.page.txt) into
// plain data, so that tests can check that the spec carries all of it.

export interface PageField {
  name: string;
  presence: string;
  version: string;
  description: string;
  values: { value: string; meanings: string[] }[];
}

export interface SipsPage {
  name: string;
  summary: string;
  recommended: string;
  endpoints: { env: string; url: string; method: string }[];
  request: PageField[];
  response: PageField[];
  changelog: { version: string; data: string; attendance: string; container: string }[];
}

export function parseSipsPage(text: string): SipsPage {
  const lines = text.split("\n").map((l) => l.trim());
  const at = (marker: string, from = 0): number => {
    const index = lines.indexOf(marker, from);
    if (index < 0) throw new Error(`page has no line "${marker}"`);
    return index;
  };
  const endpointsAt = at("Endpoints");
  const requestAt = at("Request", endpointsAt);
  const requestEnd = at("Request sample", requestAt);
  const responseAt = at("Response", requestEnd);
  const responseEnd = at("Response sample", responseAt);
  const changelogAt = at("Changelog", responseEnd);
  return {
    name: lines[0] ?? "",
    summary: lines.find((l) => l.startsWith("Initialize") || l.endsWith("”.")) ?? "",
    recommended: (lines.find((l) => l.startsWith("Recommended interfaceVersion:")) ?? "").split(":")[1]?.trim() ?? "",
    endpoints: parseEndpoints(lines.slice(endpointsAt + 1, requestAt)),
    request: parseFields(lines.slice(requestAt + 1, requestEnd)),
    response: parseFields(lines.slice(responseAt + 1, responseEnd)),
    changelog: parseChangelog(lines.slice(changelogAt + 1)),
  };
}

function parseEndpoints(lines: string[]): SipsPage["endpoints"] {
  const out: SipsPage["endpoints"] = [];
  lines.forEach((line, i) => {
    if (line.startsWith("https://")) {
      const env = lines.slice(0, i).reverse().find((l) => /^- [A-Z]+$/.test(l))?.slice(2) ?? "";
      const method = lines.slice(i).find((_, j) => j > 0 && lines[i + j - 1] === "- method")?.slice(2) ?? "";
      out.push({ env, url: line, method });
    }
  });
  return out;
}

/** A field block: "-", name, "- presence", "- Required", "- Interface version", "- 2.37", description, values. */
function parseFields(lines: string[]): PageField[] {
  const fields: PageField[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "-" || lines[i + 2] !== "- presence") continue;
    const field: PageField = {
      name: lines[i + 1] ?? "",
      presence: (lines[i + 3] ?? "").slice(2),
      version: (lines[i + 5] ?? "").slice(2),
      description: "",
      values: [],
    };
    const description: string[] = [];
    let j = i + 6;
    for (; j < lines.length && !isBlockEnd(lines, j) && lines[j] !== "List of values"; j++) description.push(lines[j] ?? "");
    field.description = description.join("\n");
    if (lines[j] === "List of values") {
      for (j++; j < lines.length && !isBlockEnd(lines, j); j++) {
        const line = lines[j] ?? "";
        if (line.startsWith("- ")) field.values.at(-1)?.meanings.push(line.slice(2));
        else field.values.push({ value: line, meanings: [] });
      }
    }
    fields.push(field);
    i = j - 1;
  }
  return fields;
}

const isBlockEnd = (lines: string[], j: number): boolean =>
  (lines[j] === "-" && lines[j + 2] === "- presence") || lines[j] === "Optional" || lines[j] === "Required";

/** The table is spread over lines ("2.37 |", "name", "|", "Request | |"): read it as a stream of cells. */
function parseChangelog(lines: string[]): SipsPage["changelog"] {
  const cells = lines.join(" ").split("|").map((c) => c.trim());
  const start = cells.findIndex((c) => /^\d+\.\d+$/.test(c));
  const rows: SipsPage["changelog"] = [];
  for (let i = start; i >= 0 && i < cells.length; ) {
    const [version = "", data = "", attendance = ""] = cells.slice(i, i + 3);
    if (!/^\d+\.\d+$/.test(version)) break;
    const next = cells[i + 3];
    const hasContainer = next !== undefined && !/^\d+\.\d+$/.test(next);
    rows.push({ version, data, attendance, container: hasContainer ? next : "" });
    i += hasContainer ? 4 : 3;
  }
  return rows;
}
