import type { Entity } from '../utils/dataset/schema';
import { COUNTRY_NAMES } from './country-names';

type Kind = NonNullable<Entity['kind']>;

/** Each kind in words, as a reader would say it (a Record, so a new kind cannot be left out). */
const KIND_WORDS: Record<Kind, string> = {
  organization: 'Organization',
  agency: 'Agency',
  accelerator: 'Accelerator',
  fund: 'Fund',
  program: 'Program',
  initiative: 'Initiative',
  strategy: 'Strategy',
  regulation: 'Regulation',
  'research-body': 'Research body',
  network: 'Network',
  cluster: 'Cluster',
  event: 'Event',
  system: 'System',
  'start-up': 'Start-up',
  'scale-up': 'Scale-up',
  prime: 'Prime contractor',
  'tech-company': 'Technology company',
  investor: 'Investor',
  area: 'Technology area',
  'sub-area': 'Technology sub-area',
};

/**
 * A country's English name from its ISO code ("DE" → "Germany"); the code itself where the table has
 * no name for it. A table, not `Intl.DisplayNames`: constructing that took 33-37 ms in the task that
 * opened a card (trial 18j).
 */
export function countryName(code: string): string {
  return Object.hasOwn(COUNTRY_NAMES, code) ? COUNTRY_NAMES[code]! : code;
}

/**
 * The card's one-line description under the name, e.g. "Start-up · Germany" or "Fund": made only of
 * what the dataset says about the entity (its kind and country), never guessed; empty when it says
 * neither (a reader's own term, a multinational body of no stated kind).
 */
export function entityDescription(entity: Pick<Entity, 'kind' | 'country'>): string {
  return [entity.kind ? KIND_WORDS[entity.kind] : '', entity.country ? countryName(entity.country) : ''].filter(Boolean).join(' · ');
}
