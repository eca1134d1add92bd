// A folder's lock held by the test's own process, as another run would hold
// it, until the test lets it go: what a command waits for.
import { onTestFinished } from "vitest";
import { withFolderLock } from "../../generator/write/folder-lock.js";
import { nodeFs } from "../../generator/write/node-fs.js";

export interface HeldFolder {
  /** Lets the lock go; `released` then settles. */
  readonly letGo: () => void;
  readonly released: Promise<void>;
}

/** Resolves once the lock on `folder` is taken; it is let go at the latest when the test ends. */
export async function holdFolder(folder: string): Promise<HeldFolder> {
  let letGo: () => void = () => undefined;
  let taken: () => void = () => undefined;
  const isTaken = new Promise<void>((resolve) => (taken = resolve));
  const released = withFolderLock(folder, nodeFs, async () => {
    taken();
    await new Promise<void>((resolve) => (letGo = resolve));
  });
  onTestFinished(() => letGo());
  await isTaken;
  return { letGo: () => letGo(), released };
}
