import { OWN_UI_ATTRIBUTE } from '../page-text/collect-text-blocks';

/**
 * Changes inside our own UI are not page changes; nor is our UI coming or going (a card's or toast's host
 * added to or removed from the body): read as a change of the body's text, a closing card re-read the
 * whole page, and every highlight blinked out until the re-read drew it again.
 */
export function isPageMutation(record: MutationRecord): boolean {
  const target = record.target.nodeType === ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
  if (target?.closest(`[${OWN_UI_ATTRIBUTE}]`)) return false;
  if (record.type !== 'childList') return true;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length === 0 || !nodes.every((node) => node.nodeType === ELEMENT_NODE && (node as Element).hasAttribute(OWN_UI_ATTRIBUTE));
}

const ELEMENT_NODE = 1;
