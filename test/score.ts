// The corpus score (docs/contract.md, "How judgement is measured"), from scripts/score.mjs,
// which `npm run score -- FOLDER` runs on its own.
export { CORE_RULES, score, type Score } from '../scripts/score.mjs';
