/**
 * npm run check:data [-- DIR]: checks the reviewed dataset (default: data/)
 * and prints one line per problem on stderr, exiting 1 if there is any.
 */
import path from "node:path";
import { checkDataset, readRawDataset } from "../lib/data-check";

const dir = path.resolve(process.argv[2] ?? path.join(process.cwd(), "data"));
const { raw, problems: unreadable } = readRawDataset(dir);
const problems = [...unreadable, ...checkDataset(raw)];

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`check:data: ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${dir}`);
  process.exit(1);
}
const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
console.log(
  `check:data: ok: ${count(raw.reports)} reports, ${count(raw.figures)} figures, ${count(raw.offensives)} offensives`,
);
