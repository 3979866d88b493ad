import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportSpool } from './report-spool.js';

function delivered(spool: ReportSpool): string {
  const parts: string[] = [];
  spool.deliver((chunk) => parts.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8')));
  return parts.join('');
}

describe('ReportSpool', () => {
  it.each([
    ['in memory', 1 << 20],
    ['spilled to a temporary file', 8],
  ])('gives back what was written, %s, ending in one line break', (_, limit) => {
    const spool = new ReportSpool(limit);
    const rows = ['Zoë ✓', 'emoji 👩🏾‍💻 across chunks', '', 'last'];
    for (const row of rows) spool.write(`${row}\n`);
    spool.write('no newline at the end');
    expect(delivered(spool)).toBe(`${rows.join('\n')}\nno newline at the end\n`);
    expect([...spool.lines()]).toEqual([...rows, 'no newline at the end']);
    spool.dispose();
  });

  it('writes nothing for an empty report and removes its temporary file', () => {
    const empty = new ReportSpool(0);
    expect(delivered(empty)).toBe('');
    const spilled = new ReportSpool(0);
    spilled.write('x');
    const folder = (spilled as unknown as { folder?: string }).folder;
    expect(folder && existsSync(folder)).toBe(true);
    spilled.dispose();
    expect(existsSync(folder!)).toBe(false);
  });
});
