import type { FileStat } from "../memo/lean-stat.js";

/**
 * What the record knows of the folders: the names in each, as listed once its
 * stat was taken. A folder whose stat is unchanged holds the same names: any
 * entry made, removed or renamed in it sets its modification and change
 * times (the same margin applies as for files). A file edited in place does
 * not: each file's own stat is still looked at.
 */
export interface FolderListings {
  /** The names in folder `rel` ("" for the folder itself), if its stat is still the one recorded. */
  listingIfUnchanged(rel: string, stat: FileStat): FolderListing | undefined;
  /** Records the names found in `rel` after its stat was taken as `stat`, no earlier than `lookedAt`. */
  recordListing(rel: string, stat: FileStat, listing: FolderListing, lookedAt: number): void;
  /** Keeps only these folders. */
  keepFolders(rels: ReadonlySet<string>): void;
  /** The folders the record knows: those whose names it holds, and those holding the files it holds. */
  folders(): string[];
}

/** The names in a folder: its files and its folders. */
export interface FolderListing {
  readonly files: readonly string[];
  readonly folders: readonly string[];
}
