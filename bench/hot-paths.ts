// The validators' and the seal's rows alone, printed as bench/RESULTS.md
// would show them, without writing it:
//   node --import tsx bench/hot-paths.ts [validators] [seal] [allocations] [--rounds 7] [--ms 40] [--only <regexp>]
import { parseArgs } from "node:util";
import { benchAllocations } from "./allocations.js";
import { hotPathTargets, validatorSection } from "./report-hot-paths.js";
import { limitsSection } from "./report-limits.js";
import { sealSection } from "./report-seal.js";
import { benchSeal } from "./seal.js";
import { benchValidators } from "./validators.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: "string", default: "7" },
    ms: { type: "string", default: "40" },
    only: { type: "string" },
  },
});
const wanted = (name: string) => positionals.length === 0 || positionals.includes(name);
const [rounds, ms] = [Number(values.rounds), Number(values.ms)];

const validators = wanted("validators")
  ? await benchValidators(rounds, ms, values.only === undefined ? undefined : new RegExp(values.only))
  : [];
const allocations = wanted("allocations") ? benchAllocations() : null;
const seal = wanted("seal") ? await benchSeal(rounds, ms) : [];
const targets = hotPathTargets(validators, seal);
const lines = [
  "| target | measured | |",
  "| --- | --- | --- |",
  ...targets,
  "",
  ...(validators.length > 0 || allocations ? validatorSection(validators, allocations) : []),
  "",
  ...(seal.length > 0 ? sealSection(seal) : []),
  "",
  ...limitsSection(targets),
];
console.log(lines.join("\n"));
