import path from "node:path";
import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget, type SourceFile, ts } from "ts-morph";
import type { GeneratedFile } from "../../generator/index.js";
import { repoRoot } from "./paths.js";

/**
 * A ts-morph project holding generated files in memory only, under the
 * strictest options downstream projects use. Library and node types come from
 * the repository's node_modules.
 */
export function inMemoryProject(files: readonly GeneratedFile[], virtualDir: string): Project {
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      target: ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts"],
      module: ModuleKind.NodeNext,
      moduleResolution: ModuleResolutionKind.NodeNext,
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noImplicitOverride: true,
      noImplicitReturns: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      noEmit: true,
      // The declaration files are the compiler's lib and @types/node, not what is held here: the generated
      // files are .ts, each checked in full against them. Checking those libraries too cost ~3 s of CPU a project.
      skipLibCheck: true,
      types: ["node"],
      typeRoots: [path.join(repoRoot, "node_modules", "@types")],
    },
  });
  // package.json of the virtual folder: ESM, as in the published package.
  project.createSourceFile(path.join(virtualDir, "package.json"), '{ "type": "module" }');
  for (const file of files) {
    if (file.language === "typescript") project.createSourceFile(path.join(virtualDir, file.path), file.content);
  }
  return project;
}

/** Type errors of a project (or of one of its files), one line each. */
export function typeErrors(project: Project, only?: string): string[] {
  const diagnostics = only
    ? project.getSourceFileOrThrow(only).getPreEmitDiagnostics()
    : project.getPreEmitDiagnostics();
  return diagnostics.map(
    (d) =>
      `${d.getSourceFile()?.getFilePath() ?? ""}: ${ts.flattenDiagnosticMessageText(d.getMessageText() as string | ts.DiagnosticMessageChain, "\n")}`,
  );
}

/** JavaScript of a generated TypeScript file (types erased), to run it. */
export const toJavaScript = (source: string): string =>
  ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
  }).outputText;

/**
 * Type errors of the files of `files` (held in `project` under `virtualDir`)
 * that differ from the repository's output, and of every file importing one,
 * directly or not. The others are, with all they import, byte for byte the
 * repository's output, which test/generated/typecheck.test.ts checks under the
 * same options: checking them again (the runtime, mostly) would find the same.
 */
export function typeErrorsOfChanges(
  project: Project,
  virtualDir: string,
  files: readonly GeneratedFile[],
  repository: readonly GeneratedFile[],
): { checked: string[]; errors: string[] } {
  const before = new Map(repository.map((f) => [f.path, f.content]));
  const checked = new Set<SourceFile>();
  const visit = (file: SourceFile) => {
    if (checked.has(file)) return;
    checked.add(file);
    for (const referencing of file.getReferencingSourceFiles()) visit(referencing);
  };
  for (const file of files)
    if (file.language === "typescript" && before.get(file.path) !== file.content)
      visit(project.getSourceFileOrThrow(path.join(virtualDir, file.path)));
  return {
    checked: [...checked].map((f) => path.relative(virtualDir, f.getFilePath()).split(path.sep).join("/")),
    errors: [...checked].flatMap((f) => typeErrors(project, f.getFilePath())),
  };
}
