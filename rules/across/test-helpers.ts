// Test helpers for across rules: drafts in (by name), findings out as short strings.
import { lint, resolveConfig, ruleById, type ResolvedConfig } from '../engine.js';
import { judgeAcross, printDraft } from './index.js';

function judged(drafts: Record<string, string>, config: ResolvedConfig, templates: string[]) {
  const names = Object.keys(drafts);
  return { names, findings: judgeAcross(names.map((name) => ({ name, print: printDraft(lint(drafts[name], { config, template: templates.includes(name) }).draft, config) }))) };
}

/** `name rule «covered text» → other names` for each across finding of `ruleId`. */
export function acrossFindings(drafts: Record<string, string>, ruleId?: string, config: ResolvedConfig = resolveConfig(ruleById), templates: string[] = []): string[] {
  const { names, findings: all } = judged(drafts, config, templates);
  return all.flatMap((findings, i) =>
    findings
      .filter((f) => !ruleId || f.ruleId === ruleId)
      .map((f) => `${names[i]} ${f.ruleId} «${drafts[names[i]].slice(f.start, f.end)}» → ${f.related.map((r) => names[r.draft]).join(', ')}`),
  );
}

/** The messages of the across findings of `ruleId`, in draft order. */
export function acrossMessages(drafts: Record<string, string>, ruleId: string, config: ResolvedConfig = resolveConfig(ruleById)): string[] {
  return judged(drafts, config, []).findings.flatMap((findings) => findings.filter((f) => f.ruleId === ruleId).map((f) => f.message));
}

/** Drafts that share `sentence`, each with its own greeting and a sentence of its own. */
export function draftsSharing(count: number, sentence: string | ((i: number) => string), from = 0): Record<string, string> {
  const firsts = ['Anna', 'Ben', 'Chiara', 'Dan', 'Emeka', 'Fatima', 'Gus', 'Hannah', 'Ines', 'Jon'];
  const own = ['Coffee next week?', 'Could we talk on Friday?', 'Lunch soon?', 'A call on Monday?', 'Tea this week?', 'Drinks after the demo?', 'A walk at lunch?', 'Breakfast Thursday?', 'A quick chat?', 'Pizza later?'];
  const drafts: Record<string, string> = {};
  for (let i = from; i < from + count; i++) {
    const text = typeof sentence === 'function' ? sentence(i) : sentence;
    drafts[`d${i}.invite.md`] = `---\nto: ${firsts[i % 10]} Example${i}\n---\nHi ${firsts[i % 10]},\n\n${text} ${own[i % 10]}\n\n- Sam\n`;
  }
  return drafts;
}
