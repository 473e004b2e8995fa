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
 * An amount as written beside a code: a figure with a magnitude word ("4.7bn", "1.33 billion", "250m") or
 * with thousands separators or decimals ("500,000", "12.5"). A bare whole number is not one: "AMD 7900" is a
 * product, "EDF 2025" a call.
 */
const AMOUNT = String.raw`\d+(?:[.,]\d+)*\s?(?:bn|mn|m|k|b|million|billion|trillion|thousand|milliards?|millions?|Mrd|Mio)(?![\p{L}\d])|\d{1,3}(?:,\d{3})+|\d+\.\d+`;
const AMOUNT_AFTER = new RegExp(String.raw`^\s?(?:${AMOUNT})`, 'u');
const AMOUNT_BEFORE = new RegExp(String.raw`(?:${AMOUNT})\s?$`, 'u');

/** Whether `code` (as written) is an ISO 4217 currency code. */
export function isCurrencyCode(code: string): boolean {
  return CURRENCY_CODES.has(code);
}

/**
 * Whether the code written at text[start, end) stands beside an amount: right before it ("AED 4.7bn",
 * "AED4.7bn") or right after it ("4.7 billion AED").
 */
export function currencyAmountAt(text: string, start: number, end: number): boolean {
  return AMOUNT_AFTER.test(text.slice(end, end + 24)) || AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
