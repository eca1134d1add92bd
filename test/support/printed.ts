import type { Code } from "../../generator/emit/ts/code.js";
import { TsFile } from "../../generator/emit/ts/ts-file.js";
import { tsModule, type TsModule } from "../../generator/emit/ts/ts-module.js";

/** What the printer writes for `code` in a file of `module` (by default one that declares nothing): the text under the header, without the last line break. */
export function printed(code: Code | readonly Code[], module: TsModule = tsModule("x.ts")): string {
  const file = new TsFile(module, ["spec/x.yaml"]).add(...(Array.isArray(code) ? code : [code]));
  return file.render().split("\n").slice(2).join("\n").replace(/\n$/, "");
}
