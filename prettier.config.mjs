// The repository is formatted as the generator prints TypeScript: one set of
// options, in generator/emit/ts/prettier-options.json, for both.
import options from "./generator/emit/ts/prettier-options.json" with { type: "json" };

export default options;
