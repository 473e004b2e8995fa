import type { Matcher } from './find-mentions';

/**
 * Ordinary defence-news prose, naming a few programmes, firms and technologies, read once to warm a
 * matcher up. What it says does not matter; that it runs every step of matching does.
 */
const WARM_TEXTS = [
  'The NATO Innovation Fund and DIANA back start-ups in artificial intelligence, quantum sensing and space, the ministry said on Tuesday.',
  'Helsing, Anduril and TEKEVER build drones and autonomous systems; the European Defence Fund (EDF) pays for hypersonic and cyber research.',
  'DARPA and the Defense Innovation Unit (DIU) bought uncrewed surface vessels, satellites and semiconductors from a dozen smaller suppliers.',
  'Investors such as In-Q-Tel, Lux Capital and Founders Fund put money into counter-drone, biotechnology and electronic warfare companies.',
];

/**
 * Runs a matcher over a few lines of throwaway prose, one line per task (`pause` between them), in a
 * session of its own that is then dropped.
 *
 * Why: the first text a fresh page matches runs cold, its code not yet compiled by the JavaScript engine
 * and the dataset's patterns not yet made into objects. A PDF's first page, one text of 4,000+ characters
 * matched cold, was a single task of 46-79 ms (trials 18h, 18i), where the same page warm takes a fraction
 * of that. Warmed in short tasks first, before the page is waiting for it, that cost is spread out.
 */
export async function warmMatcher(matcher: Matcher, pause: () => Promise<void>): Promise<void> {
  const session = matcher.session();
  for (const text of WARM_TEXTS) {
    await pause();
    session.add([text]);
  }
}
