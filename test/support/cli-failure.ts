// What every expected CLI failure looks like (the README's promise): exit 2, nothing on stdout,
// one line on stderr starting with `invitelint:`, no stack trace.
import { expect } from 'vitest';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function expectOneLineFailure(run: CliRun, pattern: RegExp): void {
  expect(run.stderr).toMatch(/^invitelint: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toContain('    at ');
  expect(run.stdout).toBe('');
  expect(run.status).toBe(2);
}
