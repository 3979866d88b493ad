// Types for score.mjs, so TypeScript tests can import it.
export const CORE_RULES: string[];

export interface Score {
  perRule: Record<string, { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }>;
  micro: { precision: number; recall: number; f1: number };
  misses: string[];
  unreported: string[];
}

export function score(labels: Record<string, { expect: string[] }>, results: Array<{ filePath: string; messages: Array<{ ruleId: string | null }> }>): Score;
