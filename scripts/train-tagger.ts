/**
 * `npm run train:tagger`: learns the morphology model (form table, hunspell rule → tag map, suffix guesser) and the
 * averaged-perceptron tagger from BRUK train, reports dev accuracy per epoch (tuning only), and writes
 * models/uk-morph.json.gz, models/uk-tagger.json.gz and models/uk-tagger.meta.json.
 * Options: --epochs N (default 6), --max-sentences N (quick runs).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dataPath } from '../eval/data.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { readBruk, type GoldToken } from '../src/nlp/tag/corpus.js';
import { loadHunspell } from '../src/nlp/morph/hunspell.js';
import { buildMorphModel, MODEL_VERSION } from '../src/nlp/morph/learn.js';
import { lookupKey, normalizeForm } from '../src/nlp/morph/normalize.js';
import { createLexicon, MORPH_MODEL_PATH, setLexicon } from '../src/nlp/morph/lexicon.js';
import { candidatesFor, Tagger, TAGGER_MODEL_PATH } from '../src/nlp/tag/tagger.js';
import { features, PerceptronScorer, PerceptronTrainer, prepareSentence, type Candidate } from '../src/nlp/tag/perceptron.js';


function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

interface Prepared {
  forms: string[];
  gold: string[];
  cands: Candidate[][];
}

function evaluate(tagger: Tagger, dev: GoldToken[][]): { pos: number; tag: number; lemma: number } {
  let n = 0, pos = 0, tag = 0, lemma = 0;
  for (const s of dev) {
    const out = tagger.tagForms(s.map((t) => t.form));
    s.forEach((g, i) => {
      n++;
      if (out[i].tag === g.tag) tag++;
      if (out[i].tag.split(':')[0] === g.tag.split(':')[0]) pos++;
      if (out[i].lemma.toLowerCase() === normalizeForm(g.lemma).toLowerCase()) lemma++;
    });
  }
  return { pos: pos / n, tag: tag / n, lemma: lemma / n };
}

async function main(): Promise<void> {
  const trainPath = dataPath('bruk/train.tsv', 'tagger training');
  if (!trainPath) process.exit(2);
  const devPath = dataPath('bruk/dev.tsv', 'dev scores');
  const epochs = arg('--epochs', 6);
  let train = readBruk(trainPath);
  const maxS = arg('--max-sentences', 0);
  if (maxS) train = train.slice(0, maxS);
  const dev = devPath ? readBruk(devPath) : [];
  const t0 = Date.now();
  const morph = buildMorphModel(train);
  console.log(`morph model: ${Object.keys(morph.forms).length} forms, ${Object.keys(morph.rules).length} rules, ${Object.keys(morph.suffixes).length} suffixes (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const lex = createLexicon(morph, loadHunspell());
  setLexicon(lex);
  // words seen once in train are tagged with the candidates an unknown word would get, so the model learns to
  // choose among guesser/dictionary candidates too (10 % of dev tokens are not in the form table)
  const freq = new Map<string, number>();
  for (const s of train) for (const t of s) freq.set(lookupKey(t.form), (freq.get(lookupKey(t.form)) ?? 0) + 1);
  const candCache = new Map<string, Candidate[]>();
  const prepared: Prepared[] = train.map((s) => {
    const forms = s.map((t) => t.form);
    const cands = s.map((t) => {
      let c = candCache.get(t.form);
      if (!c) candCache.set(t.form, (c = candidatesFor(lex, t.form, freq.get(lookupKey(t.form)) === 1)));
      if (!c.some((x) => x.tag === t.tag)) c = [...c, { tag: t.tag, lemma: t.lemma, weight: 0, source: 'table' }];
      return c;
    });
    return { forms, gold: s.map((t) => t.tag), cands };
  });
  const trainer = new PerceptronTrainer();
  let rng = 12345;
  const rand = (): number => ((rng = (rng * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  let scores = { pos: 0, tag: 0, lemma: 0 };
  for (let e = 1; e <= epochs; e++) {
    const order = prepared.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let right = 0, total = 0;
    for (const idx of order) {
      const s = prepared[idx];
      const ctx = prepareSentence(s.forms, s.cands);
      let prev = '<s>', prev2 = '<s>';
      for (let i = 0; i < s.forms.length; i++) {
        const cands = s.cands[i];
        let pick = cands[0].tag;
        if (cands.length > 1) {
          const f = features(ctx, i, prev, prev2);
          let best = -Infinity;
          for (const c of cands) {
            const sc = trainer.score(f, c.tag);
            if (sc > best) {
              best = sc;
              pick = c.tag;
            }
          }
          trainer.update(f, s.gold[i], pick);
        }
        total++;
        if (pick === s.gold[i]) right++;
        prev2 = prev;
        prev = pick;
      }
    }
    const model = trainer.finish(MODEL_VERSION);
    const tagger = new Tagger(lex, new PerceptronScorer(model));
    if (dev.length) scores = evaluate(tagger, dev);
    console.log(`epoch ${e}: train tag ${(right / total * 100).toFixed(2)} % | dev POS ${(scores.pos * 100).toFixed(2)} tag ${(scores.tag * 100).toFixed(2)} lemma ${(scores.lemma * 100).toFixed(2)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const model = trainer.finish(MODEL_VERSION);
  const morphGz = gzipSync(JSON.stringify(morph), { level: 9 });
  const taggerGz = gzipSync(JSON.stringify(model), { level: 9 });
  writeFileSync(MORPH_MODEL_PATH, morphGz);
  writeFileSync(TAGGER_MODEL_PATH, taggerGz);
  const meta = {
    name: 'uk-tagger',
    version: MODEL_VERSION,
    trainedOn: 'BRUK train (../shared/data/bruk/train.tsv, CC BY-NC-SA 4.0), ' + train.length + ' sentences',
    lexicon: 'dictionary-uk (hunspell, GPL-3.0) reverse affix analysis + BRUK train form table',
    epochs,
    files: { 'uk-morph.json.gz': morphGz.length, 'uk-tagger.json.gz': taggerGz.length },
    devScores: dev.length ? { corpus: 'BRUK dev', posAccuracy: +(scores.pos * 100).toFixed(2), tagAccuracy: +(scores.tag * 100).toFixed(2), lemmaAccuracy: +(scores.lemma * 100).toFixed(2) } : null,
    command: 'npm run train:tagger',
    date: new Date().toISOString().slice(0, 10),
  };
  writeFileSync(join(PACKAGE_ROOT, 'models', 'uk-tagger.meta.json'), JSON.stringify(meta, null, 2) + '\n');
  console.log(`wrote models (morph ${(morphGz.length / 1e6).toFixed(1)} MB, tagger ${(taggerGz.length / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

await main();
