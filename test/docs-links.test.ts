// The README and the docs stand on their own in a clone: no mention of files outside the
// repository (a clone has no ../shared), and every relative link points at a file that exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/built-server.js';

const pages = [join(ROOT, 'README.md'), join(ROOT, 'client', 'README.md'), ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'docs', f))];

describe('README and docs', () => {
  it.each(pages.map((page) => [relative(ROOT, page), page]))('%s points only inside the repository', (_, page) => {
    const text = readFileSync(page, 'utf8');
    expect(text).not.toMatch(/\.\.\/shared|\bshared\/(RULES|tools|seed|notes)/);
    const prose = text.replace(/^```[^]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
    for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|#)/.test(target)) continue;
      const path = resolve(dirname(page), target.split('#')[0]);
      expect(relative(ROOT, path).startsWith('..'), `${target} leaves the repository`).toBe(false);
      expect(existsSync(path), `${target} exists`).toBe(true);
    }
  });
});
