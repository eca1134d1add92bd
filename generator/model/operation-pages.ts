// The saved pages an operation's files are made from: its own and its
// callback's, each ordering a changelog. The model's `pages` (the memo's key of
// its files) and the key of the models kept between runs both read them here,
// so that neither misses a page the other has.

import type { RawOperation } from "../rules/raw-spec.js";

/** The pages `raw` cites (paths relative to the spec directory): its own, then its callback's. */
export const operationPages = (raw: RawOperation): string[] =>
  [raw.source?.page, raw.callback?.source?.page].filter((page) => page !== undefined);
