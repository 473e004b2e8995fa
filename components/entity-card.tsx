import { useState } from 'preact/hooks';
import type { Category, Source } from '../utils/dataset/schema';
import type { EntityCardData } from '../utils/entity-card-data';

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

/** Facts shown at once; the rest, relations and sources are folded under "More". */
const KEY_FACTS = 3;
/** A summary longer than this is clamped to three lines with a "More" toggle. */
const LONG_SUMMARY = 200;

/** Where the card was opened from: the mention on the page, for "why is this highlighted?". */
export interface MentionContext {
  surface: string;
  alias: string;
  rule: string;
  /** Mentions of this entity on the page. */
  count: number;
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
}

/**
 * The card for one entity, laid out to fit a small window: name and category, the summary (clamped,
 * with "More"), why it is highlighted and the reader's corrections, then up to three key facts; the
 * other facts, relations and sources are folded. Everything from the dataset is rendered as text
 * (Preact escapes it); links only for https: sources.
 */
export function EntityCard({ data, mention, onClose, onNotThisOne, onNotThisEntity, onMuteTerm, pinned, onPin, onOpenEntity }: Props) {
  const { entity } = data;
  const [summaryOpen, setSummaryOpen] = useState(false);
  const sourceNumber = new Map(entity.sources.map((source, i) => [source.id, i + 1]));
  // An undated source's date is the day it was consulted: the card says so instead of "as of".
  const sourceDate = new Map(entity.sources.map((source) => [source.id, source.undated ? `undated, consulted ${source.date}` : source.date]));
  const cite = (id: string) => (
    <sup class="cite" title={`Source ${sourceNumber.get(id) ?? '?'}, ${sourceDate.get(id) ?? 'undated'}`}>
      [{sourceNumber.get(id) ?? '?'}]
    </sup>
  );
  const fact = (item: (typeof entity.facts)[number]) => (
    <div class="card__fact" key={`${item.label}:${item.value}`}>
      <dt>{item.label}</dt>
      <dd>
        {item.value}
        {cite(item.source)}
        <span class="card__asof"> ({entity.sources.find((x) => x.id === item.source)?.undated ? sourceDate.get(item.source) : `as of ${sourceDate.get(item.source) ?? 'undated'}`})</span>
      </dd>
    </div>
  );
  const keyFacts = entity.facts.slice(0, KEY_FACTS);
  const moreFacts = entity.facts.slice(KEY_FACTS);
  const folded = [moreFacts.length > 0 ? `${moreFacts.length} more fact${moreFacts.length > 1 ? 's' : ''}` : '', data.relations.length > 0 ? `${data.relations.length} relation${data.relations.length > 1 ? 's' : ''}` : '', entity.sources.length > 0 ? `${entity.sources.length} source${entity.sources.length > 1 ? 's' : ''}` : ''].filter(Boolean);
  const long = entity.summary.length > LONG_SUMMARY;
  const headingId = `dil-card-title-${entity.id}`;
  return (
    <div class={`card card--${entity.category}`} role="dialog" aria-modal="false" aria-labelledby={headingId} data-entity-id={entity.id}>
      <div class="card__header">
        <div>
          <h2 class="card__title" id={headingId}>{entity.name}</h2>
          <p class="card__meta">
            <span class="card__category">{CATEGORY_LABELS[entity.category]}</span>
            {data.userTerm ? <span class="card__yours"> · yours</span> : null}
            {entity.kind ? <span> · {entity.kind}</span> : null}
            {entity.country ? <span> · {entity.country}</span> : null}
          </p>
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
        <button type="button" class="card__more" aria-expanded={summaryOpen ? 'true' : 'false'} aria-controls={`${headingId}-summary`} onClick={() => setSummaryOpen(!summaryOpen)}>
          {summaryOpen ? 'Less' : 'More'}
        </button>
      ) : null}
      {mention ? (
        <section class="card__why" aria-label="Why is this highlighted?">
          <p>
            <strong>Why highlighted:</strong> “{mention.surface}” matches “{mention.alias}” ({mention.rule}).
            {mention.count > 1 ? ` ${mention.count} mentions on this page.` : ''}
          </p>
          {onNotThisOne || onNotThisEntity || onMuteTerm ? (
            <div class="card__actions" role="group" aria-label="Corrections">
              {onNotThisOne ? (
                <button type="button" onClick={onNotThisOne} title={`Hide only this “${mention.surface}”`}>
                  Not this one
                </button>
              ) : null}
              {onNotThisEntity ? (
                <button type="button" onClick={onNotThisEntity} title={`“${mention.surface}” on this page is not ${entity.name}`}>
                  Not {entity.name} on this page
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
      {keyFacts.length > 0 ? <dl class="card__facts">{keyFacts.map(fact)}</dl> : null}
      {folded.length > 0 ? (
        <details class="card__fold">
          <summary>More: {folded.join(', ')}</summary>
          {moreFacts.length > 0 ? <dl class="card__facts">{moreFacts.map(fact)}</dl> : null}
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
        </details>
      ) : null}
      <div class="card__footer">
        <span>{data.userTerm ? 'Your own term' : `Dataset ${data.datasetVersion}`}</span>
      </div>
    </div>
  );
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
      {source.seed ? <span class="card__seed"> (seed document {source.seed})</span> : null}
      <span class="card__date"> — {source.undated ? `undated (consulted ${source.date})` : source.date}{source.copy ? ' · a copy of the original' : ''}</span>
    </>
  );
}
