// Seeded generator of realistic invitation drafts and of pathological files, for the bench.
// Same seed, same bytes: every figure in bench/results.json can be reproduced.
//
//   node bench/generate.mjs OUT_DIR [COUNT] [SEED]   writes COUNT drafts under OUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (list) => list[Math.floor(next() * list.length)];
  next.chance = (p) => next() < p;
  return next;
}

const FIRST = ['Anna', 'Ben', 'Chiara', 'Dan', 'Emeka', 'Fatima', 'Gus', 'Hannah', 'Ines', 'Jon', 'Kemi', 'Luca', 'Maya', 'Niamh', 'Omar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tomás', 'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zoë', 'Aoife', 'Björn', 'Chloé', 'Dmitri', 'Élodie', 'Funmi', 'Giorgos', 'Hyun-woo', 'Ingrid', 'Jürgen', 'Kaito', 'Leilani', 'Mateo', 'Nkechi'];
const LAST = ['Okoro', 'Whitfield', 'Brennan', 'Rossi', 'Nakamura', 'Haddad', 'Okafor', 'Schmidt', 'García', 'Kowalski', 'Andersen', "O'Neill", 'van der Berg', 'Singh', 'Mbeki', 'Lindqvist', 'Moreau', 'Papadopoulos', 'Kim', 'Fernández'];
const EVENTS = ['the Data Council meetup', 'PyCon', 'the Lisbon product summit', 'the climate hackathon', 'a founders breakfast', 'the UX Brighton conference', 'the Cork makerspace open day', 'our alumni dinner', 'the GIS user group', 'the React Berlin meetup'];
const CITIES = ['Lagos', 'Berlin', 'Lisbon', 'Cork', 'Toronto', 'Nairobi', 'Manila', 'Austin', 'Leeds', 'Melbourne', 'São Paulo', 'Kraków'];
const TOPICS = ['observability for small teams', 'open-source maintainership', 'bridge inspection tooling', 'accessible design systems', 'supply-chain forecasting', 'rural broadband', 'letterpress restoration', 'battery recycling', 'clinical data pipelines', 'remote onboarding'];
const COMPANIES = ['Acme Logistics', 'Northwind', 'Globex', 'Initech', 'Umbrella Health', 'Stark Solar', 'Wayne Analytics', 'Hooli', 'Vandelay Imports', 'Pied Piper'];
const WHENS = ['last week', 'last month', 'in March', 'on Tuesday', 'a couple of years ago', 'back in 2019', 'at the weekend'];
const ARTIFACTS = ['slides', 'the report', 'my notes', 'the repo link', 'the draft proposal', 'the reading list'];

const GREETINGS = [(n) => `Hi ${n},`, (n) => `Hello ${n},`, (n) => `Dear ${n},`, (n) => `Hey ${n} –`, (n) => `Hi ${n}!`, (n) => `Good morning ${n},`, (n) => `${n},`];
const CONTEXT = [
  (r) => `We met at ${r.pick(EVENTS)} in ${r.pick(CITIES)} ${r.pick(WHENS)} and talked about ${r.pick(TOPICS)}.`,
  (r) => `I really enjoyed your talk on ${r.pick(TOPICS)} at ${r.pick(EVENTS)}.`,
  (r) => `${r.pick(FIRST)} ${r.pick(LAST)} suggested I reach out to you about ${r.pick(TOPICS)}.`,
  (r) => `We worked together at ${r.pick(COMPANIES)} on the ${r.pick(TOPICS)} project ${r.pick(WHENS)}.`,
  (r) => `I read your article on ${r.pick(TOPICS)} ${r.pick(WHENS)} – the section on costs changed how our team plans.`,
  (r) => `Great working with you on the ${r.pick(CITIES)} rollout ${r.pick(WHENS)}; your notes saved us days.`,
  (r) => `I'm the new ${r.pick(['data lead', 'product manager', 'designer', 'engineer', 'recruiter'])} at ${r.pick(COMPANIES)}, working on ${r.pick(TOPICS)}.`,
];
const FILLER = [
  (r) => `Our team in ${r.pick(CITIES)} has been wrestling with ${r.pick(TOPICS)} for a while now.`,
  (r) => `The point you made about ${r.pick(TOPICS)} stuck with me, especially the part about small budgets.`,
  () => `I have been trying a few of the ideas since, with mixed but encouraging results.`,
  (r) => `We are hiring for a role close to ${r.pick(TOPICS)}, in case anyone you know is looking.`,
  (r) => `I also saw that you're speaking at ${r.pick(EVENTS)} next month, which is great news.`,
  () => `It's rare to find someone who explains the trade-offs so plainly.`,
];
const INVITATION = [
  () => `I'd love to connect here.`, () => `It would be great to stay in touch on LinkedIn.`, () => `Let's connect!`,
  () => `We should be connected here too.`, () => `Happy to connect if you are.`, () => `I'd like to add you to my professional network.`,
];
const NEXT = [
  (r) => `Would you be up for a quick call next week?`, (r) => `Coffee sometime when you're in ${r.pick(CITIES)}? My treat.`,
  (r) => `I'll send over ${r.pick(ARTIFACTS)} on Friday.`, (r) => `Could you point me to whoever runs ${r.pick(TOPICS)} at ${r.pick(COMPANIES)}?`,
  () => `Let me know if a 20-minute chat would work.`, (r) => `Happy to introduce you to ${r.pick(FIRST)}, who is working on the same problem.`,
];
const SIGN_OFF = [(m) => `Best,\n${m}`, (m) => `Thanks,\n${m}`, (m) => `– ${m}`, (m) => `Cheers, ${m}`, (m) => `Kind regards,\n${m}`, (m) => `${m}`];
const EMOJI = ['🙂', '🎉', '☕', '👋', '🚀', '🙏🏽', '👩🏾‍💻'];
const PROBLEMS = [
  () => `We met at [event name] and I'd love to connect.`, () => `Hi {FirstName}, TODO: add context.`, () => ``,
];

/** One draft: greeting, context, invitation, next action, sign-off; varied; some frontmatter, emoji, CRLF. */
export function makeDraft(r) {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const me = `${r.pick(FIRST)}${r.chance(0.4) ? ` ${r.pick(LAST)}` : ''}`;
  const parts = [];
  if (r.chance(0.35)) {
    const fm = [`to: ${r.chance(0.05) ? r.pick(FIRST) : first} ${last}`];
    if (r.chance(0.7)) fm.push(`relationship: ${r.pick(['contact', 'acquaintance', 'stranger', r.chance(0.1) ? 'frenemy' : 'contact'])}`);
    if (r.chance(0.15)) fm.push(`limit: ${r.pick([200, 300, 500])}`);
    parts.push(`---\n${fm.join('\n')}\n---`);
  }
  if (r.chance(0.9)) parts.push(r.pick(GREETINGS)(first));
  const body = [];
  if (r.chance(0.85)) body.push(r.pick(CONTEXT)(r));
  const fillers = r.chance(0.6) ? r.int(2) : r.chance(0.5) ? 2 + r.int(4) : 0;
  for (let i = 0; i < fillers; i++) body.push(r.pick(FILLER)(r));
  if (r.chance(0.8)) body.push(r.pick(INVITATION)(r));
  if (r.chance(0.05)) body.push(r.pick(PROBLEMS)(r));
  if (r.chance(0.2)) body.push(`${r.pick(['I', 'We'])} **really** appreciated _the_ ${r.pick(['[demo](https://example.com/demo)', '`code` sample', 'write-up'])}.`);
  if (r.chance(0.12)) body.push(r.pick(EMOJI));
  // Paragraphs: one or two sentences each.
  const paragraphs = [];
  for (let i = 0; i < body.length; ) {
    const n = 1 + r.int(2);
    paragraphs.push(body.slice(i, i + n).join(' '));
    i += n;
  }
  parts.push(...paragraphs.filter(Boolean));
  if (r.chance(0.8)) parts.push(r.pick(NEXT)(r));
  if (r.chance(0.85)) parts.push(r.pick(SIGN_OFF)(me));
  let text = `${parts.join('\n\n')}\n`;
  if (r.chance(0.15)) text = text.replace(/\n/g, '\r\n');
  return text;
}

/** Writes `count` drafts into `dir`, 100 per sub-folder; returns their paths. */
export function writeDrafts(dir, count, seed = 42) {
  const r = rng(seed);
  const paths = [];
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const path = join(sub, `d${String(i).padStart(5, '0')}.invite.md`);
    writeFileSync(path, makeDraft(r));
    paths.push(path);
  }
  return paths;
}

/** A realistic draft of exactly `chars` characters or so (server: the 300-character draft). */
export function draftOfLength(chars, seed = 7) {
  const r = rng(seed);
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const text = makeDraft(r).replace(/\r\n/g, '\n');
    if (text.length >= chars * 0.9 && text.length <= chars * 1.1) return text;
  }
  throw new Error(`no draft of ~${chars} characters`);
}

/** A large realistic draft: many paragraphs of invitation prose, `bytes` UTF-8 bytes long. */
export function largeDraft(bytes, seed = 1) {
  const r = rng(seed);
  const chunks = ['---\nto: Anna Okoro\nrelationship: acquaintance\n---\nHi Anna,\n\n'];
  let size = Buffer.byteLength(chunks[0]);
  while (size < bytes) {
    const draft = makeDraft(r).replace(/\r\n/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, '');
    chunks.push(draft, '\n');
    size += Buffer.byteLength(draft) + 1;
  }
  return Buffer.from(chunks.join('')).subarray(0, bytes).toString('utf8').replace(/\uFFFD$/, '');
}

/**
 * Pathological inputs, each a function of a size parameter (so the bench can double it):
 * `base` is the size the issue names; the bench also lints base/2 (and 2×base in a full run).
 */
export const PATHOLOGICAL = {
  'sentence-no-punctuation': {
    base: 200_000,
    unit: 'bytes',
    make(size, seed = 3) {
      const r = rng(seed);
      const words = ['we', 'met', 'at', 'the', 'meetup', 'and', 'talked', 'about', 'pipelines', 'coffee', 'next', 'week', 'connect', 'here', 'would', 'love', 'to', 'Anna'];
      const out = [];
      let n = 0;
      while (n < size) {
        const w = r.pick(words);
        out.push(w);
        n += w.length + 1;
      }
      return out.join(' ').slice(0, size);
    },
  },
  'exclamation-marks': { base: 100_000, unit: 'bytes', make: (size) => '!'.repeat(size) },
  'repeated-word': {
    base: 100_000,
    unit: 'bytes',
    // "connect" starts many stock and invitation phrases: the phrase matcher's worst case.
    make: (size) => 'connect '.repeat(Math.ceil(size / 8)).slice(0, size),
  },
  'short-lines': {
    base: 50_000,
    unit: 'lines',
    make(lines, seed = 5) {
      const r = rng(seed);
      const short = ['Hi Anna,', 'ok', 'Thanks!', 'coffee?', '- Ben', 'Best,', 'see you', 'call me', 'TODO', '[name]', 'yes', '🙂'];
      const out = new Array(lines);
      for (let i = 0; i < lines; i++) out[i] = r.pick(short);
      return `${out.join('\n')}\n`;
    },
  },
  'nested-emphasis': {
    base: 2_000,
    unit: 'levels',
    // *_*_*_ … hello … _*_*_* : alternating markers so every level is a real emphasis node.
    make(depth) {
      let open = '';
      for (let i = 0; i < depth; i++) open += i % 2 ? '_' : '*';
      return `${open}Would you be up for coffee next week, Anna?${[...open].reverse().join('')}\n`;
    },
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count = '100', seed = '42'] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node bench/generate.mjs OUT_DIR [COUNT] [SEED]\n');
    process.exit(2);
  }
  const paths = writeDrafts(dir, Number(count), Number(seed));
  process.stdout.write(`${paths.length} drafts in ${dir}\n`);
}
