import { compareText } from "../../rules/code-point-order.js";
import type { OperationModel } from "../../model/operation-model.js";
import { rememberedText } from "../ts/print-memo.js";
import { urlParts } from "./url-parts.js";
import { commonDirectory, commonPathSuffix, rootDirectory } from "./url-directories.js";

/** What the layout reads of an operation, and nothing else: it is remembered under these (rememberedLayout). */
const LAID_OUT_FIELDS = ["name", "endpoints", "environments", "primaryEndpoint"] as const;

export type LaidOutOperation = Pick<OperationModel, (typeof LAID_OUT_FIELDS)[number]>;

/** A server of an OpenAPI document: a URL and the environment's label (PROD, TEST, SIMU). */
export interface Server {
  readonly url: string;
  readonly description: string;
}

/**
 * The servers of an OpenAPI document and each operation's path. The root
 * servers are those of the environments most operations share, on the hosts
 * most of them share, at the API version's directory most of them share
 * (/rs-services/v2; url-directories.ts), one per environment, and paths what
 * remains of each address. An operation
 * in other environments, on another host, or whose path differs between
 * environments, gets its own servers: what precedes the path its addresses
 * share. So a release that moves one operation to another host changes its
 * own path and servers, not every other operation's, and so does one that moves
 * to another version's path on the same host. Only JSON addresses are
 * servers: the POST form and SOAP ones are not operations of this document.
 */
export interface ServerLayout {
  readonly servers: readonly Server[];
  readonly paths: ReadonlyMap<string, LaidOutPath>;
  /** The JSON it was read from (its servers, and each operation's name and place): what a key of a file made from it holds of it. */
  readonly text: string;
}

export function serverLayout(operations: readonly LaidOutOperation[]): ServerLayout {
  let layout = layouts.get(operations);
  if (layout === undefined) layouts.set(operations, (layout = rememberedLayout(operations)));
  return layout;
}

/**
 * layoutOf, remembered (ts/print-memo.ts) under all it reads of each
 * operation: a new process with one operation's summary edited among a
 * thousand takes it from the memo rather than work out every address again.
 */
function rememberedLayout(operations: readonly LaidOutOperation[]): ServerLayout {
  const inputs = operations.map((op) => LAID_OUT_FIELDS.map((field) => op[field]));
  const text = rememberedText("server layout", inputs, () => {
    const { servers, paths } = layoutOf(operations);
    return JSON.stringify({ servers, paths: [...paths] });
  });
  const { servers, paths } = JSON.parse(text) as { servers: Server[]; paths: [string, LaidOutPath][] };
  return { servers, paths: new Map(paths), text };
}

/** An operation's path in the document, and its own servers where it has them. */
type LaidOutPath = { readonly path: string; readonly servers: readonly Server[] | null };

/**
 * The layout of each list of operations (openapi.json and the reference index
 * both ask for it), and what it takes of each operation, which a process that
 * generates again and again keeps for every operation a save left unchanged:
 * worked out once, not for each of a thousand operations on every save.
 */
const layouts = new WeakMap<readonly LaidOutOperation[], ServerLayout>();
const ownOf = new WeakMap<LaidOutOperation, { path: string; servers: Server[] }>();
const onePathOf = new WeakMap<LaidOutOperation, boolean>();
const environmentsKeyOf = new WeakMap<LaidOutOperation, string>();
const originsKeyOf = new WeakMap<LaidOutOperation, string>();

function known<T>(cache: WeakMap<LaidOutOperation, T>, op: LaidOutOperation, make: (op: LaidOutOperation) => T): T {
  let value = cache.get(op);
  if (value === undefined) cache.set(op, (value = make(op)));
  return value;
}

function layoutOf(operations: readonly LaidOutOperation[]): Omit<ServerLayout, "text"> {
  const shared = sharedEnvironments(operations);
  // The root servers come from the operations that are at one path in every environment, on the hosts most of
  // them are on: one operation on a host of its own takes no other's path away.
  const candidates = operations.filter((op) => environmentsKey(op) === shared && known(onePathOf, op, onePathOnce));
  const hosts = mostCommon(candidates.map((op) => known(originsKeyOf, op, originsKey)));
  const onHosts = candidates.filter((op) => known(originsKeyOf, op, originsKey) === hosts);
  // And under the API version's directory most of them share (rootDirectory): one operation moved to another
  // version's path (/v3) takes no other's path away either, nor does a directory that comes to hold most of them.
  const hostPaths = onHosts.map((op) => urlParts(op.primaryEndpoint).pathname);
  const directory = rootDirectory(hostPaths);
  const rooted = new Set(onHosts.filter((_, i) => (hostPaths[i] as string).startsWith(directory)));
  const environments = shared === "" ? [] : shared.split(" ");
  const directories = new Map(
    environments.map(
      (env) => [env, cutAt(commonDirectory([...rooted].map((op) => op.endpoints[env] ?? "")), directory)] as const,
    ),
  );
  // Rooted operations share their hosts, so a directory is at least an origin: the test only guards it.
  const roots = [...directories.values()].every((dir) => /^https?:\/\/[^/]+\//.test(dir)) ? environments : [];
  const paths = new Map<string, { path: string; servers: readonly Server[] | null }>();
  // Which operation has each path: thousands of operations are looked up at once, not each against the others.
  const owners = new Map<string, string>();
  const cuts = roots.map((env) => [env, directories.get(env)?.length ?? 0] as const);
  for (const op of operations) {
    const path = rooted.has(op) ? onePath(op, cuts) : undefined;
    const place = path !== undefined ? { path: `/${path}`, servers: null } : known(ownOf, op, ownServers);
    const clash = owners.get(place.path);
    if (clash !== undefined)
      throw new Error(`operations ${clash} and ${op.name} would share the OpenAPI path ${place.path}`);
    owners.set(place.path, op.name);
    paths.set(op.name, place);
  }
  const servers = roots.map((env) => ({
    url: (directories.get(env) ?? "").replace(/\/$/, ""),
    description: env.toUpperCase(),
  }));
  return { servers, paths };
}

/**
 * The addresses' common directory cut after `directory`, the root's path: the rooted operations may share a deeper
 * one (all of them under checkout/), which would move every path when one elsewhere joins them.
 */
function cutAt(common: string, directory: string): string {
  const at = common.indexOf(directory, common.indexOf("//") + 2);
  return at < 0 ? common : common.slice(0, at + directory.length);
}

/** What remains of each root environment's address once its directory is cut, when that is the same in every one. */
function onePath(op: LaidOutOperation, cuts: readonly (readonly [string, number])[]): string | undefined {
  let path: string | undefined;
  for (const [env, cut] of cuts) {
    const rest = (op.endpoints[env] ?? "").slice(cut);
    if (path !== undefined && rest !== path) return undefined;
    path = rest;
  }
  return path;
}

/** The operation is at the same path in every environment. */
const onePathOnce = (op: LaidOutOperation): boolean =>
  new Set(Object.values(op.endpoints).map((url) => urlParts(url).pathname)).size === 1;

/** The environments of an operation that have a JSON address, as one key: "prod test". */
const environmentsKey = (op: LaidOutOperation): string =>
  known(environmentsKeyOf, op, () => Object.keys(op.endpoints).sort(compareText).join(" "));

/** The origins of an operation's JSON addresses, by environment, as one key. */
const originsKey = (op: LaidOutOperation): string =>
  Object.keys(op.endpoints)
    .sort(compareText)
    .map((env) => urlParts(op.endpoints[env] ?? "").origin)
    .join(" ");

/** The set of environments most operations have; of those as common, the one whose names sort first. */
const sharedEnvironments = (operations: readonly LaidOutOperation[]): string =>
  mostCommon(operations.map(environmentsKey));

/** The key most often given; of those as common, the one that sorts first ("" for none). */
function mostCommon(keys: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const [best] = [...counts].sort(([a, m], [b, n]) => n - m || compareText(a, b));
  return best?.[0] ?? "";
}

/** An operation's own servers: its addresses up to the path they all end with (the whole path when they agree). */
function ownServers(op: LaidOutOperation): { path: string; servers: Server[] } {
  const environments = op.environments.filter((e) => e.json !== null);
  const urls = environments.map((e) => urlParts(e.json ?? ""));
  // Paths that end alike nowhere at a "/" keep the primary one (its origins then only approximate the others).
  const path = commonPathSuffix(urls.map((u) => u.pathname)) || urlParts(op.primaryEndpoint).pathname;
  const servers = environments.map((e, i) => {
    const url = urls[i] as (typeof urls)[number];
    const own = url.pathname.endsWith(path) ? url.pathname.slice(0, url.pathname.length - path.length) : "";
    return { url: `${url.origin}${own}`, description: e.label };
  });
  return { path, servers };
}
