/**
 * Whether most words of a text are capitalised: a headline in title case, whose capitals say nothing
 * about which words are names (the page-named firms and programmes ignore such a text).
 */
export function titleCase(text: string): boolean {
  let all = 0;
  let capitalised = 0;
  for (const match of text.matchAll(/(?:^|\s)(\p{L})/gu)) {
    all += 1;
    if (/\p{Lu}/u.test(match[1]!)) capitalised += 1;
  }
  return all >= 3 && capitalised * 4 >= all * 3;
}
