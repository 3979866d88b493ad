import type { Rule } from './types.js';

export const invalidFrontmatter: Rule = {
  meta: {
    id: 'invalid-frontmatter',
    description: 'A frontmatter value is invalid (bad YAML, unknown relationship, non-positive limit, bad language tag); the default applies instead.',
    defaultSeverity: 'warning',
    fixKind: 'none',
    core: false,
    rationale:
      'The frontmatter tells invitelint who the note is for and how well you know them, so it can judge the note the way the seed does for each scenario. A bad value is ignored, which may change which rules apply.',
    example: {
      bad: '---\nrelationship: frenemy\nlimit: -3\n---\nHi Tomás, we met at PyCon 2019 on the docs sprint. I’d love to reconnect here. Are you going this year?',
      good: '---\nrelationship: acquaintance\nlimit: 200\n---\nHi Tomás, we met at PyCon 2019 on the docs sprint. I’d love to reconnect here. Are you going this year?',
    },
  },
  check({ draft, report }) {
    for (const problem of draft.frontmatter?.problems ?? []) report({ message: problem.message, start: problem.start, end: problem.end });
  },
};
