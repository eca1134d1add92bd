// What the client asks of `fetch` and reads of its reply: the global `fetch`
// and `Response` have it, and a fetch of one's own may give no more. Types only
// name globals through `typeof globalThis`, so the declarations need neither
// @types/node nor the DOM.

/** The platform's AbortSignal (never where the platform has none). */
export type AbortSignalLike = typeof globalThis extends { AbortSignal: { prototype: infer S } } ? S : never;

/** What the client hands to `fetch`: the global `fetch` accepts it. */
export interface FetchInit {
  readonly method: "POST";
  readonly headers: { readonly "content-type": string };
  readonly body: string;
  readonly signal: AbortSignalLike;
  /**
   * "manual": a redirect is answered as the HTTP error it is, not followed. Sips's JSON endpoints do not
   * redirect; followed, a 307 would post the sealed request wherever `Location` says, and a 302 turn it into a GET.
   */
  readonly redirect: "manual";
}

/** What the client reads of a reply: the global `Response` has it. */
export interface FetchResponse {
  /** An integer from 100 to 599 (0 for an opaque redirect); any other is a `network` error, its body not read. */
  readonly status: number;
  text(): Promise<string>;
  /**
   * Read as a stream where it is one (has `getReader`, as the global `Response`'s body), so that a reply
   * past `maxReplyBytes` is cancelled there; without it, `text()` is read whole and then measured.
   */
  readonly body?: unknown;
  /**
   * Read for a redirect's `Location`, which its http error names, and a `Content-Length` past
   * `maxReplyBytes`, when it has a `get` as `Headers` has: a fetch of one's own may leave it out or give it in
   * another form.
   */
  readonly headers?: unknown;
  /**
   * Read for "opaqueredirect" only: what a browser's fetch (and fetches made like it) gives for a redirect it
   * does not follow, with status 0 and no headers; its http error then says it was a redirect.
   */
  readonly type?: string;
}

/**
 * A `fetch` the client can be given (`ClientConfig.fetch`): the global `fetch` is one, and so is a function of
 * your own that logs or proxies the request and passes it on. A failure of one of your own says `sent: "maybe"`.
 */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;
