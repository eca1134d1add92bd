// The directories of addresses that the OpenAPI servers are cut at
// (servers.ts): what all addresses share, what most of them share, and the
// path all of an operation's addresses end with.

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
