import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpusArticle } from '../../../scripts/corpus/evaluate-corpus';
import { BUNDLE_FILE } from '../../../scripts/read-entity-files';
import { DatasetBundleSchema } from '../../../utils/dataset/schema';
import { matcherSpecOf } from '../../../utils/matcher/alias-index';
import { type SessionState, compileMatcher } from '../../../utils/matcher/find-mentions';

const DEV = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'corpus-real', 'dev');

/**
 * A session resumed from another's state (`MatchSession.state`, through JSON as it crosses to the page
 * and back) must read a page's later texts exactly as the session that read the earlier ones: the
 * background resumes pages this way after its service worker was stopped. Checked on every dev article
 * of the real corpus with the real dataset, cut into two batches at several places.
 */
describe('resuming a page from its session state', () => {
  const bundle = DatasetBundleSchema.parse(JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')));
  const matcher = compileMatcher(matcherSpecOf(bundle, bundle.entities));
  const articles = corpusFiles(DEV).map((file) => ({ file, texts: readCorpusArticle(DEV, file).blocks.map((b) => b.text) }));

  it('gives every later text the same mentions as the session that read the earlier ones', () => {
    let compared = 0;
    let mentioned = 0;
    for (const { file, texts } of articles) {
      for (const cut of [1, Math.floor(texts.length / 3), Math.floor(texts.length / 2), texts.length - 1]) {
        if (cut < 1 || cut >= texts.length) continue;
        const whole = matcher.session();
        whole.add(texts.slice(0, cut));
        const state = JSON.parse(JSON.stringify(whole.state!())) as SessionState;
        const expected = whole.add(texts.slice(cut));
        const resumed = matcher.session({ state }).add(texts.slice(cut));
        expect({ file, cut, mentions: resumed }).toEqual({ file, cut, mentions: expected });
        compared += 1;
        mentioned += expected.flat().length;
      }
    }
    // The comparison covered real pages with real mentions after the cut.
    expect(compared).toBeGreaterThan(300);
    expect(mentioned).toBeGreaterThan(1_000);
  });

  it('differs from a fresh session where the earlier texts established something', () => {
    // Without the state, what earlier texts defined is lost: the check above would catch a state that carried nothing.
    let differs = 0;
    for (const { texts } of articles) {
      for (const cut of [1, Math.floor(texts.length / 2)]) {
        if (cut < 1 || cut >= texts.length) continue;
        const whole = matcher.session();
        whole.add(texts.slice(0, cut));
        if (JSON.stringify(whole.add(texts.slice(cut))) !== JSON.stringify(matcher.session().add(texts.slice(cut)))) differs += 1;
      }
    }
    // (11 of these cuts when written: most of a real article reads the same either way.)
    expect(differs).toBeGreaterThanOrEqual(5);
  });

  it('is small beside the text it stands for, on a long page', () => {
    // Every dev article as one page (215k characters): its state was 35 KB when written.
    const all = articles.flatMap((a) => a.texts);
    const session = matcher.session();
    session.add(all);
    const size = JSON.stringify(session.state!()).length;
    expect(size).toBeLessThan(all.join('').length / 5);
  });
});
