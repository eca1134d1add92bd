// An operation's two files of the POST interface (Paypage): its callback's
// validator, field list and decoder (operations/<op>/callback.ts), and its form
// builder (operations/<op>/post-form.ts). The logic is the runtime's
// (runtime/paypage-*.ts); these files bind the operation's descriptors,
// addresses and recommended version to it.

import type { OperationModel } from "../model/operation-model.js";
import type { Declaration } from "../rules/declaration.js";
import { ownPropertyCode } from "./emit-validators.js";
import { messageFieldList } from "./field-descriptors.js";
import { operationSources } from "./generated-file.js";
import { concat, declare, ts } from "./ts/code.js";
import { key, lit } from "./ts/escape.js";
import { docLink, docTag, jsdoc } from "./ts/comment-escape.js";
import { arrayLiteral, call, objectLiteral, parenList, property } from "./ts/layouts.js";
import { unionType } from "./ts/type-layouts.js";
import { messageSymbols, operationModule, operationSymbols } from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";
import { messageValidators } from "./validators/message-validators.js";

const pr = runtime.paypageResponse;
const prr = runtime.paypageResponseResult;
const pf = runtime.paypagePostForm;
/** The environment where payments are real, as the runtime's check of the public test key names it. */
const PRODUCTION = "prod";

/**
 * operations/<op>/callback.ts: the callback's field list, validators and decoder, bound to the runtime's
 * decodePaypagePost.
 */
export function emitCallbackModule(op: OperationModel) {
  const callback = op.callback as NonNullable<OperationModel["callback"]>;
  const names = operationSymbols(op).callback as NonNullable<ReturnType<typeof operationSymbols>["callback"]>;
  const message = callback.message;
  // A secret beyond the saved facts is the message's, not a field's: the decoder is told, as the validators are.
  const decodedMessage = [
    property(key("fields"), concat(names.fields)),
    property(key("validate"), concat(names.validate)),
    ...(message.factsStop?.sensitive ? [property(key("secretBeyondFacts"), ts`true`)] : []),
    // The names of the environments with a form address, on one line as the options' type names them: the public
    // test key is taken only for one of them but production. Production's address alone, the only one the check
    // reads (a base URL at its host is production): the others left out, an address edited changes no line here.
    property(key("environments"), arrayLiteral(postEnvironments(op).map((e) => lit(e.name)))),
    property(
      key("addresses"),
      objectLiteral(
        postEnvironments(op)
          .filter((e) => e.name === PRODUCTION)
          .map((e) => property(key(e.name), objectLiteral([property(key("post"), lit(e.post as string))]))),
      ),
    ),
  ];
  const environments = unionType(postEnvironments(op).map((e) => ts`${lit(e.name)}`));
  const file = new TsFile(operationModule(op, "callback"), operationSources(op)).withConstantImports();
  file.add(
    ts`
      ${jsdoc([["The fields of ", docLink(names.type.name), ", as the `operations` registry describes them."]])}
      ${declare("const", names.fields)}: readonly ${runtime.descriptor.FieldDescriptor}[] = ${messageFieldList(op, message)};
    `,
    ownPropertyCode(names.ownProperty),
    // A field narrowed to its page's values is checked against them, as a response's is.
    ...messageValidators(op, message, names),
    ts`
      ${jsdoc([
        `Verifies and decodes the ${callback.name} that Sips posts back after ${op.name} (to the shop's return address through the browser, and server to server).`,
        "",
        "The seal first, over `Data` exactly as posted and in constant time: nothing of `Data` is read before it verifies. Then `Encode`, the split of `Data` into fields, each typed after the spec, and validation.",
        "`post` is the raw application/x-www-form-urlencoded body (text or bytes), parsed entries (URLSearchParams, FormData) or a record of the form's fields; `unknown` is taken too. A body not read yet (a promise, a Request, node's request) does not compile: it is always refused.",
        "Never throws for a post, whatever it is; the result never holds the key. Pin the seal algorithm your requests use in `options`.",
        "An `ok` result is genuine, not new nor yet yours: the same response is posted to both addresses and may be posted again, and nothing of it is compared with what you started. Compare the shop and what it names of the order or session (its reference, the sum paid and its currency) with your own record, and act on it once.",
        "Nor is every genuine post an outcome: the shop's own request form, which the buyer's browser holds, is sealed with the same key. Naming an address the response is posted to, which the response's facts do not hold, it is refused as `not-a-response`; naming neither, it decodes `ok`, naming no outcome. Act on the accepted code the response names, never on the absence of a refusal.",
        "`secretKey` is one key, or while a new key replaces an old one, the keys the shop holds, newest first: each is tried in constant time, and `keyIndex` in the result says which verified.",
        "`options.environment` says where the payment was started, as the form's `environment` does: the public test key (`PUBLIC_TEST_SECRET_KEY`), which anyone can seal with, is taken only with one of the operation's environments other than production, or a base URL at no production host (a mock's; see `PRODUCTION_HOSTS`); a name the operation does not have is refused with it.",
        "",
        docTag(
          "throws",
          "TypeError when a key is not a non-empty string with no lone surrogate, the list of keys is empty, the pinned algorithm is unknown, the environment is neither a name nor an http(s) URL, or a key is the public test key with no environment, production's or a name the operation does not have (programmer errors).",
        ),
      ])}
      ${declare("function", names.decode)}<Post>${parenList([ts`post: ${runtime.paypageForm.PaypagePostArgument}<Post>`, ts`secretKey: ${runtime.secretKey.SecretKeys}`, ts`options?: ${pr.PaypageDecodeOptions}<${environments}>`])}: ${prr.PaypageResponseResult}<${names.type}> {
        return ${call(pr.decodePaypagePost, [objectLiteral(decodedMessage), ts`post`, ts`secretKey`, ts`options`])};
      }
    `,
  );
  return file.toGeneratedFile();
}

/** operations/<op>/post-form.ts: the form builder, bound to the runtime's operationPostForm. */
export function emitPostFormModule(op: OperationModel) {
  const builder = operationSymbols(op).postForm as Declaration;
  const request = messageSymbols(op, op.request);
  const file = new TsFile(operationModule(op, "postForm"), operationSources(op));
  const environments = postEnvironments(op).map((e) => ts`${lit(e.name)}`);
  const post = op.interfaceVersion.post;
  const version = post?.version ?? null;
  // The prefix as the model knows it: the runtime does not read it back from the version's text.
  const postInterface =
    post === null
      ? ts`null`
      : objectLiteral([property(key("prefix"), lit(post.prefix)), property(key("version"), lit(post.version))]);
  file.add(ts`
    ${jsdoc([
      `The form a buyer's browser posts to start ${op.name} through the POST interface: \`Data\` (the request's fields as key=value pairs joined by |, with the shop's credentials from \`config\`), \`InterfaceVersion\` (${version === null ? "`config.interfaceVersion`, which each call must give: the spec recommends no version of the POST interface, so none is sent by default and none is held to a prefix" : `${version} by default`}), \`Seal\`, \`SealAlgorithm\` and, when asked, \`Encode\`.`,
      "",
      "Posted to the operation's POST form address in `config.environment`, or at its path under a base URL (a mock server). Render it with `renderPaypageAutoPost`.",
      "The fields are validated as a request; an invalid one gives `{ ok: false, error }` with every problem, never an exception.",
      "",
      docTag("throws", "TypeError for a configuration that cannot work (the key is never shown)."),
    ])}
    ${declare("function", builder)}${parenList([ts`fields: ${op.request.factsStop ? pf.PostFormFieldsBeyondFacts : pf.PostFormFields}<${request.type}>`, ts`config: ${pf.PostFormConfig}<${unionType(environments)}>`])}: ${runtime.paypageRequest.PaypageFormResult} {
      return ${call(pf.operationPostForm, [concat(operationSymbols(op).postRequest as Declaration), postInterface, ts`fields`, ts`config`])};
    }
  `);
  return file.toGeneratedFile();
}

/** The environments where the operation has a POST form address. */
const postEnvironments = (op: OperationModel) => op.environments.filter((e) => e.post !== null);
