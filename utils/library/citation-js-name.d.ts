// @citation-js/name ships no types; this declares the one function the library exports use.
declare module '@citation-js/name' {
  /** A name as CSL-JSON spells it; the parser gives `literal` alone when it cannot split the name. */
  export interface ParsedName {
    given?: string;
    family?: string;
    suffix?: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
    literal?: string;
  }
  /** Splits one personal name ("Jan van der Berg") into CSL name parts. */
  export function parse(name: string): ParsedName;
}
