import { describe, expect, it } from 'vitest';
import { changeProblem, gatedSync } from './sync.js';

const at = (line: unknown, character: unknown) => ({ line, character });

describe('changeProblem', () => {
  it('lets through full and incremental changes at the same or a newer version', () => {
    expect(changeProblem(5, [{ text: 'all' }], 6)).toBeUndefined();
    expect(changeProblem(5, [{ range: { start: at(0, 0), end: at(0, 2) }, text: 'x' }, { text: '' }], 5)).toBeUndefined();
    expect(changeProblem(5, [], 9)).toBeUndefined();
  });

  it('refuses an older or a non-integer version', () => {
    expect(changeProblem(5, [{ text: 'x' }], 4)).toBe('version 4 after version 5');
    expect(changeProblem(5, [{ text: 'x' }], '6')).toBe('version "6" after version 5');
    expect(changeProblem(5, [{ text: 'x' }], 6.5)).toBe('version 6.5 after version 5');
  });

  it('refuses a change list with any malformed entry, whole', () => {
    for (const changes of ['all of it', [{ text: 'ok' }, 42], [{ range: { start: at('a', 0), end: at(0, 0) }, text: 'x' }], [{ range: null, text: 'x' }], [{ text: 7 }], [null]]) {
      expect(changeProblem(1, changes, 2), JSON.stringify(changes)).toBe('malformed contentChanges');
    }
  });
});

describe('gatedSync', () => {
  it('drops sync notifications until open, and passes everything else through', () => {
    const seen: unknown[] = [];
    let registered: ((params: unknown) => void) | undefined;
    const connection = { onDidOpenTextDocument: (handler: (params: unknown) => void) => void (registered = handler), other: 42 };
    let open = false;
    const gated = gatedSync(connection, () => open);
    gated.onDidOpenTextDocument((params) => seen.push(params));
    registered!('early');
    open = true;
    registered!('late');
    expect(seen).toEqual(['late']);
    expect(gated.other).toBe(42);
  });
});
