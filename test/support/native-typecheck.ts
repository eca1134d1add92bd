// Type-checking generated packages with the project's own compiler, TypeScript
// 7's native tsc, under the strictest options downstream projects use. It reads
// the disk, so the files are written to a temporary folder, one folder per
// package, and checked in one run: a program of generated/ costs it under a
// second of CPU, where the JavaScript compiler of ts-morph, in memory, took
// ~3.5 s on an idle machine and ~9 s on a busy one.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GeneratedFile } from "../../generator/index.js";
import { nativeTsc } from "./native-tsc.js";
import { repoRoot } from "./paths.js";

const tsc = nativeTsc(repoRoot);

/** The strictest options downstream projects use. */
const compilerOptions = {
  target: "es2022",
  lib: ["es2023"],
  module: "nodenext",
  moduleResolution: "nodenext",
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  // The users' guide recommends it for reading open responses: the .ts sources the package ships compile under it.
  noPropertyAccessFromIndexSignature: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  // TypeScript 5.8's option for code that type stripping can run: a project that sets it compiles the shipped sources.
  erasableSyntaxOnly: true,
  // A project that emits its declarations file by file (TypeScript 5.5): every export of the sources has its type written.
  isolatedDeclarations: true,
  declaration: true,
  noEmit: true,
  // The declaration files are the compiler's lib and @types/node: the generated files are checked in full against them.
  skipLibCheck: true,
  types: ["node"],
  typeRoots: [path.join(repoRoot, "node_modules", "@types")],
};

/** A package to check: generated files (their TypeScript is checked) and more files beside them (consumers), by path. */
export interface CheckedPackage {
  readonly files: readonly GeneratedFile[];
  readonly more?: Readonly<Record<string, string>>;
}

/**
 * Type errors of the packages, one entry each (`<package>/<path>(line,col): error TS...`, with the further
 * lines of its message), from one run of the native compiler. Fails when the compiler fails to run or leaves out a
 * file it was given: an error list is only as good as the files it covers.
 */
export async function nativeTypeErrors(packages: Readonly<Record<string, CheckedPackage>>): Promise<string[]> {
  const known = path.join(checkedDir, `${checkKey(packages)}.json`);
  try {
    return JSON.parse(await readFile(known, "utf8")) as string[];
  } catch {
    // Not checked before: checked now.
  }
  const errors = await typeErrors(packages);
  await mkdir(checkedDir, { recursive: true });
  // Written whole, then renamed: a reader never sees part of a list.
  const partial = `${known}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(partial, JSON.stringify(errors));
  await rename(partial, known);
  return errors;
}

/**
 * The lists of earlier checks, each under a hash of all the compiler's answer depends on: its version, the
 * declaration files' (@types/node), the options and every file by path. A package checked before with the same
 * files is not checked again on the next run, as `prettier --cache` skips what it has seen; any change is.
 */
const checkedDir = path.join(repoRoot, "node_modules", ".cache", "sips-json-tests", "tsc");

const versionOf = (pkg: string): string =>
  (JSON.parse(readFileSync(path.join(repoRoot, "node_modules", pkg, "package.json"), "utf8")) as { version: string })
    .version;

function checkKey(packages: Readonly<Record<string, CheckedPackage>>): string {
  const hash = createHash("sha256");
  const part = (text: string) => hash.update(`${text.length}:${text}`);
  part(versionOf("typescript"));
  part(versionOf("@types/node"));
  part(JSON.stringify(compilerOptions));
  for (const [name, { files, more = {} }] of Object.entries(packages)) {
    part(name);
    for (const file of files) if (file.language === "typescript") [file.path, file.content].forEach(part);
    for (const [rel, text] of Object.entries(more)) [rel, text].forEach(part);
  }
  return hash.digest("hex");
}

async function typeErrors(packages: Readonly<Record<string, CheckedPackage>>): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), "sips-tsc-"));
  try {
    const written: string[] = [];
    /** The consumers' files: isolatedDeclarations holds the packages' sources, not the tests' own code beside them. */
    const consumers = new Set<string>();
    const put = async (rel: string, text: string) => {
      await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
      await writeFile(path.join(root, rel), text, "utf8");
      if (rel.endsWith(".ts")) written.push(path.join(root, rel));
    };
    for (const [name, { files, more = {} }] of Object.entries(packages)) {
      // ESM, as in the published package.
      await put(path.join(name, "package.json"), '{ "type": "module" }');
      for (const file of files) if (file.language === "typescript") await put(path.join(name, file.path), file.content);
      for (const [rel, text] of Object.entries(more)) {
        await put(path.join(name, rel), text);
        consumers.add(path.join(name, rel));
      }
    }
    await put("tsconfig.json", JSON.stringify({ compilerOptions, include: ["**/*.ts"] }));
    // One thread: the suite's workers keep the other core busy.
    const run = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(
        tsc,
        ["-p", root, "--pretty", "false", "--listFiles", "--singleThreaded"],
        { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 },
        (error, stdout, stderr) =>
          resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, out: `${stdout}${stderr}` }),
      );
    });
    const lines = run.out.split("\n").filter((line) => line !== "");
    const listed = new Set(lines.filter((line) => path.isAbsolute(line)).map((line) => path.normalize(line)));
    const missing = written.filter((file) => !listed.has(file));
    if (missing.length > 0) throw new Error(`tsc did not check ${missing.join(", ")}:\n${run.out}`);
    // A message's further lines are indented: they join the line that starts it.
    const errors: string[] = [];
    for (const line of lines.filter((l) => !path.isAbsolute(l))) {
      if (/^\s/.test(line) && errors.length > 0) errors[errors.length - 1] += `\n${line}`;
      else errors.push(line);
    }
    // isolatedDeclarations' errors (TS9005-TS9039) in a consumer's file are about the test's code, not the package's.
    const ownErrors = errors.filter(
      (e) => !(/\): error TS90\d\d:/.test(e) && consumers.has(e.slice(0, e.indexOf("(")))),
    );
    if (run.code !== 0 && !errors.some((line) => /\): error TS\d+:/.test(line)))
      throw new Error(`tsc failed (exit ${run.code}):\n${run.out}`);
    return ownErrors;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
