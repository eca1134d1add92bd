// The second thread of the read stage (parse-threads.ts): it parses the spec
// files it was given, from the last down, each that it claims before the
// main thread does. A file that parses cleanly is handed over as the text of
// its data that the memo keeps (remembered-data.ts); one with a problem as
// null, for the main thread to parse again and word its diagnostics. It
// starts with the module.

import { workerData } from "node:worker_threads";
import { serveClaims } from "../threads/serve-claims.js";
import { fieldKeyPlaces } from "./field-key-places.js";
import { parseSpecFile } from "./parse-spec-file.js";
import type { ParsedElsewhere, ParseWork } from "./parse-threads.js";
import { rememberedDataText } from "./remembered-data.js";

const work = workerData as ParseWork;
await serveClaims(work.claims, work.first, work.files.length, (index): ParsedElsewhere | null => {
  const parsed = parseSpecFile(work.files[index - work.first] as ParseWork["files"][number]);
  return parsed.diagnostics.length === 0
    ? { data: rememberedDataText(parsed.data), keys: parsed.keyPlaces ?? fieldKeyPlaces(parsed.map) }
    : null;
});
