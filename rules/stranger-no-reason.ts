import { insertContext, sentenceRange } from './draft/insert.js';
import type { Rule } from './types.js';

export const strangerNoReason: Rule = {
  meta: {
    id: 'stranger-no-reason',
    description: 'A note to a stranger gives no name-drop, appreciation of their work, asymmetric tie or business reason.',
    defaultSeverity: 'warning',
    fixKind: 'suggestion',
    core: true,
    subsumedBy: ['stock-phrase-alone'],
    rationale:
      'Invitations to total strangers get rejected ("I don\'t know this person"), and too many rejections can get your account restricted. The seed\'s exceptions: name-dropping someone they trust, sincere appreciation of their specific work, an asymmetric tie (you read their blog, bought their book, heard them speak), or an interest in hiring them. "I came across your profile", a shared group or city, or praise of their career are not reasons.',
    example: {
      bad: 'Hi Sarah, I came across your profile and was impressed by your experience. Always keen to grow my network!',
      good: 'Hi Sarah, Steve Latham suggested I get in touch: your talk on retail leasing at ICSC changed how we pitch landlords. Could I ask you two questions about it?',
    },
  },
  check({ draft, signals, report }) {
    if (signals.relationship.value !== 'stranger' || signals.of('reason').length > 0) return;
    const first = draft.sentences[0];
    const range = sentenceRange(draft, first);
    report({
      message: 'A stranger needs a reason to accept: name-drop a mutual contact, appreciate their specific work, or say why you are reaching out.',
      ...range,
      suggestions: [
        { title: 'Name-drop a mutual contact', fix: insertContext(draft, '[Mutual contact] suggested I get in touch with you about [topic].') },
        { title: 'Appreciate their specific work', fix: insertContext(draft, 'I really enjoyed your [talk/article/book] on [topic]: [what it changed for you].') },
        { title: 'Say how you know their work', fix: insertContext(draft, "I'm a long-time [reader/listener/customer] of [their work].") },
        { title: 'Name the role or business interest', fix: insertContext(draft, "We're hiring for [role], and your work on [topic] stood out.") },
      ],
    });
  },
};
