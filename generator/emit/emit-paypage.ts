// The POST interface's bindings (Paypage): an operation's own files, its
// callback's decoder and its form builder (paypage-operation-files.ts), and
// paypage.ts, the subpath that gathers them with the runtime's helpers and the
// redirection form's default status.

import { redirectsToPaypage } from "../../runtime/paypage-played.js";
import type { SpecModel } from "../model/ir.js";
import type { OperationModel } from "../model/operation-model.js";
import { allOperationSources, piecewise, type Emitter, type OperationScope } from "./generated-file.js";
import { concat, declare, exportAll, exportNames, lines, ts } from "./ts/code.js";
import { key } from "./ts/escape.js";
import { jsdoc } from "./ts/comment-escape.js";
import { call, objectLiteral, parenList, property } from "./ts/layouts.js";
import {
  operationModule,
  operationSymbols,
  ownValuesSymbols,
  packageSymbols,
  sharedModule,
  valueListSymbols,
} from "./ts/model-symbols.js";
import { runtime, type Sym } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";
import { emitCallbackModule, emitPostFormModule } from "./paypage-operation-files.js";
import { statusExample } from "./descriptor-parts.js";
import type { Declaration } from "../rules/declaration.js";

const pr = runtime.paypageResponse;
const pv = runtime.paypageVerify;
const prr = runtime.paypageResponseResult;
const pf = runtime.paypagePostForm;
const fs = runtime.factsStop;

/** The runtime's Paypage API that the package exports (root index and the paypage subpath). */
export const PAYPAGE_RUNTIME_VALUES: readonly Sym[] = [
  runtime.verified.isVerified,
  pv.isPaypageResponseGenuine,
  pv.PAYPAGE_DEFAULT_SEAL_ALGORITHM,
  runtime.paypageHtml.renderPaypageAutoPost,
  runtime.paypageHtml.escapeHtml,
  runtime.paypageFormFields.PAYPAGE_FORM_FIELDS,
  runtime.paypageFormFields.PAYPAGE_POST_MAX_LENGTH,
];
export const PAYPAGE_RUNTIME_TYPES: readonly Sym[] = [
  pr.PaypageDecodeOptions,
  prr.PaypageResponseError,
  prr.PaypageSealFacts,
  prr.PaypageResponseResult,
  runtime.verified.Verified,
  pv.PaypageVerifyOptions,
  runtime.paypageForm.PaypageBodyNotReadYet,
  runtime.paypageForm.PaypagePost,
  runtime.paypageForm.PaypagePostArgument,
  runtime.paypageForm.UnreadPaypageBody,
  runtime.paypageData.PaypageIssue,
  runtime.paypageData.PaypageIssueCode,
  runtime.paypageRequest.PaypageForm,
  runtime.paypageRequest.PaypageFormField,
  runtime.paypageRequest.PaypageFormResult,
  runtime.paypageRequest.PaypageRequestError,
  runtime.paypageRedirection.PaypageRedirectionError,
  runtime.paypageRedirection.PaypageRedirectionResult,
  runtime.paypageRedirection.RedirectionFieldNames,
  runtime.paypageRedirection.RedirectionStatusNames,
  runtime.paypageHtml.AutoPostOptions,
  runtime.paypageEncode.PaypageEncoding,
  pf.PostFormConfig,
  pf.PostFormFields,
  pf.PostFormFieldsBeyondFacts,
  fs.FactsStopDescriptor,
  runtime.secretKey.SecretKeys,
];

export const paypageEmitter: Emitter = {
  name: "paypage",
  operation: ({ operation }) => [
    ...(operation.callback ? [emitCallbackModule(operation)] : []),
    ...(operationSymbols(operation).postForm ? [emitPostFormModule(operation)] : []),
  ],
  ...piecewise({ piece: paypagePiece, assemble: (model, pieces) => [emitPaypageModule(model, pieces)] }),
};

/**
 * An operation's part of paypage.ts: the modules of its folder the subpath
 * re-exports (its callback's, its form builder's) and its callback's type.
 * Kept with the operation, so that an unchanged one's names are not worked
 * out again.
 */
interface PaypagePiece {
  readonly modules: readonly string[];
  readonly types: readonly Sym[];
  /** For an operation whose JSON reply takes the buyer to Paypage, its status; null for any other. */
  readonly redirection: RedirectionStatus | null;
}

/** An initialization's status as the redirection form reads it: the codes, and the values constant of its field. */
interface RedirectionStatus {
  readonly operation: string;
  readonly field: string;
  readonly accepted: string;
  readonly messageField: string | null;
  readonly values: Sym | null;
  /** The field's example, named first among its values, as the registry's status gives it. */
  readonly example: string | null;
}

/** A declaration as the symbol a piece keeps (plain data, remembered with the piece). */
const symOf = (d: Declaration): Sym => ({ name: d.name, module: d.module, kind: d.kind });

function paypagePiece({ operation: op }: OperationScope): PaypagePiece {
  const type = operationSymbols(op).callback?.type;
  return {
    modules: [
      ...(op.callback ? [operationModule(op, "callback").path] : []),
      ...(operationSymbols(op).postForm ? [operationModule(op, "postForm").path] : []),
    ],
    types: type ? [symOf(type)] : [],
    redirection: redirectionStatus(op),
  };
}

/** The status of an initialization whose JSON reply sends the buyer to Paypage, with the values its field takes. */
function redirectionStatus(op: OperationModel): RedirectionStatus | null {
  const status = op.status;
  // The mock's local Paypage redirects by the same rule (runtime/mock-site.ts); the form also needs an accepted code.
  if (status === null || status.accepted === null || !redirectsToPaypage(op.callback !== null, op.environments))
    return null;
  const field = op.response.fields.find((f) => f.name === status.field);
  const list = field?.valueList ?? null;
  const own = field === undefined ? null : (ownValuesSymbols(op, op.response, field)?.values ?? null);
  return {
    operation: op.name,
    field: status.field,
    accepted: status.accepted,
    messageField: status.messageField,
    // Values constants only (the list's module holds no code): the browser's bundle of the form stays without the seal.
    values: list === null ? null : symOf(own ?? valueListSymbols(list).values),
    example: statusExample(op),
  };
}

/** paypage.ts: the runtime's Paypage helpers and every operation's decoder and form builder, one subpath. */
function emitPaypageModule(model: SpecModel, pieces: readonly PaypagePiece[]) {
  const file = new TsFile(
    sharedModule(model, "paypage"),
    allOperationSources(model),
    "The Paypage POST interface: verify and decode what Sips posts back, build the form that starts a payment, render a self-posting page.",
  );
  const modules = pieces.flatMap((piece) => piece.modules);
  // The callbacks' types beside their decoders: a shop that imports this subpath alone names what it decodes.
  const types = pieces.flatMap((piece) => piece.types);
  // The first such operation of the spec gives the default its status and the status's values.
  const redirection = pieces.find((piece) => piece.redirection !== null)?.redirection ?? null;
  const rd = runtime.paypageRedirection;
  const { redirectionFields, redirectionForm } = packageSymbols.paypage;
  const status =
    redirection === null
      ? ts`null`
      : objectLiteral([
          property(key("field"), redirection.field),
          property(key("accepted"), redirection.accepted),
          ...(redirection.messageField === null ? [] : [property(key("messageField"), redirection.messageField)]),
          ...(redirection.values === null ? [] : [property(key("values"), concat(redirection.values))]),
          ...(redirection.example === null ? [] : [property(key("example"), redirection.example)]),
        ]);
  file.add(
    lines([
      // formatIssue beside them (the root index exports it with the validators): the results here carry issues too.
      exportNames([...PAYPAGE_RUNTIME_VALUES, runtime.issueFormat.formatIssue, ...PAYPAGE_RUNTIME_TYPES, ...types]),
      lines(modules.map(exportAll)),
    ]),
    ts`
      ${jsdoc([
        redirection === null
          ? "The fields of a Paypage initialization reply that `paypageRedirectionForm` reads by default: no operation of the spec starts a Paypage payment as JSON, so its status names no values."
          : `The fields of ${redirection.operation}'s reply that \`paypageRedirectionForm\` reads by default, its status (\`${redirection.field}\`) with the values and meanings the \`operations\` registry gives the field: a refused code of the list is quoted with its meaning, any other by its kind and length.`,
      ])}
      ${declare("const", redirectionFields)}: ${rd.RedirectionFieldNames} = ${call(rd.redirectionFieldsOf, [status])};

      ${jsdoc([
        "The form that takes the buyer to Paypage after a JSON initialization: the reply's URL as action, its other redirection fields posted. The reply must have been verified (its seal) before: this only reads it.",
        "A reply whose status is not the accepted one is refused, with its code and what it means (a code outside the status's list by its kind and length). Never throws: a reply without these fields says which.",
      ])}
      ${declare("function", redirectionForm)}${parenList([ts`reply: unknown`, ts`names: ${rd.RedirectionFieldNames} = ${concat(redirectionFields)}`])}: ${rd.PaypageRedirectionResult} {
        return ${call(rd.redirectionForm, [ts`reply`, ts`names`])};
      }
    `,
  );
  // Everything the code holds: a lookup when only an operation's summary changed.
  return file.toSplicedFile({ pieces }, []);
}
