import type { PlatformModel } from "../model/ir.js";
import type { OperationModel } from "../model/operation-model.js";
import { compareText } from "../rules/code-point-order.js";
import { headerText } from "./header.js";
import { fromInputs, specPath, type Emitter, type GeneratedFile } from "./generated-file.js";
import { declare, ts } from "./ts/code.js";
import { key, lit } from "./ts/escape.js";
import { jsdoc } from "./ts/comment-escape.js";
import { arrayLiteral, objectLiteral, property } from "./ts/layouts.js";
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

/** The environment where payments are real, as every operation names it. */
const PRODUCTION = "prod";

/**
 * The host of every production address of every operation (JSON, form, SOAP), as DNS reads it (no trailing dot),
 * each once, sorted: a base URL at any of them is production's server, whichever operation it is given to.
 */
export const productionHostsOf = (operations: readonly OperationModel[]): string[] =>
  [
    ...new Set(
      operations.flatMap((op) =>
        op.environments
          .filter((e) => e.name === PRODUCTION)
          .flatMap((e) => [e.json, e.post, e.soap])
          .flatMap((url) => (url === null ? [] : [new URL(url).hostname.replace(/\.+$/, "")])),
      ),
    ),
  ].sort(compareText);

/** What platform.ts is made from: the platform rules, and the hosts of the operations' production addresses. */
interface PlatformInputs {
  readonly platform: PlatformModel;
  readonly productionHosts: readonly string[];
}

/** runtime/platform.ts: what the runtime takes from spec/sips.yaml (the seal's field names and algorithms) and the production hosts. */
function emitPlatform({ platform, productionHosts }: PlatformInputs): GeneratedFile {
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
    [specPath(platform.sourceFile), `${specPath("operations/")} (every operation)`],
    "The facts of the platform file the runtime uses: the seal rule (runtime/seal.ts), the fields a client fills and the public test key; and the production hosts of the operations.",
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
    ts`
      /**
       * The hosts of the production addresses of every operation, "prod"'s: the public test key is refused for a
       * base URL at any of them, whatever the operation (one's server is production's for all).
       */
      ${declare("const", names.productionHosts)}: readonly string[] = ${arrayLiteral(productionHosts.map(lit))};
    `,
  );
  return file.toGeneratedFile();
}

/** runtime/: the code every operation shares, copied from runtime/, and the platform facts it needs. */
export const runtimeEmitter: Emitter = {
  name: "runtime",
  // The platform rules and the production hosts alone (the copies are the generator's own): an edit of an
  // operation that keeps its hosts leaves them as they were.
  ...fromInputs({
    inputs: (model): PlatformInputs => ({
      platform: model.platform,
      productionHosts: productionHostsOf(model.operations),
    }),
    files: (inputs) => [...RUNTIME_MODULES.map(copyOfRuntime), emitPlatform(inputs)],
  }),
};
