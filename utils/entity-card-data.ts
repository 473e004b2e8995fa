import type { Entity, RelationType } from './dataset/schema';

/** An entity with its relations resolved to names, as a card shows it. */
export interface EntityCardData {
  entity: Entity;
  relations: { type: RelationType; targetId: string; targetName: string; sourceId: string }[];
  datasetVersion: string;
  /** The reader's own term, not the dataset's. */
  userTerm?: boolean;
  /** A firm the page names as a firm but neither the dataset nor the reader knows: the card says only that. */
  pageNamed?: boolean;
}
