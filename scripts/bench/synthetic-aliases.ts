import type { Category } from '../../utils/dataset/schema';
import type { AliasEntry, MatcherSpec } from '../../utils/matcher/alias-index';
import { normalizeAlias } from '../../utils/matcher/normalize-text';
import { type Random, seededRandom } from './prng';

/**
 * Larger datasets for scaling measurements: the real aliases plus generated ones shaped like the
 * real ones (capitalised multi-word names, case-sensitive acronyms, lower-case technology terms).
 * Many start with words that are common in defense news ("European", "Defence", "Advanced"), as
 * real names do, so the automaton walks deep partial matches on real text instead of failing at
 * the first character.
 */
const SYLLABLES = ['vel', 'tra', 'no', 'kor', 'vex', 'as', 'ter', 'lu', 'mi', 'on', 'dra', 'ka', 'sen', 'tis', 'or', 'bi', 'qua', 'ren', 'zo', 'hel', 'ix', 'ar', 'ne', 'sol', 'ta', 'ri', 'um', 'gal', 'fen', 'do', 'sky', 'lin', 'mar', 've', 'cor', 'pax'];
const FIRM_SUFFIXES = ['Dynamics', 'Systems', 'Robotics', 'Defence', 'Defense', 'Technologies', 'Aerospace', 'Labs', 'Industries', 'Ventures', 'Capital', 'Partners', 'Space', 'Analytics', 'Autonomy', 'Photonics', 'Security', 'GmbH', 'AG', 'SAS', 'AB', 'Oy', 'Ltd'];
const FIRM_PREFIXES = ['Nordic', 'Baltic', 'Alpine', 'Atlantic', 'European', 'Advanced', 'Applied', 'Blue', 'Iron', 'Quantum', 'North', 'Helix', 'Arctic', 'Silent'];
const REGIONS = ['European', 'NATO', 'Allied', 'Baltic', 'Nordic', 'Transatlantic', 'Joint', 'National', 'Defence', 'Defense', 'Euro-Atlantic', 'Franco-German', 'Polish', 'Dutch', 'Italian', 'Spanish', 'Czech', 'Finnish'];
const DOMAINS = ['Maritime', 'Space', 'Cyber', 'Autonomy', 'Resilience', 'Innovation', 'Sensing', 'Energy', 'Logistics', 'Biotechnology', 'Quantum', 'Hypersonic', 'Drone', 'Munitions', 'Semiconductor', 'Undersea', 'Electronic Warfare', 'Materials', 'Training', 'Medical'];
const PROGRAM_WORDS = ['Initiative', 'Fund', 'Accelerator', 'Programme', 'Program', 'Challenge', 'Agency', 'Alliance', 'Hub', 'Centre', 'Center', 'Office', 'Facility', 'Test Centre', 'Network', 'Mission', 'Partnership', 'Consortium'];
const TECH_MODIFIERS = ['neuromorphic', 'swarm', 'quantum-safe', 'adaptive', 'cognitive', 'distributed', 'low-observable', 'collaborative', 'autonomous', 'resilient', 'edge', 'directed-energy', 'passive', 'space-based', 'bio-inspired', 'multi-domain'];
const TECH_HEADS = ['sensing', 'navigation', 'radar', 'networking', 'propulsion', 'manufacturing', 'targeting', 'decision support', 'materials', 'communications', 'computing', 'timing', 'imaging', 'countermeasures', 'logistics', 'electronic warfare'];

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function pseudoWord(random: Random, minSyllables = 2): string {
  let word = '';
  for (let i = random.int(minSyllables, 3); i > 0; i -= 1) word += random.pick(SYLLABLES);
  return capitalise(word);
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word.charAt(0))
    .join('');
}

interface SyntheticEntity {
  category: Category;
  aliases: { text: string; caseSensitive: boolean }[];
}

function entity(random: Random): SyntheticEntity {
  const roll = random.next();
  if (roll < 0.6) {
    // A bare core stands alone as an alias: two syllables make everyday words ("Door", "Near") that a
    // real dataset would not accept as a bare case-insensitive name, and the 1k-word page with no
    // mentions would get some.
    const core = random.chance(0.3) ? `${random.pick(FIRM_PREFIXES)} ${pseudoWord(random)}` : pseudoWord(random, 3);
    const full = `${core} ${random.pick(FIRM_SUFFIXES)}`;
    const aliases = [{ text: full, caseSensitive: false }];
    if (random.chance(0.5)) aliases.push({ text: core, caseSensitive: false });
    if (random.chance(0.25)) aliases.push({ text: `${initials(full)}${random.pick(['', 'X', 'T', 'S'])}`, caseSensitive: true });
    return { category: 'firm', aliases };
  }
  if (roll < 0.85) {
    const name = `${random.pick(REGIONS)} ${random.pick(DOMAINS)} ${random.pick(PROGRAM_WORDS)}`;
    const aliases = [{ text: name, caseSensitive: false }];
    if (random.chance(0.7)) aliases.push({ text: `${initials(name)}${random.chance(0.4) ? pseudoWord(random).charAt(0) : ''}`, caseSensitive: true });
    if (random.chance(0.3)) aliases.push({ text: `${name} (${pseudoWord(random)})`, caseSensitive: false });
    return { category: 'program', aliases };
  }
  const term = `${random.pick(TECH_MODIFIERS)} ${random.pick(TECH_HEADS)}`;
  const aliases = [{ text: random.chance(0.2) ? `${term} ${pseudoWord(random).toLowerCase()}` : term, caseSensitive: false }];
  if (random.chance(0.3)) aliases.push({ text: `${capitalise(term)} ${random.pick(['systems', 'technology', 'capability'])}`, caseSensitive: false });
  return { category: 'edt', aliases };
}

/** The real spec grown to `total` aliases; identical output for the same seed. */
export function syntheticSpec(real: MatcherSpec, total: number, seed: number): MatcherSpec {
  const random = seededRandom(seed);
  const aliases: AliasEntry[] = [...real.aliases];
  // Skipping texts that fold to one already present keeps the pattern count equal to the alias
  // count, so "30k aliases" really means 30k strings for the automaton.
  const seen = new Set(aliases.map((alias) => normalizeAlias(alias.text).folded));
  for (let n = 1; aliases.length < total; n += 1) {
    const generated = entity(random);
    for (const alias of generated.aliases) {
      const folded = normalizeAlias(alias.text).folded;
      if (aliases.length >= total || seen.has(folded) || (alias.caseSensitive && alias.text.length < 3)) continue;
      seen.add(folded);
      aliases.push({ entityId: `synthetic-${n}`, category: generated.category, text: alias.text, caseSensitive: alias.caseSensitive });
    }
  }
  return { ...real, version: `${real.version}+synthetic.${total}`, aliases };
}
