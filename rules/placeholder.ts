import { mergeFieldName } from './draft/merge-fields.js';
import type { Rule } from './types.js';

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    description: 'An unfilled template slot remains (`[how we met]`, `{FirstName}`, `<name>`, `TODO`).',
    defaultSeverity: 'error',
    fixKind: 'none',
    core: true,
    rationale:
      'A template slot sent as-is tells the recipient the note is canned, the opposite of the seed\'s "take one minute to make it a meaningful communication". Fill it in before sending.',
    example: {
      bad: 'Hi {FirstName}, I enjoyed [event] and would like to connect.',
      good: 'Hi Rosa, I enjoyed your talk at the Valencia book fair and would like to connect. Could I ask you one question about it?',
    },
  },
  check({ draft, report }) {
    for (const slot of draft.slots) {
      // A template's merge fields are there to be filled per recipient (invitelint render).
      if (draft.template && mergeFieldName(draft.text.slice(slot.start, slot.end)) !== undefined) continue;
      report({
        message: `Unfilled placeholder ${JSON.stringify(draft.text.slice(slot.start, slot.end))}: replace it with the real detail before sending.`,
        ...slot,
      });
    }
  },
};
