import { type Dirent, type FSWatcher, readdirSync, watch } from "node:fs";
import path from "node:path";

/** What watchFolderTree gives back: stop watching. */
export interface FolderWatch {
  readonly close: () => void;
}

/**
 * Watches `root` and every folder under it (but those `skip` names), one
 * non-recursive watch per folder: `onChange` gets the path of what changed,
 * relative to `root`, and whether it was made, removed or renamed ("rename")
 * or written ("change"). A watch on a folder sees a file saved by renaming a new
 * copy over it (as many editors and `sed -i` save), which a watch on the file
 * itself, as Node 20's recursive watch keeps on Linux, loses after the first
 * such save. Folders made or removed later are watched or dropped after each
 * change. Throws as `watch` does when `root` cannot be watched.
 */
export function watchFolderTree(
  root: string,
  skip: (relative: string) => boolean,
  onChange: (relative: string | null, event: "rename" | "change") => void,
): FolderWatch {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  const add = (relative: string) => {
    const watcher = watch(path.join(root, relative), (event, name) => {
      if (closed) return;
      const changed = name === null ? null : path.join(relative, name.toString());
      if (changed !== null && skip(changed)) return;
      onChange(changed, event);
      sync();
    });
    // A folder removed while watched: dropped, and the change reported (what it held is gone).
    watcher.on("error", () => {
      watcher.close();
      watchers.delete(relative);
      if (!closed) onChange(relative, "rename");
    });
    watchers.set(relative, watcher);
  };
  /** Watches the folders now under `root`, and stops watching those gone. */
  const sync = () => {
    const now = new Set(foldersUnder(root, skip));
    for (const [relative, watcher] of watchers) {
      if (relative !== "" && !now.has(relative)) {
        watcher.close();
        watchers.delete(relative);
      }
    }
    for (const relative of now) {
      if (watchers.has(relative)) continue;
      try {
        add(relative);
      } catch {
        // Gone between the listing and the watch: the next change lists again.
      }
    }
  };
  add("");
  sync();
  return {
    close() {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/** The folders under `root`, relative to it, `root` itself as "". */
function foldersUnder(root: string, skip: (relative: string) => boolean): string[] {
  const found = [""];
  for (let i = 0; i < found.length; i++) {
    const relative = found[i] as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const child = path.join(relative, entry.name);
      if (!skip(child)) found.push(child);
    }
  }
  return found;
}
