// The output of an earlier generator, for "no loss of speed" side by side: the
// generated/ folder of PREVIOUS_REF, taken from git into bench/.work/ and
// compiled with the package's build options, as the package's own output is
// (package-code.ts): through tsx only when the bench runs the package so. Null where the history does not hold that commit (a
// shallow clone): its column then stays empty.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { MessageDescriptor } from "../generated/index.js";
import { compileLike } from "./compile-like.js";
import { packageCode } from "./package-code.js";

/** The last commit before the generated TypeScript was written by the printer (Handlebars templates and prettier). */
export const PREVIOUS_REF = "14b2a3f";

const root = fileURLToPath(new URL("../", import.meta.url));
const dir = path.join(root, "bench", ".work", `previous-${PREVIOUS_REF}`);

type Operations = Record<string, { request: MessageDescriptor<unknown>; response: MessageDescriptor<unknown> }>;

export async function previousOperations(): Promise<Operations | null> {
  try {
    if (!existsSync(path.join(dir, "generated", "index.ts"))) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const archive = execFileSync("git", ["archive", PREVIOUS_REF, "generated"], { cwd: root, maxBuffer: 1 << 28 });
      execFileSync("tar", ["-x", "-C", dir], { input: archive });
    }
    const source = path.join(dir, "generated");
    if (packageCode === "dist") compileLike(`previous-${PREVIOUS_REF}`, source, source, path.join(dir, "dist"));
    const entry = packageCode === "dist" ? path.join(dir, "dist", "index.js") : path.join(source, "index.ts");
    const module = (await import(pathToFileURL(entry).href)) as {
      operations: Operations;
    };
    return module.operations;
  } catch {
    return null;
  }
}
