// What may import what, checked by `npm run lint` (depcruise).
//
// The generator is a pipeline, read -> validate -> model -> emit -> write, and
// each stage imports only the ones before it, so that data flows down once and a
// stage can be read knowing only what it is given. Beside the stages:
//   - lower modules that every stage may use and that import no stage:
//     diagnostics/, rules/ (names, formats, order, the raw spec types), memo/,
//     threads/ (work shared with a second thread),
//     list-files.ts, runtime-sources.ts, runtime-api.ts, young-generation.ts,
//     and runtime/ (the generated package's fixed code, which the generator
//     copies and whose formats it reuses);
//   - the commands, which may import anything: index.ts (the library, the whole
//     pipeline), exports.ts, the *-cli.ts files, sync/ and changes/.
//
// TypeScript is parsed with swc (@swc/core). dependency-cruiser's other
// TypeScript route is the classic compiler API of typescript 2 to 6, which
// TypeScript 7 (the compiler this repository type-checks with) no longer
// offers; swc parses TypeScript itself, type-only imports included, so a type
// that crosses a stage boundary is caught like any other import.

const LOWER = [
  "^generator/(diagnostics|rules|memo|threads)/",
  "^generator/(list-files|runtime-sources|runtime-api|young-generation)[.]ts$",
  "^runtime/",
];
const stage = (name) => `^generator/${name}/`;

/** A rule that `from` imports nothing in generator/ but what `allowed` matches. */
const onlyImports = (name, comment, from, allowed) => ({
  name,
  comment,
  severity: "error",
  from: { path: from },
  to: { path: "^generator/", pathNot: allowed },
});

export default {
  forbidden: [
    {
      name: "no-cycles",
      comment: "A cycle has no first module: neither side can be read, tested or changed without the other.",
      severity: "error",
      from: { path: "^(generator|runtime)/" },
      to: { circular: true },
    },
    onlyImports(
      "lower-modules-import-no-stage",
      "Every stage uses the lower modules; one that imported a stage would tie every stage to it.",
      LOWER.slice(0, 2),
      LOWER,
    ),
    onlyImports(
      "read-imports-only-lower-modules",
      "read is the first stage: it turns files into located documents and knows nothing of what is done with them.",
      stage("read"),
      [stage("read"), ...LOWER],
    ),
    onlyImports(
      "validate-imports-read-and-lower-modules",
      "validate checks the documents read gave it; it builds no model and emits nothing.",
      stage("validate"),
      [stage("validate"), stage("read"), ...LOWER],
    ),
    onlyImports(
      "model-imports-earlier-stages",
      "model builds the read-only model from a validated spec and the pages read gave.",
      stage("model"),
      [stage("model"), stage("validate"), stage("read"), ...LOWER],
    ),
    onlyImports(
      "emit-imports-model-and-lower-modules",
      "Emitters are functions of the model alone: what they could read from YAML or a page directly would escape the memo keys and the checks of validate.",
      stage("emit"),
      [stage("emit"), stage("model"), ...LOWER],
    ),
    onlyImports(
      "write-imports-only-what-a-generated-file-is",
      "write brings a folder to a set of files: it needs what a generated file is (its type and the mark it starts with), nothing of how files are made.",
      stage("write"),
      [stage("write"), "^generator/emit/(generated-file|header)[.]ts$", ...LOWER],
    ),
    {
      name: "generator-imports-no-tests",
      comment: "The generator runs without its tests and benchmarks; they import it, never the other way.",
      severity: "error",
      from: { path: "^generator/" },
      to: { path: "^(test|bench)/" },
    },
    {
      name: "runtime-imports-no-generator",
      comment: "runtime/ is copied into generated/ as it is, where the generator does not exist.",
      severity: "error",
      from: { path: "^runtime/" },
      to: { path: "^generator/" },
    },
    {
      name: "generator-imports-resolve",
      comment: "An import the cruise cannot resolve is an edge no rule above sees.",
      severity: "error",
      from: { path: "^generator/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    parser: "swc",
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    // Results kept between runs, as prettier's are: a run where no file changed reads them (~1.4 s less CPU of
    // the ~3 s a run costs). "content" compares each file's hash, so a change outside git's view counts too.
    cache: { folder: "node_modules/.cache/dependency-cruiser", strategy: "content" },
  },
};
