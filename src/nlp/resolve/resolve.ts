/**
 * The `resolve` pipeline component: canonical (nominative) names, in-document linking of mentions into entities,
 * actor codes and coordinates from the gazetteers (link.ts, canonical.ts; language data in src/lang/uk/gazetteer).
 */
import type { AnalyzedDocument, Component } from '../../types.js';
import { roleHeadLemmas, sectorLexicon } from '../../lang/uk/gazetteer/index.js';
import { kbMatcher } from '../ner/ner.js';
import { linkDocument, resolveRoleMentionWith, roleRecords, type LinkResources, type RoleRecord } from './link.js';

let resources: LinkResources | null = null;

/** Gazetteer matcher, sector lexicon and role nouns (loaded once). */
export function linkResources(): LinkResources {
  if (!resources) resources = { matcher: kbMatcher(), sectors: sectorLexicon(), roleHeads: roleHeadLemmas() };
  return resources;
}

/**
 * The entity id of the person a role-only phrase refers to in a resolved document ("голова ОП" → the entity of
 * "Андрій Єрмак" when the text introduced "Керівник Офісу президента Андрій Єрмак"), or null. `span` is a token
 * range: a JOB mention or any phrase headed by a role noun. For the quotes and events stages.
 */
export function resolveRoleMention(adoc: AnalyzedDocument, span: { tokenStart: number; tokenEnd: number }): string | null {
  return resolveRoleMentionWith(adoc, span, linkResources());
}

/** Persons introduced with a title in a resolved document. */
export function documentRoles(adoc: AnalyzedDocument): RoleRecord[] {
  return roleRecords(adoc, linkResources());
}

export function createResolver(): Component {
  return {
    name: 'resolve',
    reads: ['doc.tokens', 'token.lemma', 'token.tag', 'doc.mentions'],
    assigns: ['mention.canonical', 'doc.entities', 'entity.actor', 'entity.geo'],
    score: 'canonical names and linking: test/nlp/resolve',
    run(adoc: AnalyzedDocument): void {
      linkDocument(adoc, linkResources());
    },
  };
}
