import type { Declaration } from "../../rules/declaration.js";

/** A module of the package: its path in the output and the names it declares. */
export interface TsModule {
  readonly path: string;
  readonly declarations: readonly Declaration[];
}

export const tsModule = (modulePath: string, declarations: readonly Declaration[] = []): TsModule => ({
  path: modulePath,
  declarations: declarations.filter((d) => d.module === modulePath),
});
