// How the mock server answers: a request to an operation's endpoint checked
// (seal, then format: nothing of a sealed message is trusted before its seal
// verifies, its format included) and answered with the operation's
// documented codes, or with the example response (the request's values where
// the reply has the field) or a handler's, sealed; a form
// posted to the local Paypage handed to it (mock-paypage.ts). What a site serves
// is mock-site.ts; how a refusal reads, mock-refusal.ts.

import type { IncomingMessage, ServerResponse } from "node:http";
import { requestBody, sendJson } from "./mock-http.js";
import { calledOfTheTest } from "./mock-failure.js";
import { exampleWithEchoes } from "./mock-echo.js";
import type { MockMessage } from "./mock-operation.js";
import type { JsonStart } from "./mock-paypage.js";
import type { MockPaypageOperation } from "./mock-paypage-options.js";
import { mockFormatRefusal, type MockAnswer, mockRefusal } from "./mock-refusal.js";
import { type MockSite, notServedMessage } from "./mock-site.js";
import { notJsonMessage } from "./mock-not-json.js";
import { badSealMessage, noKeyMessage } from "./mock-keys.js";
import { DEFAULT_SEAL_ALGORITHM, KEY_VERSION_FIELD, SEAL_ALGORITHM_FIELD, SEAL_FIELD } from "./platform.js";
import { isSealAlgorithmName, type SealAlgorithmName } from "./seal.js";
import { isPlainObject } from "./message-reads.js";
import type { OperationDescriptor } from "./descriptor.js";
import { requestFacts } from "./client-request-facts.js";
import { pointer } from "./json-pointer.js";
import { issue } from "./validation.js";
import type { ValidationIssue } from "./validation-types.js";

/** Answers one request to the mock. */
export async function answerRequest(req: IncomingMessage, res: ServerResponse, site: MockSite): Promise<void> {
  const { byPath, keys, handlers } = site;
  const path = requestPath(req.url);
  if (path === null) return void sendJson(res, 404, { error: notServedMessage(site, path) });
  const form = site.forms.get(path);
  if (form) return answerForm(req, res, site, form);
  const served = byPath.get(path);
  if (!served) return void sendJson(res, 404, { error: notServedMessage(site, path) });
  if (req.method !== "POST") return void sendJson(res, 405, { error: "Sips operations take POST" }, { allow: "POST" });
  const text = await requestBody(req, res, served.operation.name);
  if (text === null) return;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return void sendJson(res, 400, { error: notJsonMessage(site, served, req.headers["content-type"], text) });
  }
  const { operation, example } = served;
  site.calls.read(res, operation.name, text, body);
  // The seal first: a request whose seal does not verify is answered as such, whatever its format. A body that is
  // no object carries no seal (nor a keyVersion): it gets the signature error, as a request with no seal does.
  // The key of the keyVersion the request names (absent or not a number: none, unless the mock holds one key).
  // Where the mock holds none, no source says what Sips answers: the seal failure's answer, unsealed, as no key
  // of that version exists to seal it with.
  const keyVersion = isPlainObject(body) ? body[KEY_VERSION_FIELD] : undefined;
  const secretKey = keys.keyOf(keyVersion);
  // The refusal of a seal is sealed with the default algorithm: the sealAlgorithm an unverified request names is
  // trusted no more than its other fields (the key has to be chosen by its keyVersion; nothing else is read).
  if (secretKey === null)
    return send(
      res,
      site,
      mockRefusal(operation, "signatureError", null, DEFAULT_SEAL_ALGORITHM, {
        error: noKeyMessage(keys, keyVersion, "the request's"),
      }),
    );
  if (!isPlainObject(body) || !operation.request.verify(body as never, secretKey)) {
    return send(
      res,
      site,
      mockRefusal(operation, "signatureError", secretKey, DEFAULT_SEAL_ALGORITHM, {
        error: badSealMessage(keys, keyVersion),
      }),
    );
  }
  site.calls.verified(res);
  // Verified: the algorithm it names sealed it, and seals what answers it.
  const named = body[SEAL_ALGORITHM_FIELD];
  const algorithm: SealAlgorithmName | undefined = isSealAlgorithmName(named) ? named : undefined;
  const checked = operation.request.validate(body);
  const errors = withUnversioned(operation, body, checked.ok ? [] : checked.errors);
  if (errors.length > 0) return send(res, site, mockFormatRefusal(operation, secretKey, algorithm, errors));
  const handler = Object.hasOwn(handlers, operation.name) ? handlers[operation.name] : undefined;
  const status = operation.status;
  // The example, the request's values where the reply has the field (its transactionReference, not the example's;
  // none where the request gave none), then the accepted code.
  const echoed = exampleWithEchoes(example, operation.response.fields, operation.request.fields, body);
  const accepted = status?.accepted ? { ...echoed, [status.field]: status.accepted } : echoed;
  const played = site.played.get(served);
  // The reply merged with the Paypage's fields and the sealed one are literals that name their prototype, not
  // bare spreads: V8 gives an object a bare spread makes and then adds to a hidden class of its own, each
  // time. Their properties are defined as a spread defines them (an own __proto__ stays a field).
  let started: JsonStart | undefined;
  const mockReply = (): MockMessage => {
    if (!played) return accepted;
    started = site.paypage.startFromJson(played.paypage, body, secretKey, algorithm, `${site.origin}${played.path}`);
    return { __proto__: Object.prototype, ...accepted, ...started.fields };
  };
  // A handler's fallback: made once, when first asked (a payment started only then), and each call a copy, its
  // containers and lists too, so that a handler that changes what one call gave does not change what another gives.
  let own: MockMessage | undefined;
  const reply = handler
    ? ((await calledOfTheTest(operation.name, "handler", () =>
        handler(body, () => copyOfReply((own ??= mockReply()))),
      )) as MockMessage)
    : mockReply();
  // The payment waits for its browser only when the reply sent can take one there (not when a handler asked for the
  // mock's reply and answered otherwise, or threw).
  started?.openIfSent(reply);
  if (typeof reply[SEAL_FIELD] === "string") return answer(res, site, 200, reply);
  const unsealed = { ...reply };
  delete unsealed[SEAL_FIELD];
  // A seal of null asks for no seal at all, as Sips leaves some refusals: how a client takes an unsealed reply.
  if (reply[SEAL_FIELD] === null) return answer(res, site, 200, unsealed);
  return answer(res, site, 200, {
    __proto__: Object.prototype,
    ...unsealed,
    [SEAL_FIELD]: operation.response.seal(unsealed as never, secretKey, algorithm),
  });
}

/**
 * The path a request targets; null for a target that names none ("*", or no URL at all). An origin-form target
 * ("/a?b") is read after an origin, not resolved against one: resolved, its "//" would start a host, so that "//x/a"
 * named the path "/a" and "//" or "//[" no URL at all, which failed the request as the mock's own error (500). An
 * absolute-form one ("http://host/a", as a proxy sends it) gives its own path.
 */
function requestPath(target: string | undefined): string | null {
  if (target === undefined) return null;
  try {
    return new URL(target.startsWith("/") ? `http://localhost${target}` : target).pathname;
  } catch {
    return null;
  }
}

/** A form a browser posts to the local Paypage: the redirection of a JSON initialization, or the POST interface's form. */
async function answerForm(
  req: IncomingMessage,
  res: ServerResponse,
  site: MockSite,
  served: MockPaypageOperation,
): Promise<void> {
  if (req.method !== "POST") return void sendJson(res, 405, { error: "Paypage takes a form POST" }, { allow: "POST" });
  const text = await requestBody(req, res, served.operation.name);
  if (text === null) return;
  const page = await site.paypage.answerForm(served, text);
  res.writeHead(page.status, {
    "content-type": "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(page.html),
  });
  res.end(page.html);
}

/**
 * A request's format errors, with its interface version's absence where its operation recommends none: Sips reads
 * no request without one, and the client refuses to send one (client-versions.ts), but the validators take it where
 * the spec holds the field as optional (its presence undocumented). First, so that the error field names it.
 */
function withUnversioned(
  operation: OperationDescriptor<unknown, unknown>,
  body: MockMessage,
  errors: readonly ValidationIssue[],
): readonly ValidationIssue[] {
  const field = requestFacts(operation.request).versionField;
  if (field === undefined || operation.interfaceVersion.recommended !== null || body[field] !== undefined)
    return errors;
  const path = pointer("", field);
  if (errors.some((e) => e.path === path && e.code === "required")) return errors;
  const told = `is required: Sips reads no request without an interface version, and the documentation recommends none for ${operation.name}`;
  return [issue(path, "required", told), ...errors];
}

/** A copy of a reply made of JSON values, its objects and lists copied too (an own __proto__ stays a field). */
function copyOfReply(reply: MockMessage): MockMessage {
  const copy: MockMessage = { __proto__: Object.prototype, ...reply };
  for (const [name, value] of Object.entries(copy))
    if (Array.isArray(value) || isPlainObject(value)) Object.defineProperty(copy, name, { value: copyOfValue(value) });
  return copy;
}

function copyOfValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOfValue);
  return isPlainObject(value) ? copyOfReply(value) : value;
}

/** Sends a refusal's answer. */
function send(res: ServerResponse, site: MockSite, refusal: MockAnswer): void {
  answer(res, site, refusal.status, refusal.body);
}

/** Sends a call's answer as JSON, and records it with the call. */
function answer(res: ServerResponse, site: MockSite, status: number, body: MockMessage): void {
  site.calls.sent(res, status, sendJson(res, status, body), true);
}
