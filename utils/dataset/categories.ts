/**
 * The dataset's three categories, apart from the dataset's schema (schema.ts) so that code which only
 * needs their names (the matcher, the PDF viewer's start-up) does not load zod and build every schema.
 */
export const CATEGORIES = ['program', 'firm', 'edt'] as const;
export type Category = (typeof CATEGORIES)[number];
