// What one mock server serves: its operations by path, the local Paypage's POST
// form paths, and which operations it plays payments of (mock-answer.ts answers).

import type { MockHandler, MockOperation } from "./mock-operation.js";
import { MockPaypage } from "./mock-paypage.js";
import type { MockPaypageOperation, MockPaypageOptions } from "./mock-paypage-options.js";
import type { MockKeys } from "./mock-keys.js";
import { MockCalls } from "./mock-calls.js";
import { primaryEndpoint, primaryPostAddress } from "./operation-addresses.js";
import { redirectsToPaypage } from "./paypage-played.js";
import { NAME_SHOWN_LENGTH, servedLike } from "./mock-server-options.js";
import { describe } from "./issue-format.js";
import { cutTo } from "./client-excerpt.js";

/** What one mock server serves. */
export interface MockSite {
  readonly byPath: ReadonlyMap<string, MockOperation>;
  /** The local Paypage's operations, by the path of their POST form address. */
  readonly forms: ReadonlyMap<string, MockPaypageOperation>;
  /** The same, by operation served: where its JSON reply points the buyer. */
  readonly played: ReadonlyMap<MockOperation, { path: string; paypage: MockPaypageOperation }>;
  readonly paypage: MockPaypage;
  readonly keys: MockKeys;
  readonly handlers: { readonly [name: string]: MockHandler | undefined };
  /** The calls answered, where the mock keeps them. */
  readonly calls: MockCalls;
  /** The server's own origin, once it listens: where its redirectionUrl points. */
  origin: string;
}

/**
 * What the mock serves of `operations`, with `keys` and `handlers`, and a local Paypage for those it plays payments
 * of; the calls it answers recorded unless `recordCalls` is false.
 */
export function mockSiteOf(
  operations: readonly MockOperation[],
  keys: MockKeys,
  handlers: { readonly [name: string]: MockHandler | undefined },
  paypageOptions: MockPaypageOptions | undefined,
  recordCalls = true,
): MockSite {
  const byPath = new Map(operations.map((o) => [new URL(primaryEndpoint(o.operation.endpoints)).pathname, o]));
  const played = new Map(
    operations.flatMap((o) => {
      const p = paypageOf(o);
      return p ? [[o, p] as const] : [];
    }),
  );
  const forms = new Map([...played.values()].map((p) => [p.path, p.paypage]));
  const paypage = new MockPaypage(keys, paypageOptions);
  return { byPath, forms, played, paypage, keys, handlers, calls: new MockCalls(recordCalls), origin: "" };
}

/**
 * The URL the mock serves operation `name` at, for a test's own call: the mock's origin and the path of the
 * operation's PROD address, as a client given the mock's url posts to.
 *
 * @throws TypeError once the mock is `closed`, and for a name of no operation served, naming the closest (servedLike).
 */
export function servedUrl(site: MockSite, name: unknown, closed: boolean): `http://${string}` {
  const given = typeof name === "string" ? JSON.stringify(cutTo(name, NAME_SHOWN_LENGTH)) : describe(name);
  if (closed) throw new TypeError(`urlOf(${given}): the mock is closed (close() was called); start another`);
  for (const [path, served] of site.byPath)
    if (served.operation.name === name) return `${site.origin}${path}` as `http://${string}`;
  const names = [...site.byPath.values()].map((o) => o.operation.name);
  // A name not even a string (code not typed) is described, and told every name served.
  const like = servedLike(typeof name === "string" ? name : "", names);
  throw new TypeError(`urlOf(${given}): the mock serves no such operation (${like})`);
}

/**
 * What a 404 says: where the path ends with one the mock serves, that the base URL was given a path of its own (the
 * reference index's base address, ".../rs-services/v2", where the mock wants its url alone), which the client puts
 * before each operation's path.
 */
export function notServedMessage(site: MockSite, path: string | null): string {
  const served = [...site.byPath.keys(), ...site.forms.keys()];
  const meant = path === null ? undefined : served.find((p) => path.length > p.length && path.endsWith(p));
  return meant === undefined
    ? "no operation at this path: the mock serves each at the path of its PROD address"
    : `no operation at this path, which ends with ${meant}: give the mock's url alone, without a path, as the environment`;
}

/**
 * The POST form path of an operation the mock plays payments of (its JSON reply sends the buyer to Paypage, by the
 * rule the generated paypage module follows), with what it needs.
 */
function paypageOf(served: MockOperation): { path: string; paypage: MockPaypageOperation } | null {
  const { operation, callbackExample } = served;
  const post = primaryPostAddress(operation.addresses);
  if (!redirectsToPaypage(operation.callback !== null, Object.values(operation.addresses))) return null;
  if (!operation.callback || callbackExample === undefined || post === undefined) return null;
  return {
    path: new URL(post).pathname,
    paypage: { operation, callback: operation.callback, example: callbackExample },
  };
}
