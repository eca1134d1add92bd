// A consumer of each operation's own client function, made from the operations generated: a configuration's
// interfaceVersions is keyed by the package's operations (in `ClientConfig` as the package exports it too), so
// that a misspelt one does not compile, while a configuration shared by every operation's function (a version of
// another operation in it) does.

/** The operations whose `client.ts` is among the generated files' paths ("operations/<name>/client.ts"). */
export function clientOperations(paths: readonly string[]): string[] {
  return paths.flatMap((p) => /^operations\/([^/]+)\/client\.ts$/.exec(p)?.[1] ?? []).sort();
}

/** The consumer's source, importing generated/ from a folder beside it. */
export function configConsumer(operations: readonly string[]): string {
  const call = (name: string) => `call${name[0]?.toUpperCase()}${name.slice(1)}`;
  const lines = operations.flatMap((name, i) => {
    const other = operations[(i + 1) % operations.length];
    return [
      `import { ${call(name)} } from "../generated/operations/${name}/client.js";`,
      `export const misspelt${i} = ${call(name)}({`,
      `  ...base,`,
      `  interfaceVersions: {`,
      `    // @ts-expect-error a misspelt operation name`,
      `    ${name}s: "X_1.0",`,
      `  },`,
      `}, {} as never);`,
      `export const sharedLiteral${i} = ${call(name)}({ ...base, interfaceVersions: { ${other}: versions.${other} } }, {} as never);`,
      `export const otherInterface${i} = ${call(name)}({`,
      `  ...base,`,
      `  interfaceVersions: {`,
      `    // @ts-expect-error a version of another interface, which each call would refuse`,
      `    ${name}: "X_1.0",`,
      `  },`,
      `}, {} as never);`,
      `export const shared${i} = ${call(name)}(shared, {} as never);`,
      `export const unannotated${i} = ${call(name)}(unannotated, {} as never);`,
    ];
  });
  return [
    `import { createClient, type ClientConfig, type ClientInterfaceVersions, type ClientOperationName } from "../generated/index.js";`,
    `const base = { environment: "test", merchantId: "002001000000001", keyVersion: 1, secretKey: "k" } as const;`,
    `// A version of each operation's own interface, whatever its prefix.`,
    `declare const versions: ClientInterfaceVersions;`,
    `const shared: ClientConfig<ClientOperationName> = { ...base, interfaceVersions: { ${operations[0]}: versions.${operations[0]} } };`,
    `const unannotated = { ...base, interfaceVersions: { ${operations.at(-1)}: versions.${operations.at(-1)} } };`,
    `// The configuration as a project writes it in a module of its own, typed by the package's name for it.`,
    `export const annotated: ClientConfig = {`,
    `  ...base,`,
    `  interfaceVersions: {`,
    `    // @ts-expect-error a misspelt operation name`,
    `    ${operations[0]}s: "X_1.0",`,
    `  },`,
    `};`,
    `export const client = createClient(shared);`,
    ...lines,
    "",
  ].join("\n");
}

/**
 * A consumer of each operation's recommended interfaceVersion as the `operations` registry types it: the literal
 * the spec gives (or null), which a configuration's `interfaceVersions` takes as it is, without a cast.
 */
export function recommendedConsumer(
  operations: readonly { readonly name: string; readonly recommended: string | null }[],
): string {
  const documented = operations.filter((op) => op.recommended !== null);
  const lines = operations.flatMap(({ name, recommended }, i) => [
    `export const recommended${i}: ${JSON.stringify(recommended)} = operations.${name}.interfaceVersion.recommended;`,
    `// @ts-expect-error another version than the spec's`,
    `export const other${i}: "X_0.0" = operations.${name}.interfaceVersion.recommended;`,
  ]);
  return [
    `import { createClient, operations } from "../generated/index.js";`,
    `const base = { environment: "test", merchantId: "002001000000001", keyVersion: 1, secretKey: "k" } as const;`,
    ...lines,
    `export const client = createClient({`,
    `  ...base,`,
    `  interfaceVersions: {`,
    ...documented.map(({ name }) => `    ${name}: operations.${name}.interfaceVersion.recommended,`),
    `  },`,
    `});`,
    "",
  ].join("\n");
}
