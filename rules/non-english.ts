import { sentenceRange } from './draft/insert.js';
import { isEnglish, languageOf } from './draft/language.js';
import type { Rule } from './types.js';

/** The judgement rules, which read English only: they do not fire on a draft in another language. */
export const JUDGED_IN_ENGLISH_ONLY: ReadonlySet<string> = new Set(['no-context', 'no-next-action', 'stock-phrase-alone', 'stranger-no-reason']);

export const nonEnglish: Rule = {
  meta: {
    id: 'non-english',
    description: 'The draft is not in English, so its context, invitation and next action are not judged.',
    defaultSeverity: 'info',
    fixKind: 'none',
    core: false,
    rationale:
      'invitelint judges the seed\'s three elements (context, the invitation in your own words, a next action) from English phrasing, so on a draft in another language it would only guess. It says so once instead; length, placeholders and the name in the greeting are still checked.',
    example: {
      bad: 'Hola Lucía, me encantó tu charla sobre pagos digitales en el congreso de Valencia. ¿Tomamos un café la semana que viene?',
      good: "Hi Lucía, I loved your talk on digital payments at the Valencia congress. Shall we grab a coffee next week?",
    },
  },
  check({ draft, report }) {
    const language = languageOf(draft);
    if (isEnglish(language)) return;
    const given = language.source === 'frontmatter';
    report({
      message: `This draft is in ${language.name} (${given ? 'given by lang' : 'detected'}): invitelint judges context, invitation and next action in English only, so those checks are off. Length, placeholders and names are still checked.${given ? '' : ' If it is English, set "lang: en".'}`,
      ...(draft.frontmatter?.lang?.span ?? sentenceRange(draft, draft.sentences[0])),
    });
  },
};
