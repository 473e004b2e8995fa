// mark.js ships no types; this covers the part the benchmark calls.
declare module 'mark.js' {
  interface MarkOptions {
    separateWordSearch?: boolean;
    accuracy?: 'partially' | 'complementary' | 'exactly' | { value: 'partially' | 'complementary' | 'exactly'; limiters: string[] };
    caseSensitive?: boolean;
    diacritics?: boolean;
    acrossElements?: boolean;
    done?: (marks: number) => void;
  }
  export default class Mark {
    constructor(context: Element | Element[] | NodeList | string);
    mark(keywords: string | string[], options?: MarkOptions): void;
    unmark(options?: { done?: () => void }): void;
  }
}
