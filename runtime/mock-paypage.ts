// The mock server's Paypage: a payment started as JSON (paymentWebInit) or by
// the POST interface's form becomes a session; posting the reply's
// redirectionData to its redirectionUrl (the operation's POST form path on the
// mock) plays the payment. Its outcome, a handler's or accepted, is sealed as
// Sips seals a Paypage response (mock-paypage-response.ts), posted server to
// server to automaticResponseUrl (mock-automatic-response.ts), and handed to
// the browser as a self-posting form to normalReturnUrl (the request fields
// Worldline's SDKs and samples name for these addresses). No node:http here:
// the server (mock-server.ts) routes to these functions.

import { randomBytes } from "node:crypto";
import { postAutomaticResponse } from "./mock-automatic-response.js";
import type { MockKeys } from "./mock-keys.js";
import { readPostedForm } from "./mock-paypage-form.js";
import { errorPage, type PageAnswer } from "./mock-paypage-page.js";
import { jsonStartedVersion } from "./mock-paypage-version.js";
import { calledOfTheTest } from "./mock-failure.js";
import type { MockPaypageMessage, MockPaypageOperation, MockPaypageOptions } from "./mock-paypage-options.js";
import { type ResponseSealing, responseFields, sealedResponse } from "./mock-paypage-response.js";
import { renderPaypageAutoPost } from "./paypage-html.js";
import { AUTOMATIC_RESPONSE_FIELD, NORMAL_RETURN_FIELD } from "./paypage-not-a-response.js";
import { REDIRECTION_FIELDS } from "./paypage-redirection.js";
import { isPaypageFormAction, type PaypageForm } from "./paypage-request.js";
import type { SealAlgorithmName } from "./seal.js";
import { DEFAULT_SEAL_ALGORITHM } from "./platform.js";

/** A payment started, waiting for the browser: its request, and what its response is sealed with. */
interface Session extends ResponseSealing {
  readonly served: MockPaypageOperation;
  readonly request: MockPaypageMessage;
}

/**
 * A payment initialized as JSON, not waiting yet: the redirection fields of its reply, and `openIfSent`, which
 * opens it when the reply sent carries them (its redirectionData): a reply a handler answered otherwise sends
 * the browser nowhere, and a payment opened for it would only wait to be dropped as abandoned.
 */
export interface JsonStart {
  readonly fields: MockPaypageMessage;
  openIfSent(reply: MockPaypageMessage): void;
}

/** The redirectionVersion the mock's replies carry: Sips's is opaque to the shop, which posts it back as it is. */
export const MOCK_REDIRECTION_VERSION = "mock-1";

/**
 * How many payments started as JSON may wait for their redirection: past it,
 * the oldest is dropped (its redirectionData then refused), so that a mock
 * that runs for long does not keep every payment a test left unfinished.
 */
export const MAX_OPEN_SESSIONS = 10_000;

/** The sessions of one mock server and the payments played there. */
export class MockPaypage {
  private readonly sessions = new Map<string, Session>();
  /** Aborted by `close`: an automatic response still in flight then, to a shop that does not answer, ends. */
  private readonly closing = new AbortController();
  /** The automatic responses in flight, each ending once reported. */
  private readonly posting = new Set<Promise<void>>();
  // Fields assigned in the constructor, not parameter properties: the shipped sources compile under erasableSyntaxOnly.
  private readonly keys: MockKeys;
  private readonly options: MockPaypageOptions;

  constructor(keys: MockKeys, options: MockPaypageOptions = {}) {
    this.keys = keys;
    this.options = options;
  }

  /**
   * A payment initialized as JSON (its request valid and verified with
   * `secretKey`): the redirection fields of the reply, which send the browser
   * to `redirectionUrl`, and the payment, opened once a reply that carries
   * them is sent.
   */
  startFromJson(
    served: MockPaypageOperation,
    request: MockPaypageMessage,
    secretKey: string,
    algorithm: SealAlgorithmName | undefined,
    redirectionUrl: string,
  ): JsonStart {
    const field = served.operation.request.fields.find((f) => f.type === "interfaceVersion");
    const version = field ? request[field.name] : undefined;
    const session: Session = {
      served,
      request,
      secretKey,
      algorithm: algorithm ?? DEFAULT_SEAL_ALGORITHM,
      encode: undefined,
      interfaceVersion: jsonStartedVersion(
        served.operation.interfaceVersion,
        typeof version === "string" ? version : "",
      ),
    };
    const token = randomBytes(16).toString("hex");
    let opened = false;
    return {
      fields: {
        [REDIRECTION_FIELDS.url]: redirectionUrl,
        redirectionVersion: MOCK_REDIRECTION_VERSION,
        redirectionData: token,
      },
      openIfSent: (reply) => {
        if (opened || reply["redirectionData"] !== token) return;
        opened = true;
        this.open(token, session);
      },
    };
  }

  /**
   * A form posted to the operation's POST form path: the redirection of a
   * JSON initialization (redirectionData) plays its payment; the POST
   * interface's form (Data, Seal, InterfaceVersion) is verified and read as
   * the request, then played at once.
   */
  async answerForm(served: MockPaypageOperation, body: string): Promise<PageAnswer> {
    const form = new URLSearchParams(body);
    const token = form.get("redirectionData");
    if (token !== null) {
      const session = this.sessions.get(token);
      // One payment per initialization, as on Paypage.
      this.sessions.delete(token);
      if (!session) return errorPage(400, "Unknown or used redirectionData: start the payment again.");
      return this.play(session);
    }
    const read = readPostedForm(served.operation, body, this.keys);
    if (!read.ok) return errorPage(400, read.message);
    const { request, secretKey, algorithm, encode, interfaceVersion } = read;
    return this.play({ served, request, secretKey, algorithm, encode, interfaceVersion });
  }

  /**
   * Ends the automatic responses in flight (each reported, its error saying the mock closed) and resolves once
   * they are: nothing of the mock then outlives its server, a socket to a shop that does not answer included.
   */
  async close(): Promise<void> {
    this.closing.abort(new Error("the mock server closed before the shop answered"));
    await Promise.all(this.posting);
  }

  private open(token: string, session: Session): void {
    // A Map keeps its order of insertion: its first key is the oldest session.
    if (this.sessions.size >= MAX_OPEN_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
    this.sessions.set(token, session);
  }

  /** The response sealed as Sips seals it; posted to automaticResponseUrl, then the browser's page. */
  private async play(session: Session): Promise<PageAnswer> {
    const { served, request } = session;
    const { outcome: ofTheTest } = this.options;
    // A copy of the request: an outcome that changes what it was given does not change the payment's request.
    const outcome = ofTheTest
      ? await calledOfTheTest(served.operation.name, "payment outcome", () => ofTheTest({ ...request }))
      : {};
    const { fields: callbackFields } = served.callback;
    const response = responseFields(callbackFields, served.operation.request.fields, served.example, request, outcome);
    const sealed = sealedResponse(callbackFields, response, session);
    if ("problem" in sealed) return errorPage(500, sealed.problem);
    const { fields } = sealed;
    const automatic = request[AUTOMATIC_RESPONSE_FIELD];
    // Not once the mock has closed (an outcome still running then): close has resolved, and so the post and its report
    // would outlive it.
    if (isPaypageFormAction(automatic) && !this.closing.signal.aborted) {
      const timeoutMs = this.options.automaticResponseTimeoutMs ?? 10_000;
      const posted = postAutomaticResponse(
        automatic,
        fields,
        timeoutMs,
        (report) => this.options.onAutomaticResponse?.(report),
        this.closing.signal,
      );
      this.posting.add(posted);
      await posted.finally(() => this.posting.delete(posted));
    }
    const normal = request[NORMAL_RETURN_FIELD];
    if (!isPaypageFormAction(normal))
      return errorPage(200, `The payment is done; the request gave no ${NORMAL_RETURN_FIELD} to return to.`);
    const form: PaypageForm = { action: normal, method: "POST", fields };
    return {
      status: 200,
      html: renderPaypageAutoPost(form, {
        title: "Mock Paypage: back to the shop",
        // Shown when scripts are off: the buyer has paid, so the default "Continue to payment" would mislead.
        submitLabel: "Back to the shop",
      }),
    };
  }
}
