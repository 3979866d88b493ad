import { insertBeforeSignOff, sentenceRange } from './draft/insert.js';
import type { Rule } from './types.js';

export const noNextAction: Rule = {
  meta: {
    id: 'no-next-action',
    description: 'The note proposes no next action: no coffee, call, promise, introduction or question.',
    defaultSeverity: 'warning',
    fixKind: 'suggestion',
    core: true,
    subsumedBy: ['stock-phrase-alone'],
    rationale:
      'The seed\'s third element: suggest a next action. Coffee. A phone call. Sending them a link. Making an introduction. Or put the ball in their court with a question. "Looking forward to connecting" or "hope to see you around" moves nothing forward.',
    example: {
      bad: 'Hi Chris, thanks for jumping on the incident bridge on Friday. Hope to see you around!',
      good: 'Hi Chris, thanks for jumping on the incident bridge on Friday. Coffee on me next week?',
    },
  },
  check({ draft, signals, report }) {
    if (signals.of('next-action').length > 0) return;
    const last = draft.sentences.at(-1);
    const range = sentenceRange(draft, last);
    report({
      message: 'No next action: propose coffee or a call, promise to send something, or ask them a question.',
      ...range,
      suggestions: [
        { title: 'Propose a coffee', fix: insertBeforeSignOff(draft, 'Would you be up for a coffee in the next couple of weeks?') },
        { title: 'Propose a call', fix: insertBeforeSignOff(draft, 'Could we set up a quick call next week?') },
        { title: 'Promise to send something', fix: insertBeforeSignOff(draft, "I'll send you [the link/article/intro] this week.") },
        { title: 'Ask them a question', fix: insertBeforeSignOff(draft, 'How are things with you these days?') },
      ],
    });
  },
};
