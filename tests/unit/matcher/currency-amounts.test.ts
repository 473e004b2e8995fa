import { describe, expect, it } from 'vitest';
import type { AliasEntry } from '../../../utils/matcher/alias-index';
import { currencyAmountAt, isCurrencyCode } from '../../../utils/matcher/currency-amounts';
import { compileMatcher } from '../../../utils/matcher/find-mentions';

describe('currency codes beside amounts', () => {
  it('knows ISO 4217 codes, and only those', () => {
    expect(['AED', 'NAD', 'AMD', 'EUR', 'USD'].every(isCurrencyCode)).toBe(true);
    expect(['EDA', 'DIU', 'AEDs', 'aed'].some(isCurrencyCode)).toBe(false);
  });

  it('finds an amount right after or right before the code', () => {
    const at = (text: string, code = 'AED') => currencyAmountAt(text, text.indexOf(code), text.indexOf(code) + code.length);
    expect(at('deals worth AED 4.7bn')).toBe(true);
    expect(at('deals worth AED4.7 billion')).toBe(true);
    expect(at('a grant of AED 500,000 to')).toBe(true);
    expect(at('worth 1.33 billion AED')).toBe(true);
    expect(at('worth 250m AED')).toBe(true);
    // A bare whole number is a model or a year, not an amount.
    expect(at('the AMD 7900 chip', 'AMD')).toBe(false);
    expect(at('in 2024 AED said', 'AED')).toBe(false);
    expect(at('The AED said defence research matters.')).toBe(false);
    // French and German magnitudes and thousands (a break-it review, session 21).
    expect(at('un contrat de 4,7 Md AED')).toBe(true);
    expect(at('45 000 AED par mois')).toBe(true);
  });

  it('is not a currency where the figure is a percentage, a share price, or carries its own currency (a break-it review, session 21)', () => {
    const at = (text: string, code = 'AED') => currencyAmountAt(text, text.indexOf(code), text.indexOf(code) + code.length);
    expect(at('Intel holds 71.8% and AMD 28.2%', 'AMD')).toBe(false);
    expect(at('NVDA 181.02 | AMD 162.35 +2.4%', 'AMD')).toBe(false);
    expect(at('relies on AMD 3.5D packaging', 'AMD')).toBe(false);
    expect(at('ont confié à l’AED 1,5 million d’euros')).toBe(false);
    expect(at('zahlte AED 4,9 Mrd. US-Dollar')).toBe(false);
    expect(at('The $4.9 billion AMD deal', 'AMD')).toBe(false);
  });

  it('leaves an acronym that is a currency code plain beside an amount, and takes it elsewhere (a blind batch, session 21)', () => {
    const aliases: AliasEntry[] = [
      { entityId: 'eda', category: 'program', text: 'AED', caseSensitive: true },
      { entityId: 'eda', category: 'program', text: 'European Defence Agency', caseSensitive: false },
    ];
    const text = 'Contracts worth AED 4.7bn and 1.2 billion AED were signed. The AED, the European Defence Agency in French, also met.';
    expect(compileMatcher(aliases).find(text).map((m) => `${m.surface}@${m.start}`)).toEqual([`AED@${text.indexOf('The AED') + 4}`, `European Defence Agency@${text.indexOf('European')}`]);
    // A firm's name beside a figure is its revenue or its deal, never a currency ("Nvidia 41.1bn, AMD 3.2bn").
    const firms: AliasEntry[] = [{ entityId: 'amd', category: 'firm', text: 'AMD', caseSensitive: true }];
    expect(compileMatcher(firms).find('Nvidia booked 41.1bn in revenue, AMD 3.2bn.').map((m) => m.surface)).toEqual(['AMD']);
  });
});
