import { defineExtensionMessaging } from '@webext-core/messaging';
import type { EntityCardData } from './entity-card-data';
import type { MatcherSpec } from './matcher/alias-index';

/**
 * Every message of the extension, in one map, so a call and its handler cannot disagree.
 * Direction is in the name's prefix: content → background.
 */
export interface ProtocolMap {
  /** What the content script compiles its matcher from, once per page; null before a dataset is installed. */
  getMatcherSpec(): MatcherSpec | null;
  /** The installed dataset's version, for extension pages; null before one is installed. */
  getDatasetInfo(): DatasetInfo | null;
  /** Everything a card shows for one entity, or null if the id is unknown. */
  getEntityCard(entityId: string): EntityCardData | null;
}

export interface DatasetInfo {
  version: string;
  date: string;
  entityCount: number;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
