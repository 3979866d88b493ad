// Types for parse-full-name 1.2.7, which ships none (only what invitelint uses).
declare module 'parse-full-name' {
  export interface ParsedName {
    title: string;
    first: string;
    middle: string;
    last: string;
    nick: string;
    suffix: string;
    error: string[];
  }
  /** fixCase 0 keeps the name's case; stopOnError 0 returns what it parsed; useLongLists 1 knows more titles and suffixes. */
  export function parseFullName(name: string, partToReturn: 'all', fixCase: 0 | 1 | -1, stopOnError: 0 | 1, useLongLists: 0 | 1): ParsedName;
}
