// The lines of "Tried and did not pay" (bench/report-tried.ts) for `npm test`,
// each linking to the paragraph of bench/notes/test-suite.md that holds it in
// full. A new attempt that did not pay gets its line here, in the order written.
import type { Tried } from "./report-tried.js";

export const TRIED_TEST_SUITE: readonly Tried[] = [
  {
    file: "test-suite",
    anchor: "tried-three-workers-or-forks",
    line: "three workers, forks or vmThreads: 166.0 and 168.1 against 155.6 s of CPU; fewer run-memo runs and copies: no difference beyond noise",
  },
  {
    file: "test-suite",
    anchor: "tried-large-input-in-a-child-started-from-the-bundle",
    line: "large-input's child from the bundle (within noise), bare fields (130 → 100 ms, a less realistic spec), seeded strings (no gain)",
  },
  {
    file: "test-suite",
    anchor: "tried---max-semi-space-size64-for-the-workers",
    line: "`--max-semi-space-size=64` for the workers (within noise, one V8 crash); fewer fault points or draws: would drop the states they guard",
  },
  {
    file: "test-suite",
    anchor: "tried-piece-store-and-shared-pieces-sharing-one-filled-memo",
    line: "piece-store and shared-pieces sharing one memo (0.2–0.3 s at most); run-memo's trees compared with `isDeepStrictEqual` (12 ms a file)",
  },
  {
    file: "test-suite",
    anchor: "tried-each-operation-emitted-once-per-worker-for-the-tests-that-emit-it-again",
    line: "each operation emitted once per worker: 12.91 → 12.39 s, within noise, and a run meant to start from nothing would take earlier output",
  },
  {
    file: "test-suite",
    anchor: "tried---single-threaded-gc-for-the-workers-and-no-setup-file",
    line: "`--single-threaded-gc` for the workers, no setup file, biome's `--skip=project`: within noise, the same CPU",
  },
  {
    file: "test-suite",
    anchor: "tried-sync---check-skipped-when-nothing-it-reads-changed",
    line: "`sync --check` skipped when nothing it reads changed: it costs 0.4 s, the skip 0.2 s, and it would have to follow ignored files",
  },
  {
    file: "test-suite",
    anchor: "tried-the-checks-that-npm-test-runs-beside-vitest-started-at-the-lowest-priority",
    line: "the checks beside vitest at the lowest priority: wall 87.9 → 90.9 s loaded; idle 53.4–55.4 against 53.5–63.3 s, no gain",
  },
  {
    file: "test-suite",
    anchor: "tried-a-larger-young-generation-for-the-workers",
    line: "a larger young generation for the workers (`--max-semi-space-size=32`): 116.5 → 124.1 s of CPU, medians of four pairs",
  },
  {
    file: "test-suite",
    anchor: "tried-no-turbofan-at-all---max-opt2",
    line: "no TurboFan (`--max-opt=2`): less CPU, but hot loops two to three times as long and runs 134–149 → 215–224 s wall",
  },
  {
    file: "test-suite",
    anchor: "tried-page-containers-holds-making-one-sync-check-for-its---check-and-second-sync",
    line: "page-containers' syncs and checks made once: 6.22 → 6.30 s of thread CPU, medians of four pairs",
  },
  {
    file: "test-suite",
    anchor: "tried-the-interrupt-budget-32-times-v8s-default-where-it-is-8",
    line: "the interrupt budget 32 times V8's default: 44.3 and 32.4 → 36.9 and 32.5 s of CPU on twelve files, not beyond noise; kept-results' smaller bundle: flat",
  },
  {
    file: "test-suite",
    anchor: "tried-the-interrupt-budget-32-times-v8s-default-in-whole-runs",
    line: "the interrupt budget 32 times V8's default, whole runs: fewer compiles, but CPU 126.7 → 126.5 s and wall 181.0 → 241.7 s (medians)",
  },
  {
    file: "test-suite",
    anchor: "tried-the-tests-generator-on-the-launchers-patched-printer",
    line: "the tests' generator on the patched printer (21.14–23.65 → 20.97–22.16 s of CPU, three pairs), the depth test's `expect` on a difference only (no less CPU)",
  },
  {
    file: "test-suite",
    anchor: "tried-vitests-native-module-runner",
    line: "vitest's native module runner: no TypeScript loader in Node 20's workers, and the spies on module namespaces would break",
  },
  {
    file: "test-suite",
    anchor: "tried-the-build-made-incremental-in-a-kept-copy",
    line: "the build made incremental in a kept copy (3.6 against 3.9 s: TypeScript 7 checks nearly all again), one libuv thread for `npm pack` (flat)",
  },
  {
    file: "test-suite",
    anchor: "tried-one-walk-of-the-code-points-for-both-directions-of-a-classs-change",
    line: "one walk of the code points for both directions of a class's change (40–50 ms a comparison either way), regular expressions hoisted (within noise)",
  },
  {
    file: "test-suite",
    anchor: "tried-the-shared-parses-kept-up-to-2000000-characters-a-worker",
    line: "shared parses kept up to 2,000,000 characters a worker: 57.3–61.1 → 56.4–60.1 s of CPU, within noise, the larger heap costing what it saved",
  },
  {
    file: "test-suite",
    anchor: "tried-native-imports",
    line: "native imports with tsx (twice the CPU in forks, refused by threads); vitest 5 (not for Node 20, and its reporter fails passing runs)",
  },
  {
    file: "test-suite",
    anchor: "tried-the-workers-young-generation-at-32-or-128-mb-or-at-64-mb-from-the-start",
    line: "the workers' young generation at 32 or 128 MB, or at 64 MB from the start: 19.1–20.4 s of CPU against 18.4–18.9 s with the 64 MB kept, no gain; on Node 22, fewer scavenges but not less CPU",
  },
  {
    file: "test-suite",
    anchor: "files-grown-in-the-last-rounds-measured-again-kept-answers-and-a-shared-generation",
    line: "fewer forking rounds in mock-closed-refuses while its fault showed only by chance (in 3–6 rounds of 100–200; 20 since a held copy of the socket meets it on demand), fewer property draws (already 1.1–1.8x their counters' need), the golden fixture for three files (its dictionary lacks the fields they need), only the TypeScript emitters for kept outputs (10–20% cheaper)",
  },
  {
    file: "test-suite",
    anchor: "saved-pages-read-once-per-worker-and-a-linked-pages-headings-once-per-test",
    line: "the shared page readings beyond test/sync (pipeline, golden and paypage; spec, model and changes: within noise); memo-less generations made again on one worker (71 of 1,307, 2.9 s); fewer seal-agreement or validator-parts draws (margins kept for a new release)",
  },
  {
    file: "test-suite",
    anchor: "tried-typescripts-parse-without-its-doc-comments-for-typechecks-import-scan",
    line: "typecheck's import scan without doc comments (`jsDocParsingMode: ParseNone`): 134–231 against 182–271 ms over generated/ once the parser is compiled, no gain",
  },
];
