import { insertContext, sentenceRange } from './draft/insert.js';
import type { Rule } from './types.js';

const SUGGESTIONS: Record<'contact' | 'acquaintance', Array<[string, string]>> = {
  contact: [
    ['Recall your last interaction', 'It was great to see you at [where/when we last met].'],
    ['Thank them for something', 'Thanks again for [what they did for you].'],
    ['Say what brought them to mind', 'I was reading about [topic] and thought of you.'],
  ],
  acquaintance: [
    ['Remind them where you met', 'We met at [event or place] back in [when], when we [what you did together].'],
    ['Remind them how you know each other', 'We worked together at [company] on [project].'],
  ],
};

export const noContext: Rule = {
  meta: {
    id: 'no-context',
    description: 'No sentence says how you know the recipient or what brought them to mind.',
    defaultSeverity: 'warning',
    fixKind: 'suggestion',
    core: true,
    subsumedBy: ['stock-phrase-alone'],
    rationale:
      'The seed\'s first element is context: recall your most recent interaction ("It was great to see you the other day"), what brought them to mind ("I read an article about widgets and thought of you"), or for an acquaintance where and how you know them, your best guarantee against the dreaded "I don\'t know" button. "It\'s been ages" or your own news alone is not context.',
    example: {
      bad: 'Hi Beatriz, big news: I just moved to procurement at Tessaro Foods. Let\'s connect here as well.',
      good: 'Hi Beatriz, great to see you at the supplier day on Tuesday. Let\'s connect here as well. Lunch when I\'m in Porto next week?',
    },
  },
  check({ draft, signals, report }) {
    // A name-drop, appreciation or a concrete reason is context too (RULES.md).
    const { value } = signals.relationship;
    if (value === 'stranger' || signals.of('context').length > 0 || signals.of('reason').length > 0) return;
    const first = draft.sentences[0];
    const range = sentenceRange(draft, first);
    const scenario = value === 'acquaintance' ? 'acquaintance' : 'contact';
    report({
      message:
        scenario === 'acquaintance'
          ? 'No context: remind them where and how you know each other, so they do not reject you as a stranger.'
          : 'No context: recall your last interaction or say what brought them to mind.',
      ...range,
      suggestions: SUGGESTIONS[scenario].map(([title, sentence]) => ({ title, fix: insertContext(draft, sentence) })),
    });
  },
};
