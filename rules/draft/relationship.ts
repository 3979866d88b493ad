// The draft's relationship: the frontmatter value, else inferred from cues in the prose,
// else unknown (which the rules treat like contact).
import type { Frontmatter, RelationshipInfo, Sentence } from './model.js';
import { compilePatterns, findPhrases, type Pattern } from './phrase-match.js';
import { ACQUAINTANCE_CUES, CONTACT_CUES, STRANGER_CUES } from './relationship.phrases.js';

const CUES: Array<[RelationshipInfo['value'], Pattern[]]> = [
  ['stranger', compilePatterns(STRANGER_CUES)],
  ['acquaintance', compilePatterns(ACQUAINTANCE_CUES)],
  ['contact', compilePatterns(CONTACT_CUES)],
];

export function inferRelationship(frontmatter: Frontmatter | undefined, sentences: Sentence[]): RelationshipInfo {
  if (frontmatter?.relationship) return { value: frontmatter.relationship.value, source: 'frontmatter' };
  for (const [value, patterns] of CUES) {
    for (const sentence of sentences) {
      const match = findPhrases(sentence.tokens, patterns)[0];
      if (match) return { value, source: 'inferred', cue: { start: match.start, end: match.end, phrase: match.phrase } };
    }
  }
  return { value: 'unknown', source: 'default' };
}
