import { z } from 'zod';
import { CATEGORIES } from './categories';

/**
 * The dataset schema. Entity source files under `data/entities/` and the generated bundle are both
 * checked against it, in the maintainer CLIs, in the unit tests and in the extension before a
 * dataset is stored, so there is exactly one definition of what a valid entity is.
 */

export { CATEGORIES, type Category } from './categories';

export const KINDS = [
  // programs and institutions
  'organization',
  'agency',
  'accelerator',
  'fund',
  'program',
  'initiative',
  'strategy',
  'regulation',
  'research-body',
  'network',
  'cluster',
  'event',
  'system',
  // firms and investors
  'start-up',
  'scale-up',
  'prime',
  'tech-company',
  'investor',
  // EDT areas
  'area',
  'sub-area',
] as const;

export const RELATION_TYPES = [
  'part-of',
  'member-of',
  'invests-in',
  'funded-by',
  'operates',
  'successor-of',
  'supplies',
  'related-to',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9, -)');

/** Full or partial ISO 8601 date: 2024, 2024-05 or 2024-05-17. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');

const httpsUrl = z
  .string()
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https: URL');

export const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;

export const SourceSchema = z
  .strictObject({
    /** Referenced by facts, relations and the summary of the same entity. */
    id: slug,
    title: z.string().trim().min(1),
    publisher: z.string().trim().min(1).optional(),
    url: httpsUrl.optional(),
    /** A seed document name from `shared/seeds/`, instead of a URL. */
    seed: z.string().regex(SEED_FILE, 'must be a seed file name such as 000_6d097f450f755e55.txt').optional(),
    /** Publication date of the source; when the source shows none, the day it was consulted, with `undated: true`. */
    date: isoDate,
    /** The source has no publication date of its own: `date` is the day it was consulted. */
    undated: z.literal(true).optional(),
    /** The day the source was consulted, when it differs from its publication date. */
    accessed: isoDate.optional(),
    /** The page is a copy (mirror, reprint, syndication) of an original that could not be cited instead. */
    copy: z.literal(true).optional(),
  })
  .refine((source) => (source.url === undefined) !== (source.seed === undefined), {
    message: 'needs exactly one of url or seed',
  });
export type Source = z.infer<typeof SourceSchema>;

const regexSource = z.string().refine((value) => {
  try {
    new RegExp(value, 'u');
    return true;
  } catch {
    return false;
  }
}, 'must be a valid regular expression');

/**
 * Disambiguation for one alias, declared in the data (see docs/matching-rules.md):
 * - `generic`: a common word ("quantum", "drones") that only counts on pages about defense or technology;
 * - `context`: highlight only when one of these words appears near the alias (same block, within
 *   `window` characters) or, with scope "page", anywhere on the page; or when one of its `next` words
 *   comes right after the alias, as the noun it qualifies ("space firms", "space funding");
 * - `notFollowedBy` / `notPrecededBy`: regular expressions tested on the text right after / before;
 * - `prefix` / `suffix` (on the alias): also the head / the tail of a longer word (German compounds).
 */
export const AliasContextSchema = z.strictObject({
  anyOf: z.array(z.string().trim().min(1)).min(1),
  scope: z.enum(['near', 'page']),
  window: z.number().int().positive().max(2000).optional(),
  /** Words that count only right after the alias (one space or hyphen between), whatever the scope. */
  next: z.array(z.string().trim().min(1)).min(1).optional(),
});
export type AliasContext = z.infer<typeof AliasContextSchema>;

export const AliasSchema = z.strictObject({
  text: z.string().trim().min(1),
  /** Acronyms (DIANA, NIF, EDF) must match case exactly; names match in any case. */
  caseSensitive: z.boolean().optional(),
  /** BCP 47 language of a non-English alias (de, fr, …). */
  lang: z.string().regex(/^[a-z]{2}$/).optional(),
  generic: z.boolean().optional(),
  context: AliasContextSchema.optional(),
  /** Never highlight when one of these words appears near the alias (or, with scope "page", on the page). */
  unless: AliasContextSchema.optional(),
  notFollowedBy: regexSource.optional(),
  notPrecededBy: regexSource.optional(),
  /**
   * Also matches as the first part of a longer word, and the mention then covers the whole word: a
   * German compound's head ("Drohnen" in "Drohnenabwehr", "Quanten" in "Quantencomputer"). For stems no
   * unrelated word starts with.
   */
  prefix: z.boolean().optional(),
  /**
   * Also matches as the last part of a longer word, and the mention then covers the whole word: a
   * German compound's tail ("Satelliten" in "Radarsatelliten", "Drohnen" in "Abfangdrohnen"). For
   * words no unrelated word ends with; not with `caseSensitive` (the compound's tail is lower-case).
   */
  suffix: z.boolean().optional(),
  /**
   * A guarded technology word that is also a place ("space"): right after a preposition of place ("warning from
   * space", "sent into space") it counts without its context words, on a page that names the technology twice
   * (docs/matching-rules.md). Only for words no everyday place shares after those prepositions.
   */
  place: z.boolean().optional(),
});
export type Alias = z.infer<typeof AliasSchema>;

export const FactSchema = z.strictObject({
  label: z.string().trim().min(1),
  value: z.string().trim().min(1),
  source: slug,
});
export type Fact = z.infer<typeof FactSchema>;

export const RelationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  target: slug,
  source: slug,
});
export type Relation = z.infer<typeof RelationSchema>;

export const EntitySchema = z.strictObject({
  id: slug,
  name: z.string().trim().min(1),
  category: z.enum(CATEGORIES),
  kind: z.enum(KINDS).optional(),
  /** ISO 3166-1 alpha-2 code of the home country (headquarters for firms); absent for multinational bodies. */
  /**
   * An umbrella institution (bare NATO, the EU, the Pentagon), a broad concept ("dual-use") or an event
   * (a summit, a trade show): context for other entities, reached from cards and search, but not
   * highlighted unless the reader asks for it. The labelling guidelines make none of them a mention.
   */
  umbrella: z.literal(true).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as PT').optional(),
  aliases: z.array(AliasSchema).min(1, 'needs at least one alias'),
  summary: z.string().trim().min(20, 'needs a one-paragraph summary'),
  summarySources: z.array(slug).min(1, 'the summary needs at least one source'),
  facts: z.array(FactSchema),
  relations: z.array(RelationSchema),
  sources: z.array(SourceSchema).min(1, 'needs at least one source'),
});
export type Entity = z.infer<typeof EntitySchema>;

export const DatasetMetaSchema = z.strictObject({
  /** Semantic version; a dataset only replaces an installed one with a lower version. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.2.0'),
  date: isoDate,
  /**
   * Words that mark a page as being about defense or technology. Generic aliases only count on such
   * pages: those with at least `topicThreshold` distinct topic words or specific entities.
   */
  topicWords: z.array(z.string().trim().min(1)),
  topicThreshold: z.number().int().min(1),
});
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;

export const DatasetBundleSchema = z.strictObject({
  ...DatasetMetaSchema.shape,
  /** What changed since the previous release, one line per change ("what's new"). */
  changes: z.array(z.string()).optional(),
  /** SHA-256 of the canonical metadata and entity list, so two builds of the same sources are identical. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  entities: z.array(EntitySchema),
});
export type DatasetBundle = z.infer<typeof DatasetBundleSchema>;
