import { isTitledName, looksLikeName, namesRecipient, parseRecipient } from './draft/names.js';
import type { Fix, Rule, Suggestion } from './types.js';

export const nameMismatch: Rule = {
  meta: {
    id: 'name-mismatch',
    description: 'The greeting addresses someone other than the frontmatter `to:` recipient.',
    defaultSeverity: 'error',
    fixKind: 'fix',
    core: true,
    rationale:
      'Every invitation is a chance to strengthen a relationship; getting the name wrong ("Anna" for "Hannah") undoes it before the first sentence. A short form ("Dan" for "Daniel", "Bob" for "Robert") is fine.',
    example: {
      bad: '---\nto: Hannah Okafor\n---\nHi Anna, great to see you at the summit yesterday. Coffee next week?',
      good: '---\nto: Hannah Okafor\n---\nHi Hannah, great to see you at the summit yesterday. Coffee next week?',
    },
  },
  check({ draft, report }) {
    const to = draft.frontmatter?.to?.value;
    const greeting = draft.greeting;
    // No name in the greeting ("Hi there", a role, a slot), or none in `to:`: nothing to compare.
    if (!to || !greeting || greeting.name.length === 0) return;
    const recipient = parseRecipient(to);
    if (!recipient) return;
    const first = greeting.name[0];
    const last = greeting.name.at(-1)!;
    const written = draft.text.slice(first.start, last.end);
    const replace = (text: string): Fix => ({ start: first.start, end: last.end, text });
    const use = (text: string): Suggestion => ({ title: `Use "${text}"`, fix: replace(text) });

    if (greeting.title) {
      // "Dear Dr. Mehta": the surname is compared with the words of `to:` after the given name.
      if (isTitledName(greeting.name.map((w) => w.text), recipient)) return;
      const forms = recipient.surnameForms;
      report({
        message: `The greeting says "${written}" but the note is to ${to}${forms.length > 0 ? `: use "${forms[0]}"` : ''}.`,
        start: first.start,
        end: last.end,
        suggestions: forms.map(use),
      });
      return;
    }

    if (namesRecipient(first.text, recipient)) return;
    const right = recipient.givenIsName ? recipient.given : undefined;
    // Written by --fix only when certainly right: the greeting is one name word and nothing
    // else ("Hi Anna,"); otherwise the writer picks the suggestion.
    const safe = right !== undefined && greeting.name.length === 1 && greeting.nameStandsAlone && looksLikeName(first.text);
    report({
      message: `The greeting says "${first.text}" but the note is to ${to}${right ? `: use "${right}"` : ''}.`,
      start: first.start,
      end: first.end,
      ...(right && safe ? { fix: replace(right) } : {}),
      ...(right && !safe ? { suggestions: [use(right)] } : {}),
    });
  },
};
