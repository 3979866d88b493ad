import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEnglish } from './draft/language.js';
import { parseDraft } from './draft/parse.js';
import { configWith, findings, lint, ruleIds } from './test-utils.js';

// Drafts written in each language as a LinkedIn user would, with nothing English to go on but
// a borrowed word or two ("fintech", "meetup"). Each lacks something a judgement rule would
// report in English (the Spanish one has no next action, the German one no context...).
const DRAFTS: Record<string, [name: string, text: string]> = {
  es: ['Spanish', 'Hola Lucía,\n\nMe encantó tu charla sobre pagos digitales en el congreso de Valencia. Trabajo en una fintech en Madrid y me gustaría conectar contigo.\n\nUn saludo,\nJavier'],
  pt: ['Portuguese', 'Olá Mariana,\n\nAdorei a sua palestra sobre logística no evento de São Paulo. Trabalho com cadeias de suprimentos e gostaria de trocar ideias com você. Podemos marcar um café na próxima semana?\n\nAbraços,\nRafael'],
  de: ['German', 'Hallo Jonas,\n\nich würde mich freuen, wenn wir uns hier vernetzen. Hättest du nächste Woche Zeit für einen kurzen Anruf?\n\nViele Grüße,\nLena'],
  // franc alone takes short Hindi for Bhojpuri or Magahi, and Indonesian for Malay.
  hi: ['Hindi', 'नमस्ते प्रिया जी,\n\nकल बैठक में आपसे मिलकर बहुत अच्छा लगा। क्या हम अगले हफ़्ते चाय पर मिल सकते हैं?\n\nधन्यवाद,\nअमित'],
  id: ['Indonesian', 'Halo Mas Andi,\n\nSenang sekali bertemu dengan Mas di seminar kemarin. Semoga kita bisa bekerja sama lagi tahun depan.\n\nSalam,\nRina'],
  sl: ['Slovenian', 'Pozdravljen Marko,\n\nlepo je bilo, da sva se srečala na konferenci v Ljubljani prejšnji mesec. Ali bi si naslednji teden vzel čas za kavo?\n\nLep pozdrav,\nNina'],
  fr: ['French', "Bonjour Claire,\n\nJ'ai beaucoup aimé votre intervention sur l'économie circulaire au salon de Lyon. Je travaille dans le recyclage et j'aimerais échanger avec vous. Seriez-vous disponible pour un café la semaine prochaine ?\n\nCordialement,\nThomas"],
};
const JUDGEMENT = ['no-context', 'no-next-action', 'stock-phrase-alone', 'stranger-no-reason'];

describe('non-english', () => {
  it.each(Object.entries(DRAFTS))('detects a %s draft, says so once, and judges none of its elements', (tag, [name, text]) => {
    const { draft, findings: found } = lint(text);
    expect(draft.language).toEqual({ value: tag, name, source: 'detected' });
    const notes = found.filter((f) => f.ruleId === 'non-english');
    expect(notes).toHaveLength(1);
    expect(notes[0].severity).toBe('info');
    expect(notes[0].message).toContain(`in ${name} (detected)`);
    expect(found.map((f) => f.ruleId).filter((id) => JUDGEMENT.includes(id))).toEqual([]);
  });

  it.each(Object.entries(DRAFTS))('takes %s from `lang:` without detecting, pointing at the value', (tag, [name, text]) => {
    const withLang = `---\nlang: ${tag}\n---\n${text}`;
    const { draft } = lint(withLang);
    expect(draft.language).toEqual({ value: tag, name, source: 'frontmatter' });
    expect(findings(withLang, 'non-english')).toEqual([`non-english «${tag}»`]);
    expect(ruleIds(withLang).filter((id) => JUDGEMENT.includes(id))).toEqual([]);
  });

  it('reads a regional tag, and judges English when `lang:` says so', () => {
    expect(lint(`---\nlang: pt-br\n---\n${DRAFTS.pt[1]}`).draft.language).toEqual({ value: 'pt-BR', name: 'Portuguese', source: 'frontmatter' });
    const english = lint('---\nlang: en-GB\n---\nHi Jo,\n\nHope you are well!\n');
    expect(english.draft.language.source).toBe('frontmatter');
    expect(english.findings.map((f) => f.ruleId)).toEqual(['no-context', 'no-next-action']);
  });

  it('reports a bad `lang:` as invalid frontmatter and detects instead', () => {
    const text = `---\nlang: spanish\n---\n${DRAFTS.es[1]}`;
    expect(findings(text, 'invalid-frontmatter')).toEqual(['invalid-frontmatter «spanish»']);
    expect(lint(text).draft.language.source).toBe('detected');
    for (const bad of ['es_ES', '42', 'x-klingon', '[es]']) expect(findings(`---\nlang: ${bad}\n---\nHi Jo,\n`, 'invalid-frontmatter'), bad).toHaveLength(1);
    expect(findings('---\nlang: und\n---\nHi Jo,\n', 'invalid-frontmatter')).toEqual([]);
  });

  it('still runs too-long, placeholder and name-mismatch on a draft not in English', () => {
    const text = `---\nto: Lucía Pérez\nlimit: 120\n---\nHola Marta,\n\nMe encantó tu charla sobre pagos digitales en el congreso de [ciudad]. Trabajo en una fintech en Madrid y me gustaría conectar contigo.\n`;
    expect(ruleIds(text)).toEqual(['name-mismatch', 'non-english', 'placeholder', 'too-long']);
  });

  it('keeps judging when non-english is off, and the judgement rules stay quiet', () => {
    const config = configWith({ 'non-english': 'off' });
    expect(lint(DRAFTS.es[1], { config }).findings).toEqual([]);
  });

  it.each([
    ["Let's connect!"],
    ['Hi!'],
    ["Ciao Marco! Great pasta night at Luca's, let's do it again soon."],
    ['Hola Ana,\n\nGreat to meet you at the Madrid fintech meetup. Coffee next week?\n\nSaludos,\nPablo'],
    ['Bonjour Julien — loved the talk in Lyon. Coffee?\n\nMerci,\nAnna'],
    ['Hallo Jürgen, danke for the tour of the Brauhaus yesterday! Prost, and see you at Oktoberfest.'],
    ['Namaste Ravi ji, wonderful diwali mela, delicious samosas, brilliant bhangra performance.'],
    ['Salam Omar, delicious mansaf, generous hospitality, unforgettable desert camp.'],
    ['Guten Tag Klaus, brilliant oktoberfest weekend, lederhosen, pretzels, prost!'],
    ['Kia ora Aroha, awesome hangi, beautiful waiata, amazing whanau gathering.'],
    ['Hey, amazing keynote, insightful slides, superb delivery, brilliant audience questions.'],
    ['Sawubona Thandi! Braai, boerewors, pap, unforgettable weekend. Eish, legendary.'],
    ['Hi Oluwaseun, great seeing you at Eko Hotel. Let us link up.'],
    ['Dropping the contract over Friday. Talk Monday?'],
    ['Olá Pedro! Churrasco, caipirinhas, samba, incredible carnaval energy. Obrigado!'],
    ['Congrats Priya! Promotion well deserved. Drinks Friday?'],
  ])('never takes a short English note for another language: %j', (text) => {
    expect(lint(text).draft.language.value).toBe('en');
    expect(findings(text, 'non-english')).toEqual([]);
  });

  it.each([
    ['zh', '你好，王先生！很高兴在上海的会议上认识您。下周可以一起喝杯咖啡吗？'],
    ['ru', 'Здравствуйте, Анна! Было приятно познакомиться на конференции в Москве. Давайте созвонимся на следующей неделе?'],
    ['es', 'Hola Diego, nos conocimos en la feria de Bogotá el año pasado. ¿Cómo va todo por allá?'],
  ])('detects short notes in other scripts and languages (%s)', (tag, text) => {
    expect(lint(text).draft.language.value).toBe(tag);
  });

  it('does not detect a language until something asks', () => {
    const draft = parseDraft(DRAFTS.es[1]);
    expect(draft.memo.has('language')).toBe(false);
    expect(draft.language.value).toBe('es');
    expect(draft.memo.has('language')).toBe(true);
  });
});

// Every English draft of the labeled corpora stays English, as written and cut down to a few
// sentences (shorter notes are where detectors go wrong), with foreign greetings and sign-offs.
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const CORPORA = readdirSync(FIXTURES).filter((dir) => dir === 'corpus' || dir.startsWith('holdout'));
/** The corpus drafts their writers wrote in another language (fixtures/languages.json). */
const NOT_ENGLISH: Record<string, string> = JSON.parse(readFileSync(join(FIXTURES, 'languages.json'), 'utf8')).drafts;
const ALL_DRAFTS = CORPORA.flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.invite.md'))
    .map((f) => [`${dir}/${f}`, readFileSync(join(FIXTURES, dir, f), 'utf8')] as const),
);
const ENGLISH_DRAFTS = ALL_DRAFTS.filter(([name]) => !(name in NOT_ENGLISH));

describe('non-english: English corpus drafts stay English', () => {
  it('covers every carried corpus', () => {
    expect(CORPORA.length).toBeGreaterThanOrEqual(6);
    expect(ENGLISH_DRAFTS.length).toBeGreaterThanOrEqual(400);
  });

  it('detects none of them as another language (a regional English such as `lang: en-GB` is English)', () => {
    const foreign = ENGLISH_DRAFTS.filter(([, text]) => !isEnglish(lint(text).draft.language)).map(([name]) => name);
    expect(foreign).toEqual([]);
  });

  it('takes each draft its writer wrote in another language for that language', () => {
    const languages = Object.fromEntries(ALL_DRAFTS.filter(([name]) => name in NOT_ENGLISH).map(([name, text]) => [name, lint(text).draft.language.value]));
    expect(languages).toEqual(NOT_ENGLISH);
  });

  it('keeps them English cut to a few sentences, with foreign greetings and sign-offs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ENGLISH_DRAFTS),
        fc.nat(),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('', 'Hola Ana,\n\n', 'Olá Rui!\n\n', 'Bonjour Claire,\n\n', 'Hallo Jonas,\n\n', 'Ciao Marco! ', 'Namaste Priya ji,\n\n', 'Salaam Omar,\n\n'),
        fc.constantFrom('', '\n\nSaludos,\nPablo', '\n\nAbraços,\nRafa', '\n\nBisous,\nAnna', '\n\nViele Grüße,\nLena', '\n\nGrazie!', '\n\nAsante sana,\nWanjiru'),
        ([name, text], from, count, greeting, signOff) => {
          const body = text.replace(/^---[^]*?\n---\n/, '');
          const sentences = parseDraft(body).sentences.map((s) => body.slice(s.start, s.end));
          if (sentences.length === 0) return;
          const start = from % sentences.length;
          const note = `${greeting}${sentences.slice(start, start + count).join(' ')}${signOff}`;
          expect(lint(note).draft.language.value, `${name}: ${JSON.stringify(note)}`).toBe('en');
        },
      ),
      { numRuns: 400, seed: 4 },
    );
  });
});
