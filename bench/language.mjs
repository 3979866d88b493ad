// What language detection costs per draft, against the parse floor (unified + retext-english)
// timed back to back in the same rounds: lint as it runs (the language is worked out only when
// a judgement rule fires), lint with the language always read (as a summary would), and the
// detection alone on an already parsed draft, on English drafts (where the guard settles it
// without franc) and on drafts in other languages (where franc-min runs). A diagnostic for the
// engine budget, like stages.mjs; not part of `npm run bench`.
//   node bench/build.mjs && node bench/language.mjs [DIR ...]   (default: the labeled corpora)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { findDrafts } from './floor-read.mjs';
import { ROOT, median, percentile } from './lib.mjs';

const { lint, parseDraft } = await import('./out/engine.mjs');
const dirs = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(join(ROOT, 'fixtures')).filter((d) => d === 'corpus' || d.startsWith('holdout')).map((d) => join(ROOT, 'fixtures', d));
const english = dirs.flatMap((dir) => findDrafts(dir)).sort().map((path) => readFileSync(path, 'utf8'));
// Notes in other languages, each with a greeting and a sign-off, at a note's usual length.
const foreign = [
  'Hola Lucía,\n\nMe encantó tu charla sobre pagos digitales en el congreso de Valencia. Trabajo en una fintech en Madrid y me gustaría conectar contigo. ¿Tomamos un café la semana que viene?\n\nUn saludo,\nJavier',
  'Olá Mariana,\n\nAdorei a sua palestra sobre logística no evento de São Paulo. Trabalho com cadeias de suprimentos e gostaria de trocar ideias. Podemos marcar um café na próxima semana?\n\nAbraços,\nRafael',
  'Hallo Jonas,\n\nich habe deinen Vortrag über Datenschutz auf der Konferenz gehört und fand ihn sehr spannend. Hättest du nächste Woche Zeit für einen kurzen Anruf?\n\nViele Grüße,\nLena',
  "Bonjour Claire,\n\nJ'ai beaucoup aimé votre intervention sur l'économie circulaire au salon de Lyon. Seriez-vous disponible pour un café la semaine prochaine ?\n\nCordialement,\nThomas",
  'Ciao Marco, è stato un piacere conoscerti alla conferenza di Milano. Possiamo sentirci la prossima settimana per parlare del progetto?\n\nA presto,\nGiulia',
  'Hoi Sanne, leuk je gisteren te spreken op de meetup in Utrecht. Zullen we volgende week koffie drinken en het plan bespreken?\n\nGroeten,\nDaan',
];
const floor = unified().use(retextEnglish).freeze();

function time(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e3;
}

/** Per-draft medians (µs) of each task over ROUNDS rounds, tasks in rotating order. */
function measure(texts, rounds) {
  const tasks = {
    floor: (t) => floor.parse(t),
    lint: (t) => lint(t),
    'lint + language': (t) => lint(t).draft.language,
    'detection alone': (t) => {
      const draft = parseDraft(t);
      return time(() => draft.language);
    },
  };
  const names = Object.keys(tasks);
  const samples = Object.fromEntries(names.map((n) => [n, texts.map(() => [])]));
  for (let i = 0; i < Math.min(texts.length * 2, 400); i++) for (const n of names) tasks[n](texts[i % texts.length]);
  for (let r = 0; r < rounds; r++) {
    texts.forEach((text, i) => {
      for (let k = 0; k < names.length; k++) {
        const n = names[(k + i + r) % names.length];
        // Detection alone times itself, after its own parse.
        samples[n][i].push(n === 'detection alone' ? tasks[n](text) : time(() => tasks[n](text)));
      }
    });
  }
  return Object.fromEntries(names.map((n) => [n, samples[n].map(median)]));
}

function report(title, texts, rounds) {
  const per = measure(texts, rounds);
  const base = median(per.floor);
  console.log(`\n${title}: ${texts.length} drafts, ${rounds} rounds; parse floor median ${base.toFixed(0)} µs`);
  for (const [name, values] of Object.entries(per)) {
    console.log(`  ${name.padEnd(18)} median ${median(values).toFixed(0).padStart(5)} µs  p99 ${percentile(values, 99).toFixed(0).padStart(5)} µs  ${(median(values) / base).toFixed(2)}× floor`);
  }
}

report('English drafts (the guard decides)', english, 5);
report('drafts in other languages (franc-min runs)', Array.from({ length: 60 }, (_, i) => foreign[i % foreign.length]), 5);
