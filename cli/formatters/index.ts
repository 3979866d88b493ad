// Formatters by --format name: the one list args.ts validates against and main dispatches on.
import type { Formatter, StreamingFormatter } from '../results.js';
import { github, githubStream } from './github.js';
import { html } from './html.js';
import { json, jsonStream } from './json.js';
import { sarif, sarifStream } from './sarif.js';
import { stylish, stylishStream } from './stylish.js';
import { summary, summaryStream } from './summary.js';

export const formatters = { stylish, json, sarif, github, summary, html } satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

/** The same formats written while linting (main uses these; a format without one is given all
 *  the results at the end). */
export const reportStreams: Partial<Record<FormatName, StreamingFormatter>> = {
  stylish: stylishStream,
  json: jsonStream,
  sarif: sarifStream,
  github: githubStream,
  summary: summaryStream,
};

export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];
