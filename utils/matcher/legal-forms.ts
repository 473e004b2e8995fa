/**
 * A firm's legal form or group word after its name belongs to the mention: "Airbus SE",
 * "Applied Intuition, Inc.", "Saab AB's", "Chaos Industries Group", "Baillie Gifford & Co.".
 * Case-sensitive: "Saab AB" but not "Saab ab".
 */
const LEGAL_FORM =
  /^(?:,?\s(?:Inc\.|Inc\b|Corp\.|Corp\b|Corporation\b|Ltd\.|Ltd\b|Limited\b|LLC\b|L\.L\.C\.|plc\b|PLC\b|GmbH\b|AG\b|SE\b|S\.A\.|SA\b|SAS\b|S\.A\.S\.|S\.p\.A\.|SpA\b|N\.V\.|NV\b|B\.V\.|BV\b|AB\b|ASA\b|AS\b|A\/S\b|Oyj\b|Oy\b|KGaA\b|KG\b|S\.L\.|Sp\. z o\.o\.|Group\b|Holdings\b|Holding\b)|\s&\sCo\.|\s&\sCo\b)+/u;

/** How many characters of legal form follow a firm name ending at `end` in `cased` (0 if none). */
export function legalFormLength(cased: string, end: number): number {
  return LEGAL_FORM.exec(cased.slice(end, end + 40))?.[0].length ?? 0;
}
