// The stat record of an output folder that the kill tests write with one
// (write-kill.test.ts, write-child.ts): outside the folder's parent, which
// must hold only the folder, so that a test can tell what a killed run left
// beside it; found from the folder's path alone by the test and its child.
import path from "node:path";

/** The stat record of `root`, a folder two levels below a temporary folder of its own: in `cache/` of that one. */
export const killRecordOf = (root: string): string => path.join(path.dirname(path.dirname(root)), "cache", "record");
