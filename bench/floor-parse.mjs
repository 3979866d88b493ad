// The parse floor: find and read every *.invite.md under DIR (as the I/O floor does) and
// parse each with unified + retext-english, and nothing else.
//   node bench/floor-parse.mjs DIR
import { readFileSync } from 'node:fs';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { findDrafts } from './floor-read.mjs';

const processor = unified().use(retextEnglish).freeze();
let nodes = 0;
for (const path of findDrafts(process.argv[2])) nodes += processor.parse(readFileSync(path, 'utf8')).children.length;
process.stdout.write(`${nodes}\n`);
