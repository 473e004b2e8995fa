/**
 * Currency codes beside amounts: "AED 4.7bn" is the UAE dirham, not the European Defence Agency, and
 * "NAD 500,000" the Namibian dollar (a blind batch, session 21). Pure; used by the matcher.
 */

/** ISO 4217 alphabetic codes in use (2026), written out so that every runtime reads the same list. */
const CURRENCY_CODES = new Set(
  ('AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF ' +
    'CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL ' +
    'HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD ' +
    'MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR ' +
    'RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD ' +
    'TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG').split(' '),
);

/**
 * An amount as written beside a code: a figure with a magnitude word ("4.7bn", "1.33 billion", "250m",
 * "4,7 Md") or with thousands separators ("500,000", "45 000"). Not a bare number or a decimal alone
 * ("AMD 7900" is a product, "EDF 2025" a call, "AMD 162.35" a share price, "AMD 3.5D" packaging), not a
 * percentage, and not a figure that carries its own currency ("AMD 4,9 Mrd. US-Dollar", "l'AED 1,5 million
 * d'euros"): there the code is the payer or payee (a break-it review, session 21).
 */
const MAGNITUDE = String.raw`(?:bn|mn|m|k|b|million|billion|trillion|thousand|milliards?|millions?|Mrd|Mio|Mds?)(?![\p{L}\d])\.?`;
const FIGURE = String.raw`(?:\d+(?:[.,]\d+)*\s?${MAGNITUDE}|\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![.,]?\d))`;
const CURRENCY_AFTER = /^\s*(?:[$€£¥%]|(?:US-?|de\s|d['’])?\s*(?:dollars?|euros?|Dollar|Euro|pounds?|kronor|kroner|kronen|zł|złotych|yen|won|francs?|rupees?|shekels?|hryvnias?)\b)/iu;
const AMOUNT_AFTER = new RegExp(String.raw`^\s?(${FIGURE})`, 'u');
const AMOUNT_BEFORE = new RegExp(String.raw`${FIGURE}\s?$`, 'u');
const CURRENCY_BEFORE = /[$€£¥]\s?[\d.,]*\s?$|(?:dollars?|euros?|USD|EUR|GBP)\s*$/iu;

/** Whether `code` (as written) is an ISO 4217 currency code. */
export function isCurrencyCode(code: string): boolean {
  return CURRENCY_CODES.has(code);
}

/**
 * Whether the code written at text[start, end) stands beside an amount: right before it ("AED 4.7bn",
 * "AED4.7bn") or right after it ("4.7 billion AED").
 */
export function currencyAmountAt(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  const amountAfter = AMOUNT_AFTER.exec(after);
  if (amountAfter && !CURRENCY_AFTER.test(after.slice(amountAfter[0].length))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  const amountBefore = AMOUNT_BEFORE.exec(before);
  return amountBefore !== null && !CURRENCY_BEFORE.test(before.slice(0, amountBefore.index));
}
