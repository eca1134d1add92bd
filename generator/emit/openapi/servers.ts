import type { OperationModel } from "../../model/ir.js";

/**
 * The PROD and TEST servers of an OpenAPI document and each operation's path:
 * the servers are the longest common directory of all endpoints of each
 * environment, paths what remains. When PROD and TEST disagree on a path, the
 * operation gets its own servers.
 */
export interface ServerLayout {
  readonly prod: string;
  readonly test: string;
  readonly paths: ReadonlyMap<
    string,
    { readonly path: string; readonly servers: { readonly prod: string; readonly test: string } | null }
  >;
}

export function serverLayout(operations: readonly OperationModel[]): ServerLayout {
  const prod = commonDirectory(operations.map((op) => op.endpoints.prod));
  const test = commonDirectory(operations.map((op) => op.endpoints.test));
  const paths = new Map<string, { path: string; servers: { prod: string; test: string } | null }>();
  for (const op of operations) {
    const prodPath = op.endpoints.prod.slice(prod.length);
    const testPath = op.endpoints.test.slice(test.length);
    const place =
      prodPath === testPath
        ? { path: `/${prodPath}`, servers: null }
        : // Its own servers: the origins, and the whole path, which endpoints make unique.
          {
            path: new URL(op.endpoints.prod).pathname,
            servers: { prod: new URL(op.endpoints.prod).origin, test: new URL(op.endpoints.test).origin },
          };
    const clash = [...paths].find(([, other]) => other.path === place.path);
    if (clash) throw new Error(`operations ${clash[0]} and ${op.name} would share the OpenAPI path ${place.path}`);
    paths.set(op.name, place);
  }
  return { prod: prod.replace(/\/$/, ""), test: test.replace(/\/$/, ""), paths };
}

/** The longest prefix of all URLs that ends with "/". */
function commonDirectory(urls: readonly string[]): string {
  const [first = ""] = urls;
  let end = first.length;
  for (const url of urls) {
    let i = 0;
    while (i < end && i < url.length && url[i] === first[i]) i++;
    end = i;
  }
  return first.slice(0, first.lastIndexOf("/", end - 1) + 1);
}
