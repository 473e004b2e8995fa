import { normalizeAlias } from './normalize-text';

/**
 * Context words in the other languages defence news is read in: an alias whose `context` (or `unless`) lists
 * an English word of a group counts the group's words in other languages as that word (a word that folds to the
 * English one counts as it: "défense" is "defense"). Most rules were written on English pages ("drones",
 * "defence", "Ukraine", "fund"), and the same firms are named on Norwegian, Portuguese or French pages in their
 * own words ("som Skyeton og Fire Point … droner", "fonds de private equity": the scouts' pages, session 31).
 *
 * Only words that are no everyday English word are listed (not French "marine" or "spatial", Dutch "leger",
 * Italian "marina", Norwegian "lån" read as "LAN", French "prêt" as "Pret"), nor words of other subjects that
 * defence pages carry too: "defensa", "defesa", "difesa", "forsvaret" and "obrona" are a football team's back
 * line, "blindados" a parade's or a bank's armoured cars, "fondo" is "after all" (two break-it reviews, session
 * 31: Leonardo and Rafael, the footballers, on a Portuguese front page with a defence story). An English page
 * must not gain a context word from a translation. Forms are as written; they are folded (accents, case) as
 * every context word is.
 */
const GROUPS: readonly { en: readonly string[]; other: readonly string[] }[] = [
  { en: ['drone', 'drones'], other: ['Drohne', 'Drohnen', 'dron', 'drony', 'dronów', 'dronami', 'droni', 'droner', 'dronene', 'drönare', 'drönarna', 'drooni', 'droonit', 'dronů'] },
  { en: ['defence', 'defense'], other: ['Verteidigung', 'defensie', 'obronności', 'puolustus', 'obrana', 'apărare'] },
  { en: ['military'], other: ['militaire', 'militaires', 'militär', 'militärische', 'militärischen', 'militare', 'militari', 'militar', 'militares', 'wojskowy', 'wojskowe', 'wojskowych', 'militair', 'militære', 'militära'] },
  { en: ['satellite', 'satellites'], other: ['Satellit', 'Satelliten', 'satelliti', 'satélite', 'satélites', 'satelita', 'satelity', 'satelitów', 'satelliet', 'satellieten', 'satellitter', 'satelliter'] },
  { en: ['missile', 'missiles'], other: ['Flugkörper', 'missili', 'misil', 'misiles', 'míssil', 'mísseis', 'pocisk', 'pocisków'] },
  { en: ['rocket', 'rockets'], other: ['fusée', 'fusées', 'Rakete', 'Raketen', 'razzo', 'razzi', 'cohete', 'cohetes', 'foguete', 'foguetes', 'rakieta', 'rakiety', 'raketter', 'raketer'] },
  { en: ['Ukraine', 'Ukrainian'], other: ['Ucraina', 'Ucrania', 'Ucrânia', 'Ukraina', 'Oekraïne', 'Ukrajina', 'ukrainien', 'ukrainienne', 'ukrainiens', 'ukrainiennes', 'ukrainisch', 'ukrainische', 'ukrainischen', 'ukrainischer', 'ucraino', 'ucraini', 'ucraniano', 'ucraniana', 'ucranianos', 'ukraiński', 'ukraińskie', 'ukraińskiej', 'ukraińskich', 'ukrainsk', 'ukrainske', 'ukrainska', 'Oekraïens', 'Oekraïense'] },
  { en: ['fund', 'funds'], other: ['fonds', 'fundusz', 'funduszu', 'fonden'] },
  { en: ['investor', 'investors'], other: ['investisseur', 'investisseurs', 'Investoren', 'investitore', 'investitori', 'inversor', 'inversores', 'inversionista', 'inversionistas', 'investidor', 'investidores', 'inwestor', 'inwestorzy', 'investerare', 'investeerder', 'investeerders'] },
  { en: ['venture capital'], other: ['capital-risque', 'Risikokapital', 'Wagniskapital', 'capitale di rischio', 'capital riesgo', 'capital de riesgo', 'capital de risco'] },
  { en: ['Air Force'], other: ["armée de l'air", 'Luftwaffe', 'Aeronautica Militare', 'Fuerza Aérea', 'Força Aérea', 'Siły Powietrzne', 'Flygvapnet', 'Luftforsvaret'] },
  { en: ['Ministry of Defence', 'Ministry of Defense'], other: ['ministère des Armées', 'ministère de la Défense', 'Verteidigungsministerium', 'Bundesministerium der Verteidigung', 'Ministero della Difesa', 'Ministerio de Defensa', 'Ministério da Defesa', 'Ministerstwo Obrony Narodowej', 'ministerie van Defensie', 'Forsvarsdepartementet', 'Försvarsdepartementet', 'Forsvarsministeriet'] },
  { en: ['defence industry', 'defense industry'], other: ['industrie de défense', 'industrie de la défense', 'Rüstungsindustrie', 'Verteidigungsindustrie', 'industria della difesa', 'industria de defensa', 'indústria de defesa', 'przemysł obronny', 'försvarsindustrin', 'forsvarsindustrien'] },
  { en: ['munitions', 'ammunition'], other: ['Munition', 'munizioni', 'munición', 'municiones', 'munições', 'amunicja', 'amunicji', 'ammunitie', 'ammunisjon'] },
  { en: ['unmanned', 'uncrewed'], other: ['unbemannt', 'unbemannte', 'unbemannten', 'sans pilote', 'senza pilota', 'no tripulado', 'no tripulados', 'não tripulado', 'não tripulados', 'bezzałogowy', 'bezzałogowe', 'bezzałogowych', 'onbemand', 'onbemande', 'obemannade', 'ubemannede'] },
  { en: ['aerospace'], other: ['aérospatial', 'aérospatiale', 'Luft- und Raumfahrt', 'aerospaziale', 'aeroespacial'] },
  { en: ['armoured', 'armored'], other: ['gepanzert', 'gepanzerte', 'opancerzony'] },
  { en: ['submarine', 'submarines'], other: ['sous-marin', 'sous-marins', 'U-Boot', 'U-Boote', 'sottomarino', 'sottomarini', 'submarino', 'submarinos', 'onderzeeër', 'ubåt'] },
  { en: ['dual-use'], other: ['double usage', 'duplice uso', 'doble uso', 'duplo uso', 'podwójnego zastosowania'] },
  { en: ['counter-drone', 'anti-drone', 'antidrone', 'anti-drones'], other: ['Drohnenabwehr', 'antidron', 'antidrones'] },
  { en: ['loan', 'loans'], other: ['prêts', 'Darlehen', 'Kredit', 'Kredite', 'prestito', 'prestiti', 'préstamo', 'préstamos', 'empréstimo', 'empréstimos', 'pożyczka', 'pożyczki', 'pożyczek'] },
  { en: ['artillery'], other: ['artillerie', 'Artillerie', 'artiglieria', 'artillería', 'artilharia', 'artyleria'] },
];

/**
 * Marks a rule's word that is a translation (`PatternTable` keeps the rule's words by folded form, this
 * character before a translation's): a translation counts only on a page about defence or technology (the
 * topic gate), where the rule's own word counts anywhere (see `countedWord`). A break-it review (session 31)
 * found the everyday senses the listed words still have on pages of other subjects: "Drohnen" (male bees),
 * "satélites" of Saturn, "fonds marins" (the seabed).
 */
export const TRANSLATION_MARK = '\u0001';

/**
 * A rule's word as `PatternTable` keeps it (`TRANSLATION_MARK` before a translation), as it counts: the word,
 * or undefined for a translation where translations do not count (`translations` false: a page off topic).
 */
export function countedWord(kept: string, translations: boolean): string | undefined {
  if (!kept.startsWith(TRANSLATION_MARK)) return kept;
  return translations ? kept.slice(TRANSLATION_MARK.length) : undefined;
}

/** The other languages' words of each English word, by the English word folded. */
const BY_FOLDED: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, readonly string[]>();
  for (const group of GROUPS) for (const word of group.en) map.set(normalizeAlias(word).folded, group.other);
  return map;
})();

/**
 * The words that count as `word` in a context rule: for an English word of a group, the group's words in the
 * other languages, as written; none for any other word. One way only: a rule that lists a word of another
 * language ("Defensie", the Dutch ministry) means that language, and must not count the English word
 * ("defence" on a Belgian page named a Dutch body: dev, session 31). `word` is compared folded.
 */
export function translationsOf(word: string): readonly string[] {
  return BY_FOLDED.get(normalizeAlias(word).folded) ?? [];
}
