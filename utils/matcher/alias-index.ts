import type { AliasContext, Category, DatasetMeta, Entity } from '../dataset/schema';

/**
 * What the matcher needs to know about one alias. The alias index is small and serialisable: the
 * background derives it from the stored dataset and hands it to content scripts and pages.
 */
export interface AliasEntry {
  entityId: string;
  category: Category;
  text: string;
  caseSensitive: boolean;
  generic?: boolean;
  context?: AliasContext;
  unless?: AliasContext;
  notFollowedBy?: string;
  notPrecededBy?: string;
  /** The entity is an umbrella institution: its mentions are context, highlighted only on request. */
  umbrella?: boolean;
  /**
   * Also matches as the start of a longer word, which the mention then covers: a reader's term with
   * "whole word" off, or a dataset alias marked `prefix` (a German compound's head).
   */
  prefix?: boolean;
  /** Also matches as the end of a longer word, which the mention then covers: a dataset alias marked `suffix` (a German compound's tail). */
  suffix?: boolean;
  /** A technology word that is also a place ("space"): taken after a preposition of place on a page about it (`place` in the schema). */
  place?: boolean;
  /**
   * A programme's country (ISO 3166-1 alpha-2), for telling it from another country's namesake
   * ("Taiwan's Defense Innovation Unit": country-namesakes.ts). Only programmes carry it.
   */
  country?: string;
}

/** Everything needed to compile a matcher: the aliases and the page-topic gate. */
export interface MatcherSpec {
  version: string;
  aliases: AliasEntry[];
  topicWords: string[];
  topicThreshold: number;
}

export function aliasIndexOf(entities: readonly Entity[]): AliasEntry[] {
  return entities.flatMap((entity) =>
    entity.aliases.map(({ lang: _lang, caseSensitive, ...rules }) => ({
      ...rules,
      entityId: entity.id,
      category: entity.category,
      caseSensitive: caseSensitive ?? false,
      ...(entity.umbrella ? { umbrella: true } : {}),
      ...(entity.category === 'program' && entity.country ? { country: entity.country } : {}),
    })),
  );
}

export function matcherSpecOf(meta: Pick<DatasetMeta, 'version' | 'topicWords' | 'topicThreshold'>, entities: readonly Entity[]): MatcherSpec {
  return { version: meta.version, aliases: aliasIndexOf(entities), topicWords: meta.topicWords, topicThreshold: meta.topicThreshold };
}
