// The directories of addresses that the OpenAPI servers are cut at
// (servers.ts): the API version's directory most of them are under, what all
// addresses share, what most of them share, and the path all of an
// operation's addresses end with.

/** The longest prefix of all URLs (or paths) that ends with "/". */
export function commonDirectory(urls: readonly string[]): string {
  const [first = ""] = urls;
  let end = first.length;
  let prefix = first;
  for (const url of urls) {
    // Most addresses start as the first does: one native comparison, not one per character.
    if (url.startsWith(prefix)) continue;
    let i = 0;
    while (i < end && i < url.length && url[i] === first[i]) i++;
    end = i;
    prefix = first.slice(0, end);
  }
  return first.slice(0, first.lastIndexOf("/", end - 1) + 1);
}

/** The longest end of all paths that starts with "/". */
export function commonPathSuffix(paths: readonly string[]): string {
  const [first = "/"] = paths;
  let start = 0;
  for (const path of paths) {
    let i = 0;
    while (i < first.length - start && i < path.length && path[path.length - 1 - i] === first[first.length - 1 - i])
      i++;
    start = first.length - i;
  }
  const slash = first.indexOf("/", start);
  return slash < 0 ? "" : first.slice(slash);
}

/**
 * The directory that more than half of `paths` share, the deepest such: from their common directory down into a
 * subdirectory while it holds more than half of all of them. Where no subdirectory does, their common directory.
 */
export function majorityDirectory(paths: readonly string[]): string {
  let directory = commonDirectory(paths);
  let under = paths;
  for (;;) {
    const children = new Map<string, string[]>();
    for (const path of under) {
      const end = path.indexOf("/", directory.length);
      if (end < 0) continue;
      const child = path.slice(0, end + 1);
      const group = children.get(child);
      if (group === undefined) children.set(child, [path]);
      else group.push(path);
    }
    const most = [...children.values()].find((group) => group.length * 2 > paths.length && group.length < under.length);
    if (most === undefined) return directory;
    under = most;
    directory = commonDirectory(most);
  }
}

/** The directory of a path down to its API version ("/rs-services/v2/" of "/rs-services/v2/checkout/x"); null for none. */
export function versionDirectory(path: string): string | null {
  const segments = path.split("/");
  const at = segments.findIndex((segment, i) => i < segments.length - 1 && /^v[0-9]+$/.test(segment));
  return at < 0 ? null : `${segments.slice(0, at + 1).join("/")}/`;
}

/**
 * The directory the root servers are cut at: the API version's directory (versionDirectory) that more than half of
 * `paths` are under, never one below it, so that no directory that comes to hold most operations (checkout/) moves
 * every path, and no operation added or moved elsewhere does either: only most of them moving to another version
 * (or host) does. Where no version's directory holds more than half, the deepest directory that does
 * (majorityDirectory).
 */
export function rootDirectory(paths: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const directory = versionDirectory(path);
    if (directory !== null) counts.set(directory, (counts.get(directory) ?? 0) + 1);
  }
  for (const [directory, count] of counts) if (count * 2 > paths.length) return directory;
  return majorityDirectory(paths);
}
