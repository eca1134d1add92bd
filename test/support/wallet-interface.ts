// The sync-many fixture's wallet interface (WR_WS_), as the tests of a held
// prefix move use it: getWalletData's page moves the interface's list text,
// orderInitialize takes that text too, and getWalletSummary is a new operation
// made from a copy of getWalletData's page.
import path from "node:path";
import { fixturesDir } from "./paths.js";

export const SYNC_MANY_SPEC = path.join(fixturesDir, "sync-many", "spec");
export const WALLET = "sources/getWalletData.page.txt";
export const WALLET_SPEC = "operations/office/getWalletData.yaml";
export const ORDER = "operations/in-app/orderInitialize.yaml";
export const NEW = "getWalletSummary";
export const NEW_PAGE = `sources/${NEW}.page.txt`;
export const NEW_SPEC = `operations/office/${NEW}.yaml`;

/** getWalletData's page as the new operation's, at its own addresses. */
export const newPage = (pageText: string): string =>
  pageText.replace(/^getWalletData$/m, NEW).replaceAll("/getWalletData", `/${NEW}`);

/** The operation's recommended interface version, where the YAML gives one for all its interfaces. */
export const recommendedIn = (yaml: string): string | undefined => /^ {2}recommended: (\S+)$/m.exec(yaml)?.[1];
