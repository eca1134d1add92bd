// A folder or file as the commands print it, for a maintainer to click or
// copy: from the folder the command was typed in where that is as short as
// the absolute path, else the absolute path. A spec given as /tmp/x-spec and
// read from the package's root was shown as ../../../tmp/x-spec on each
// diagnostic's line, while the line that ends the run said /tmp/x-spec/.

import path from "node:path";

/** `target` (absolute) as a path from `cwd`, or as itself where climbing out of `cwd` makes that longer; "/" between names. */
export function shownPath(cwd: string, target: string): string {
  const relative = path.relative(cwd, target) || ".";
  const climbs = relative === ".." || relative.startsWith(`..${path.sep}`);
  const shown = climbs && path.isAbsolute(target) && target.length < relative.length ? target : relative;
  return shown.split(path.sep).join("/");
}
