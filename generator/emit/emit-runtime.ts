import type { PlatformModel } from "../model/ir.js";
import { headerText } from "./header.js";
import { fromInputs, specPath, type Emitter, type GeneratedFile } from "./generated-file.js";
import { declare, ts } from "./ts/code.js";
import { jsdoc, key, lit } from "./ts/escape.js";
import { objectLiteral, property } from "./ts/layouts.js";
import { RUNTIME_MODULES, runtimeSource } from "../runtime-sources.js";
import { packageSymbols, sharedModuleOf } from "./ts/model-symbols.js";
import { TsFile } from "./ts/ts-file.js";

/** The runtime as written in runtime/, under the generated header. */
function copyOfRuntime(name: string): GeneratedFile {
  const content = `// ${headerText([`runtime/${name}.ts`])}\n\n${runtimeSource(name)}`;
  return { path: `runtime/${name}.ts`, language: "typescript", content, verbatim: true };
}

/** What a seal algorithm computes, in words. */
const algorithmWords = (a: PlatformModel["seal"]["algorithms"][number]): string =>
  a.kind === "hmac"
    ? `HMAC-${a.hash.toUpperCase()} of the sealing string, keyed with the secret key (${a.hexLength} hex characters).`
    : `${a.hash.toUpperCase()} of the sealing string followed by the secret key (${a.hexLength} hex characters).`;

/** runtime/platform.ts: what the runtime takes from spec/sips.yaml (the seal's field names and algorithms). */
function emitPlatform(platform: PlatformModel): GeneratedFile {
  const { seal } = platform;
  const names = packageSymbols.platform;
  const algorithms = objectLiteral(
    seal.algorithms.map(
      (a) =>
        ts`
        ${jsdoc([algorithmWords(a)])}
        ${property(key(a.name), objectLiteral([property(key("kind"), a.kind), property(key("hash"), a.hash)]))}
      `,
    ),
    true,
  );
  const file = new TsFile(
    sharedModuleOf({}, "platform"),
    [specPath(platform.sourceFile)],
    "The facts of the platform file the runtime uses: the seal rule (runtime/seal.ts), the fields a client fills and the public test key.",
  );
  file.add(
    ts`
      /** The field that carries a message's seal. */
      ${declare("const", names.sealField)} = ${lit(seal.field)};
    `,
    ts`
      /** The field in which a message may name its seal algorithm. */
      ${declare("const", names.sealAlgorithmField)} = ${lit(seal.algorithmField)};
    `,
    ts`
      /** The seal algorithms this package computes, by name: an HMAC keyed with the secret key, or a digest of the sealing string followed by the key. */
      ${declare("const", names.sealAlgorithms)} = ${algorithms} as const;
    `,
    ts`
      /** Used when neither the caller nor the message names an algorithm. */
      ${declare("const", names.defaultSealAlgorithm)} = ${lit(seal.defaultAlgorithm)};
    `,
    ts`
      /** The request field that names the shop: a client fills it from its configuration. */
      ${declare("const", names.merchantIdField)} = ${lit(platform.credentials.merchantIdField)};
    `,
    ts`
      /** The request field that names the version of the secret key: a client fills it from its configuration. */
      ${declare("const", names.keyVersionField)} = ${lit(platform.credentials.keyVersionField)};
    `,
    ts`
      /**
       * The public simulation shop's secret key, which anyone can seal with: a client and a POST form refuse it for
       * "prod", and a decoder of a posted result unless its \`options.environment\` names another one.
       */
      ${declare("const", names.publicTestSecretKey)} = ${lit(platform.examples.secretKey)};
    `,
  );
  return file.toGeneratedFile();
}

/** runtime/: the code every operation shares, copied from runtime/, and the platform facts it needs. */
export const runtimeEmitter: Emitter = {
  name: "runtime",
  // The platform rules alone (the copies are the generator's own): an edit of an operation leaves them as they were.
  ...fromInputs({
    inputs: (model) => model.platform,
    files: (platform) => [...RUNTIME_MODULES.map(copyOfRuntime), emitPlatform(platform)],
  }),
};
