/** `litopys show <doc-id>`: a stored document with its annotations. */
import type { Command } from 'commander';
import { LitopysError } from '../../errors.js';
import { toContract } from '../../extract/contract.js';
import type { AnalyzedDocument } from '../../types.js';
import { loadDocument } from '../../store/loadDocument.js';
import { addDbOption, addFormatOption, openStoreFor } from '../options.js';

interface ShowFlags {
  db?: string;
  tokens?: boolean;
  format: 'text' | 'json';
}

/** Human-readable view: header, numbered sentences, then each annotation layer that is present. */
export function renderDocument(adoc: AnalyzedDocument, extra: { origin?: string | null; stages?: string[] } = {}, tokens = false): string {
  const { doc } = adoc;
  const lines: string[] = [];
  lines.push(`${doc.id}  ${[doc.date ?? 'undated', doc.source, doc.lang].filter(Boolean).join(' · ')}`);
  if (doc.title) lines.push(`title:  ${doc.title}`);
  if (doc.url) lines.push(`url:    ${doc.url}`);
  if (extra.origin) lines.push(`from:   ${extra.origin}`);
  if (extra.stages) lines.push(`stages: ${extra.stages.join(', ') || '(none)'}`);
  lines.push(`${adoc.sentences.length} sentences, ${adoc.tokens.length} tokens`, '');
  if (adoc.sentences.length) {
    for (const s of adoc.sentences) lines.push(`[${s.index + 1}] ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
  } else {
    lines.push(doc.text);
  }
  if (tokens && adoc.tokens.length) {
    lines.push('', 'tokens:');
    for (const t of adoc.tokens) {
      lines.push(`  ${t.sentence + 1}:${t.i}\t${t.text}\t${t.kind}${t.lemma ? '\t' + t.lemma : ''}${t.pos ? '\t' + t.pos : ''}${t.feats ? '\t' + t.feats : ''}`);
    }
  }
  if (adoc.entities.length) {
    lines.push('', 'entities:');
    for (const e of adoc.entities) lines.push(`  ${e.id} ${e.type} ${e.name} ×${e.mentions.length}`);
  }
  if (adoc.times.length) {
    lines.push('', 'dates:');
    for (const t of adoc.times) lines.push(`  «${t.text}» → ${t.value ? (t.value.start === t.value.end ? t.value.start : `${t.value.start}…${t.value.end}`) : '?'}`);
  }
  if (adoc.events.length) {
    const name = new Map(adoc.entities.map((e) => [e.id, e.name]));
    const who = (ids: string[]): string => ids.map((i) => name.get(i) ?? i).join(', ') || '—';
    lines.push('', 'events:');
    for (const v of adoc.events) {
      const date = v.date ? v.date.start : '?';
      lines.push(`  ${v.id} ${v.type}${v.mode ? '/' + v.mode : ''} ${who(v.source)} → ${who(v.target)} «${v.trigger.text}» ${date} [${v.sentence + 1}]${v.negated ? ' negated' : ''} ${v.modality}`);
    }
  }
  if (adoc.quotes.length) {
    const name = new Map(adoc.entities.map((e) => [e.id, e.name]));
    lines.push('', 'quotes:');
    for (const q of adoc.quotes) lines.push(`  ${q.id} ${q.speaker ? name.get(q.speaker) ?? q.speaker : '?'}: ${q.direct ? '«' + q.text + '»' : q.text}`);
  }
  return lines.join('\n') + '\n';
}

export function register(program: Command): void {
  const cmd = program
    .command('show')
    .description('print a stored document with its sentences and annotations')
    .argument('<doc-id>', 'document id (as printed by search)')
    .option('--tokens', 'include the token layer');
  addDbOption(cmd);
  addFormatOption(cmd);
  cmd.action((id: string, flags: ShowFlags) => {
    const store = openStoreFor(flags, { mustExist: true });
    try {
      const found = loadDocument(store, id);
      if (!found) throw new LitopysError('NOT_FOUND', `no document with id "${id}"`, { field: 'doc-id' }, 'find ids with `litopys search`');
      if (flags.format === 'json') {
        const out = { ...toContract(found.adoc, { tokens: !!flags.tokens }), text: found.adoc.doc.text, origin: found.info.origin, stages: found.info.stages };
        process.stdout.write(JSON.stringify(out) + '\n');
      } else {
        process.stdout.write(renderDocument(found.adoc, { origin: found.info.origin, stages: found.info.stages }, !!flags.tokens));
      }
    } finally {
      store.close();
    }
  });
}
