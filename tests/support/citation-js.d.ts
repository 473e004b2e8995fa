// @citation-js/core and @citation-js/plugin-ris ship no types. The tests use them only as an
// independent reader of what the citation exports write, so only that surface is declared.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    /** CSL-JSON items, as citation-js understood the input. */
    data: Record<string, unknown>[];
  }
  export const plugins: {
    input: {
      /** The input type citation-js detects, e.g. '@ris/file' or '@csl/list+object'. */
      type(data: unknown): string;
      /** Runs the one parser registered for `type`: '@ris/file' gives one tag → value(s) record per entry. */
      data(data: unknown, type: string): unknown;
    };
  };
}

declare module '@citation-js/plugin-ris';
