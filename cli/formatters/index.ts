// Formatters by --format name: the one list args.ts validates against and main dispatches on.
import type { Formatter } from '../results.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { summary } from './summary.js';

export const formatters = { stylish, json, sarif, github, summary, html } satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];
