import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Category, Fact, Source } from '../utils/dataset/schema';
import type { EntityCardData } from '../utils/entity-card-data';
import { entityDescription } from './entity-description';

export const CATEGORY_LABELS: Record<Category, string> = {
  program: 'Program / institution',
  firm: 'Firm / investor',
  edt: 'Emerging technology',
};

const RELATION_LABELS: Record<string, string> = {
  'part-of': 'Part of',
  'member-of': 'Member of',
  'invests-in': 'Invests in',
  'funded-by': 'Funded by',
  operates: 'Operates',
  'successor-of': 'Successor of',
  supplies: 'Supplies',
  'related-to': 'Related to',
};

/** Only `https:` links are ever rendered as links; anything else is shown as text. */
export function safeHttpsUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Facts shown at once (fewer when the card has little room: see `card-host.tsx`); the rest, relations and sources are folded. */
export const KEY_FACTS = 3;
/** A summary longer than this is clamped to three lines with a "Read more" toggle. */
const LONG_SUMMARY = 200;

/** Where the card was opened from: the mention on the page, for "why is this highlighted?". */
export interface MentionContext {
  surface: string;
  alias: string;
  rule: string;
  /** Mentions of this entity on the page (in the document). */
  count: number;
  /** Where those are, as the card says it: "on this page" (the default), "in this PDF" (the PDF viewer, whose pages are pages too). */
  here?: string;
  /** The highlighted entity: a card opened from its relations shows another, and its corrections would act on this one. */
  entityId?: string;
}

interface Props {
  data: EntityCardData;
  mention?: MentionContext;
  onClose?: () => void;
  /** Reader corrections, offered only where the card sits on a page: this occurrence, this surface on this page, this term on this site. */
  onNotThisOne?: () => void;
  onNotThisEntity?: () => void;
  onMuteTerm?: () => void;
  pinned?: boolean;
  onPin?: () => void;
  /** Opens the card of a related entity; relations are plain text without it. */
  onOpenEntity?: (entityId: string) => void;
  /** A card opened through a relation: goes back to the card it was opened from (`name`). */
  back?: CardBack;
  /** How many key facts to show above the fold (at most KEY_FACTS): the card host lowers it when room is short. */
  keyFacts?: number;
}

/** The card a related entity's card was opened from, and how to return to it. */
export interface CardBack {
  name: string;
  onBack: () => void;
}

/**
 * Fact labels that name a one-time event, whose value no later date changes: a founding, a launch, an
 * adoption, a signature, an acquisition, a merger, a funding round, a first anything ("Founded", "First
 * flight", "Adopted", "Acquired by", "Series B", "Entry into force"). A newcomer's trial found "as of" on these.
 */
const ONE_TIME_EVENT =
  /^(?:founded|founding|year founded|established|launched|launch|public launch|created|creation|formed|formation|incorporated|set up|opened|opening|inaugurated|announced|announced by|origins?|adopted|signed|approved|acquired(?: by)?|acquisitions?|takeover|merger|merged|\d{4} merger|ipo|entry into force|in force|former name|formerly|first\b.*|maiden\b.*|(?:.+ )?(?:seed round|series [a-h])|award|awards)$/iu;

/**
 * The card for one entity, laid out to fit a small window: category, name and a one-line description,
 * the summary (clamped, with "Read more"), why it is highlighted and the reader's corrections, then up
 * to three key facts (each clamped to three lines); the other facts, relations and sources are folded
 * under one toggle named for what it holds. Everything from the dataset is rendered as text (Preact
 * escapes it); links only for https: sources.
 */
export function EntityCard({ data, mention, onClose, onNotThisOne, onNotThisEntity, onMuteTerm, pinned, onPin, onOpenEntity, back, keyFacts: keyFactCount = KEY_FACTS }: Props) {
  const { entity } = data;
  const [summaryOpen, setSummaryOpen] = useState(false);
  // Key facts whose value was cut at three lines: their full text goes in the fold.
  const [clamped, setClamped] = useState<readonly string[]>([]);
  const keyList = useRef<HTMLDListElement>(null);
  const sourceNumber = new Map(entity.sources.map((source, i) => [source.id, i + 1]));
  // An undated source's date is the day it was consulted: the card says so instead of "as of".
  const sourceDate = new Map(entity.sources.map((source) => [source.id, source.undated ? `undated, consulted ${source.date}` : source.date]));
  const cite = (id: string) => (
    <sup class="cite" title={`Source ${sourceNumber.get(id) ?? '?'}, ${sourceDate.get(id) ?? 'undated'}`}>
      [{sourceNumber.get(id) ?? '?'}]
    </sup>
  );
  const factKey = (item: Fact) => `${item.label}:${item.value}`;
  // "as of" says a value held on the source's date; a one-time event (a founding, a launch) does not
  // change, so "Founded 2021, as of 2024-05-01" read as a doubt: there the date is the source's.
  const dateNote = (item: Fact) => {
    if (entity.sources.find((x) => x.id === item.source)?.undated) return sourceDate.get(item.source);
    const date = sourceDate.get(item.source) ?? 'undated';
    return ONE_TIME_EVENT.test(item.label) ? `source ${date}` : `as of ${date}`;
  };
  const fact = (item: Fact) => (
    <div class="card__fact" key={factKey(item)} data-fact={factKey(item)}>
      <dt>
        {item.label}
        <span class="card__asof">{dateNote(item)}</span>
      </dt>
      <dd>
        <span class="card__value">{item.value}</span>
        {cite(item.source)}
      </dd>
    </div>
  );
  const keyFacts = entity.facts.slice(0, Math.max(0, Math.min(KEY_FACTS, keyFactCount)));
  const foldedFacts = [...keyFacts.filter((item) => clamped.includes(factKey(item))), ...entity.facts.slice(keyFacts.length)];
  useLayoutEffect(() => {
    const cut = Array.from(keyList.current?.querySelectorAll<HTMLElement>('.card__fact') ?? [])
      .filter((row) => {
        const value = row.querySelector<HTMLElement>('.card__value');
        return value !== null && value.scrollHeight > value.clientHeight + 1;
      })
      .map((row) => row.dataset.fact ?? '');
    if (cut.join('\n') !== clamped.join('\n')) setClamped(cut);
  });
  const fold = foldLabel(foldedFacts.length, data.relations.length, entity.sources.length);
  const long = entity.summary.length > LONG_SUMMARY;
  const headingId = `dil-card-title-${entity.id}`;
  const description = entityDescription(entity);
  const provenance = <span>{data.userTerm ? 'Your own term' : data.pageNamed ? 'Named on this page, not in the dataset' : `Dataset ${data.datasetVersion}`}</span>;
  return (
    <div class={`card card--${entity.category}`} role="dialog" aria-modal="false" aria-labelledby={headingId} data-entity-id={entity.id}>
      {back ? (
        <button type="button" class="card__back" onClick={back.onBack}>
          ‹ Back to {back.name}
        </button>
      ) : null}
      <div class="card__header">
        <div>
          <p class="card__meta">
            <span class="card__category">{CATEGORY_LABELS[entity.category]}</span>
            {data.userTerm ? <span class="card__yours"> · yours</span> : null}
            {data.pageNamed ? <span class="card__yours"> · not in the dataset</span> : null}
          </p>
          <h2 class="card__title" id={headingId}>{entity.name}</h2>
          {description ? <p class="card__description">{description}</p> : null}
        </div>
        <div class="card__controls">
          {onPin ? (
            <button type="button" class="card__pin" aria-pressed={pinned ? 'true' : 'false'} title={pinned ? 'The card stays open until you close it' : 'Keep this card open while you read'} onClick={onPin}>
              {pinned ? 'Pinned' : 'Pin'}
            </button>
          ) : null}
          {onClose ? (
            <button type="button" class="card__close" aria-label="Close card" onClick={onClose}>
              ×
            </button>
          ) : null}
        </div>
      </div>
      <p class={`card__summary${long && !summaryOpen ? ' card__summary--clamped' : ''}`} id={`${headingId}-summary`}>
        {entity.summary}
        {entity.summarySources.map(cite)}
      </p>
      {long ? (
        // Named apart from the fold's toggle below: this one only unclamps the summary.
        <button type="button" class="card__more" aria-expanded={summaryOpen ? 'true' : 'false'} aria-controls={`${headingId}-summary`} onClick={() => setSummaryOpen(!summaryOpen)}>
          {summaryOpen ? 'Show less' : 'Read more'}
        </button>
      ) : null}
      {mention && mention.entityId !== undefined && mention.entityId !== entity.id ? (
        // Reached through a relation: the corrections would act on the highlight, which names another entity
        // ("Not iDEX on this page" hid iDEX4Fauji: a newcomer's trial, session 21), so none are offered here.
        <p class="card__why">Opened from the card of “{mention.surface}” on this page.</p>
      ) : mention ? (
        <section class="card__why" aria-label="Why is this highlighted?">
          <p>
            <strong>Why highlighted:</strong> “{mention.surface}” matches “{mention.alias}” ({mention.rule}).
            {mention.count > 1 ? ` ${mention.count} mentions ${mention.here ?? 'on this page'}.` : ''}
          </p>
          {onNotThisOne || onNotThisEntity || onMuteTerm ? (
            <div class="card__actions" role="group" aria-label="Corrections">
              {onNotThisOne ? (
                <button type="button" onClick={onNotThisOne} title={`Hide only this “${mention.surface}”`}>
                  Not this one
                </button>
              ) : null}
              {onNotThisEntity ? (
                <button type="button" onClick={onNotThisEntity} title={`“${mention.surface}” ${mention.here ?? 'on this page'} is not ${entity.name}`}>
                  Not {entity.name} {mention.here ?? 'on this page'}
                </button>
              ) : null}
              {onMuteTerm ? (
                <button type="button" onClick={onMuteTerm}>
                  Mute “{mention.surface}” on this site
                </button>
              ) : null}
            </div>
          ) : null}
        </section>
      ) : null}
      {keyFacts.length > 0 ? (
        <dl class="card__facts card__facts--key" ref={keyList}>
          {keyFacts.map(fact)}
        </dl>
      ) : null}
      {fold ? (
        <details class="card__fold">
          <summary>{fold}</summary>
          {foldedFacts.length > 0 ? <dl class="card__facts">{foldedFacts.map(fact)}</dl> : null}
          {data.relations.length > 0 ? (
            <ul class="card__relations" aria-label="Relations">
              {data.relations.map((relation) => (
                <li key={`${relation.type}:${relation.targetId}`}>
                  {RELATION_LABELS[relation.type] ?? relation.type}{' '}
                  {onOpenEntity ? (
                    <button type="button" class="card__relation" onClick={() => onOpenEntity(relation.targetId)}>
                      {relation.targetName}
                    </button>
                  ) : (
                    <strong>{relation.targetName}</strong>
                  )}
                  {cite(relation.sourceId)}
                </li>
              ))}
            </ul>
          ) : null}
          {entity.sources.length > 0 ? (
            <section class="card__sources" aria-label="Sources">
              <h3>Sources</h3>
              <ol>
                {entity.sources.map((source) => (
                  <li key={source.id}>
                    <SourceLine source={source} />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          {/* With the sources it comes from; one line less above the fold. */}
          <div class="card__footer">{provenance}</div>
        </details>
      ) : (
        <div class="card__footer">{provenance}</div>
      )}
    </div>
  );
}

/**
 * The fold's toggle, named for what it holds, e.g. "Facts, relations and sources (12)": unlike the
 * summary's "Read more", so the card never has two controls called "More" (issue 16b trial).
 */
export function foldLabel(facts: number, relations: number, sources: number): string {
  const parts = [facts > 0 ? 'facts' : '', relations > 0 ? 'relations' : '', sources > 0 ? 'sources' : ''].filter(Boolean);
  if (parts.length === 0) return '';
  const words = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]!;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${facts + relations + sources})`;
}

function SourceLine({ source }: { source: Source }) {
  const href = safeHttpsUrl(source.url);
  const label = source.publisher ? `${source.title}, ${source.publisher}` : source.title;
  return (
    <>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        <span>{label}</span>
      )}
      {/* A seed document has no address: the reader is told it came with the extension; its file name, which says nothing to a reader, is kept for a maintainer's tooltip. */}
      {source.seed ? (
        <span class="card__seed" title={`Seed document ${source.seed}`}>
          {' '}
          (a document bundled with the extension)
        </span>
      ) : null}
      <span class="card__date"> — {source.undated ? `undated (consulted ${source.date})` : source.date}{source.copy ? ' · a copy of the original' : ''}</span>
    </>
  );
}
