/** Tagging CoNLL-U (gold tokenisation) and raw text into CoNLL-U: LEMMA, UPOS, XPOS (= VESUM tag) and FEATS. */
import { segment } from '../segment/segmenter.js';
import { isWordRow, parseConllu } from './corpus.js';
import type { Tagger } from './tagger.js';

/** Re-tags every sentence of a CoNLL-U text, keeping comments, ids, forms and the other columns as they are. */
export function tagConllu(tagger: Tagger, text: string, file?: string): string {
  const out: string[] = [];
  for (const s of parseConllu(text, file)) {
    const words = s.rows.filter(isWordRow);
    const tagged = words.length ? tagger.tagForms(words.map((w) => w.cols[1])) : [];
    out.push(...s.comments);
    let k = 0;
    for (const r of s.rows) {
      const cols = [...r.cols];
      if (isWordRow(r)) {
        const t = tagged[k++];
        cols[2] = t.lemma;
        cols[3] = t.upos;
        cols[4] = t.tag;
        cols[5] = t.feats;
      }
      out.push(cols.join('\t'));
    }
    out.push('');
  }
  return out.join('\n') + (out.length ? '\n' : '');
}

/** Segments and tags raw text; one CoNLL-U sentence per segmented sentence. */
export function tagText(tagger: Tagger, text: string): string {
  const { tokens, sentences } = segment(text);
  const out: string[] = [];
  for (const s of sentences) {
    const toks = tokens.slice(s.tokenStart, s.tokenEnd);
    const tagged = tagger.tagForms(toks.map((t) => t.text));
    out.push(`# sent_id = ${s.index + 1}`, `# text = ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
    toks.forEach((t, i) => {
      const r = tagged[i];
      const misc = t.spaceAfter || i === toks.length - 1 ? '_' : 'SpaceAfter=No';
      out.push([String(i + 1), t.text, r.lemma, r.upos, r.tag, r.feats, '_', '_', '_', misc].join('\t'));
    });
    out.push('');
  }
  return out.join('\n') + (out.length ? '\n' : '');
}
