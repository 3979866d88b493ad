// Everything generated from the rule registry and the config key table, so nothing about a
// rule is typed twice: the config schema, each rule docs page's header, the rules tables in
// the README and docs/rules/README.md, and the extension manifest's rule list.
// `npm run generate` writes them (scripts/generate.mjs); test/generated.test.ts fails, naming
// the file and the command, when one is out of date.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_KEYS, docsUrl, OPTION_TYPES, optionType, rules, type ConfigKey, type Rule, type RuleMeta } from '../rules/engine.js';

export const GENERATE_COMMAND = 'npm run generate';

export interface Artifact {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  content: string;
}

// --- the config schema ---------------------------------------------------------------------

export const SCHEMA_PATH = 'schema/invitelintrc.schema.json';
const SEVERITIES = ['off', 'info', 'warn', 'warning', 'error'];
const SEVERITY_DESCRIPTIONS = ['Do not report this rule.', 'Report as information.', 'Report as a warning (as ESLint spells it).', 'Report as a warning.', 'Report as an error.'];

function optionsSchema(meta: RuleMeta) {
  const defaults = (meta.defaultOptions ?? {}) as Record<string, unknown>;
  const descriptions = (meta.optionDescriptions ?? {}) as Record<string, string>;
  const properties = Object.fromEntries(
    Object.entries(defaults).map(([name, value]) => [name, { ...OPTION_TYPES[optionType(value)].schema, default: value, description: descriptions[name] }]),
  );
  return { type: 'object', additionalProperties: false, properties };
}

function ruleSchema(rule: Rule) {
  const { meta } = rule;
  const severity = { $ref: '#/definitions/severity' };
  return {
    description: meta.description,
    markdownDescription: `${meta.description}\n\nDefault: \`"${meta.defaultSeverity}"\`. [Documentation](${docsUrl(meta.id)})`,
    default: meta.defaultSeverity,
    anyOf: [severity, { type: 'array', minItems: 1, maxItems: 2, items: [severity, optionsSchema(meta)], additionalItems: false }],
  };
}

const stringOrList = (item: object = { type: 'string', minLength: 1 }) => ({ anyOf: [item, { type: 'array', items: item }] });

/** The schema of one top-level key, by its kind. */
function keySchema(spec: ConfigKey): object {
  switch (spec.kind) {
    case 'schema':
      return { type: 'string' };
    case 'root':
      return { type: 'boolean', default: false };
    case 'extends':
    case 'globs':
      return stringOrList();
    case 'list':
      return stringOrList(spec.known ? { enum: [...spec.known()] } : undefined);
    case 'rules':
      return { $ref: '#/definitions/rules' };
    case 'overrides': {
      const inOverride = Object.entries(CONFIG_KEYS as Record<string, ConfigKey>).filter(([, s]) => s.kind === 'rules' || s.kind === 'list');
      return {
        type: 'array',
        items: {
          type: 'object',
          required: ['files'],
          additionalProperties: false,
          properties: { files: { ...stringOrList(), description: 'Globs of the drafts this entry applies to, relative to the config file\'s folder.' }, ...Object.fromEntries(inOverride.map(([key, s]) => [key, { description: s.description, ...keySchema(s) }])) },
        },
      };
    }
  }
}

export function configSchema(): object {
  const keys = CONFIG_KEYS as Record<string, ConfigKey>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'invitelint configuration (.invitelintrc.json)',
    description: `Generated from the rules' metadata by \`${GENERATE_COMMAND}\`; do not edit.`,
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(keys).map(([key, spec]) => [key, { description: spec.description, ...keySchema(spec) }])),
    definitions: {
      severity: { enum: SEVERITIES, enumDescriptions: SEVERITY_DESCRIPTIONS },
      rules: { type: 'object', additionalProperties: false, properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleSchema(rule)])) },
    },
  };
}

// --- docs: page headers and rules tables -----------------------------------------------------

const FIX_WORDS = { fix: 'automatic fix', suggestion: 'suggestions in the editor', none: 'none' } as const;
const FIX_DETAIL = { fix: 'automatic fix (`invitelint --fix`, or the quick fix in the editor)', suggestion: 'suggestions in the editor', none: 'none' } as const;
const link = (id: string, prefix: string) => `[${id}](${prefix}${id}.md)`;
const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

function optionsLine(meta: RuleMeta): string {
  const defaults = Object.entries((meta.defaultOptions ?? {}) as Record<string, unknown>);
  if (defaults.length === 0) return 'none';
  return defaults.map(([name, value]) => `\`${name}\` (${OPTION_TYPES[optionType(value)].expected.replace(/^an? /, '')}, default \`${JSON.stringify(value)}\`)`).join('; ');
}

/** The generated top of a rule's docs page: title, description and the facts list. */
export function docsHeader(rule: Rule): string {
  const { meta } = rule;
  const subsumes = rules.filter((other) => other.meta.subsumedBy?.includes(meta.id)).map((other) => link(other.meta.id, ''));
  const subsumedBy = meta.subsumedBy?.length ? list(meta.subsumedBy.map((id) => link(id, ''))) : subsumes.length ? `none (it subsumes ${list(subsumes)})` : 'none';
  return [
    `# ${meta.id}`,
    '',
    meta.description,
    '',
    `<!-- This header is generated from the rule's meta (rules/${meta.id}.ts) by \`${GENERATE_COMMAND}\`; edit below it. -->`,
    '',
    `- **Default severity:** ${meta.defaultSeverity}`,
    `- **Core rule:** ${meta.core ? 'yes' : 'no (an extra rule)'}`,
    `- **Fix:** ${FIX_DETAIL[meta.fixKind]}`,
    `- **Subsumed by:** ${subsumedBy}`,
    `- **Options:** ${optionsLine(meta)}`,
    '',
    '',
  ].join('\n');
}

/** Sections a new page starts with; test/generated.test.ts fails while any is left unwritten. */
export const UNWRITTEN = '(to be written)';
const PAGE_SECTIONS = ['What it checks', 'Why', 'Examples', 'Fixes', 'Options', 'Turning it off'];

/** A docs page with its header regenerated (everything before the first `## ` heading). */
export function docsPage(rule: Rule, existing: string | undefined): string {
  const header = docsHeader(rule);
  if (existing === undefined) return header + PAGE_SECTIONS.map((title) => `## ${title}\n\n${UNWRITTEN}\n`).join('\n');
  const body = existing.search(/^## /m);
  return header + (body < 0 ? '' : existing.slice(body));
}

const TABLE_START = `<!-- rules table: generated from each rule's meta by \`${GENERATE_COMMAND}\` -->`;
const TABLE_END = '<!-- end of rules table -->';

export function rulesTable(prefix: string): string {
  const rows = rules.map(({ meta }) => `| ${link(meta.id, prefix)} | ${meta.defaultSeverity} | ${meta.core ? 'yes' : 'no'} | ${FIX_WORDS[meta.fixKind]} | ${meta.description.replace(/\|/g, '\\|')} |`);
  return [TABLE_START, '| rule | default | core | fix | fires when |', '|---|---|---|---|---|', ...rows, TABLE_END].join('\n');
}

/** `text` with the generated table between its markers replaced; throws when the markers are missing. */
export function withRulesTable(text: string, prefix: string, file: string): string {
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`${file}: no rules table markers (${TABLE_START} ... ${TABLE_END})`);
  return text.slice(0, start) + rulesTable(prefix) + text.slice(end + TABLE_END.length);
}

// --- the extension manifest --------------------------------------------------------------

export const MANIFEST_PATH = 'client/manifest.json';
const SETTING_SEVERITIES = ['off', 'info', 'warning', 'error'];

/** The manifest with `invitelint.rules` offering a severity for every rule, described as the rule describes itself. */
export function manifestWithRules(manifest: { contributes: { configuration: { properties: Record<string, { properties?: object }> } } }): object {
  const properties = Object.fromEntries(
    rules.map(({ meta }) => [
      meta.id,
      {
        type: 'string',
        enum: SETTING_SEVERITIES,
        enumDescriptions: ['Do not report this rule.', 'Report as information (blue).', 'Report as a warning (yellow squiggle).', 'Report as an error (red squiggle).'],
        description: meta.description,
      },
    ]),
  );
  const setting = manifest.contributes.configuration.properties['invitelint.rules'];
  return { ...manifest, contributes: { ...manifest.contributes, configuration: { ...manifest.contributes.configuration, properties: { ...manifest.contributes.configuration.properties, 'invitelint.rules': { ...setting, properties } } } } };
}

// --- all of them ---------------------------------------------------------------------------

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const read = (root: string, path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);

/** Every generated file, as it should be, from the files in `root`. */
export function artifacts(root: string): Artifact[] {
  const readme = read(root, 'README.md') ?? '';
  const rulesReadme = read(root, 'docs/rules/README.md') ?? '';
  return [
    { path: SCHEMA_PATH, content: json(configSchema()) },
    ...rules.map((rule) => {
      const path = `docs/rules/${rule.meta.id}.md`;
      return { path, content: docsPage(rule, read(root, path)) };
    }),
    { path: 'README.md', content: withRulesTable(readme, 'docs/rules/', 'README.md') },
    { path: 'docs/rules/README.md', content: withRulesTable(rulesReadme, '', 'docs/rules/README.md') },
    { path: MANIFEST_PATH, content: json(manifestWithRules(JSON.parse(read(root, MANIFEST_PATH) ?? '{}'))) },
  ];
}
