/**
 * The JSON contract printed by `litopys extract` (one object per document, one per line) — see docs/contract.md.
 * It only ever grows: fields are added, never renamed or removed.
 */
import type { AnalyzedDocument } from '../types.js';

export interface ContractOptions {
  /** Include the token layer (`extract --tokens`). */
  tokens?: boolean;
}

export interface ContractDocument {
  id: string;
  date: string | null;
  lang: string;
  title?: string;
  source?: string;
  url?: string;
  sentences: { start: number; end: number }[];
  tokens?: { start: number; end: number; text: string; lemma?: string; pos?: string; feats?: string; tag?: string }[];
  entities: {
    id: string;
    type: string;
    name: string;
    mentions: { start: number; end: number; text: string }[];
    actor?: { country?: string; sector?: string; role?: string; kbId?: string };
    geo?: { lat: number; lon: number; country?: string };
  }[];
  events: {
    id: string;
    type: string;
    mode?: string;
    source: string[];
    target: string[];
    date: { start: string; end: string } | null;
    dateReported?: boolean;
    location: string | null;
    trigger: { start: number; end: number; text: string };
    sentence: number;
    negated: boolean;
    modality: string;
  }[];
  quotes: { id: string; speaker: string | null; text: string; start: number; end: number; direct: boolean }[];
  times: { start: number; end: number; text: string; value: { start: string; end: string } | null; relative: boolean }[];
}

export function toContract(adoc: AnalyzedDocument, opts: ContractOptions = {}): ContractDocument {
  const { doc } = adoc;
  const out: ContractDocument = {
    id: doc.id,
    date: doc.date,
    lang: doc.lang,
    ...(doc.title !== undefined ? { title: doc.title } : {}),
    ...(doc.source !== undefined ? { source: doc.source } : {}),
    ...(doc.url !== undefined ? { url: doc.url } : {}),
    sentences: adoc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: adoc.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      ...(e.actor ? { actor: e.actor } : {}),
      ...(e.geo ? { geo: e.geo } : {}),
    })),
    events: adoc.events.map((v) => ({
      id: v.id,
      type: v.type,
      ...(v.mode ? { mode: v.mode } : {}),
      source: v.source,
      target: v.target,
      date: v.date,
      ...(v.dateReported !== undefined ? { dateReported: v.dateReported } : {}),
      location: v.location,
      trigger: { start: v.trigger.start, end: v.trigger.end, text: v.trigger.text },
      sentence: v.sentence,
      negated: v.negated,
      modality: v.modality,
    })),
    quotes: adoc.quotes.map((q) => ({ id: q.id, speaker: q.speaker, text: q.text, start: q.start, end: q.end, direct: q.direct })),
    times: adoc.times.map((t) => ({ start: t.start, end: t.end, text: t.text, value: t.value, relative: t.relative })),
  };
  if (opts.tokens) {
    out.tokens = adoc.tokens.map((t) => ({
      start: t.start,
      end: t.end,
      text: t.text,
      ...(t.lemma !== undefined ? { lemma: t.lemma } : {}),
      ...(t.pos !== undefined ? { pos: t.pos } : {}),
      ...(t.feats !== undefined ? { feats: t.feats } : {}),
      ...(t.tag !== undefined ? { tag: t.tag } : {}),
    }));
  }
  return out;
}
