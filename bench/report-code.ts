// The section of bench/RESULTS.md that says which code the hot paths time
// (package-code.ts); what timing it through tsx instead changed, as
// code-side-by-side.ts measured it, is in its record (bench/notes/code.md).
import { recordLine } from "./report-notes.js";

/** The section of bench/RESULTS.md. */
export function codeSection(): string[] {
  return [
    "## The code timed",
    "",
    "The validators, the seal, the Paypage decoder and the client are timed as a consumer runs them: the JavaScript that the package's build (`npm run build`, tsc -b) writes to dist/, built as the bench starts; tsc -b writes again every output that is missing or older than its source, so no section times stale output. The Paypage fixture's decoder and the previous generator's output, which that build does not hold, are compiled with the same options into bench/.work/ (bench/compile-like.ts, whose test holds that its output follows its source). The bench's own code still runs through tsx: its loops and the competitors (ajv, zod, TypeBox, the hand-written and boolean checks, the generic seal), and so does the mock server that the client section posts to, in a process of its own, the same for the client's call and the bare fetch. `SIPS_BENCH_CODE=tsx` runs the package's code through tsx instead, as every section did before; the measurements quoted in the sections' prose from before this change were taken so.",
    "",
    recordLine("code"),
  ];
}
