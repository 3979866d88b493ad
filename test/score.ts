// Scores CLI JSON output against a labeled corpus, as RULES.md ("How a labeled corpus is
// judged") defines: precision and recall of (draft, core rule id) pairs, per rule and micro.
import { basename } from 'node:path';

export const CORE_RULES = ['stock-phrase-alone', 'no-context', 'stranger-no-reason', 'no-next-action', 'too-long', 'placeholder', 'name-mismatch'];

export interface Score {
  perRule: Record<string, { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }>;
  micro: { precision: number; recall: number; f1: number };
  misses: string[];
  unreported: string[];
}

const f1 = (tp: number, fp: number, fn: number) => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

export function score(labels: Record<string, { expect: string[] }>, results: Array<{ filePath: string; messages: Array<{ ruleId: string | null }> }>): Score {
  const got = new Map(results.map((r) => [basename(r.filePath), new Set(r.messages.map((m) => m.ruleId ?? ''))]));
  const perRule: Score['perRule'] = {};
  const misses: string[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const id of CORE_RULES) {
    const counts = { tp: 0, fp: 0, fn: 0 };
    for (const [name, label] of Object.entries(labels)) {
      const want = label.expect.includes(id);
      const have = got.get(name)?.has(id) ?? false;
      if (want && have) counts.tp++;
      else if (have) (counts.fp++, misses.push(`${name} +${id}`));
      else if (want) (counts.fn++, misses.push(`${name} -${id}`));
    }
    perRule[id] = { ...counts, ...f1(counts.tp, counts.fp, counts.fn) };
    tp += counts.tp;
    fp += counts.fp;
    fn += counts.fn;
  }
  return { perRule, micro: f1(tp, fp, fn), misses, unreported: Object.keys(labels).filter((name) => !got.has(name)) };
}
