// npx tsx scripts/corpus/make-template-pages.ts — lays ten corpus articles into realistic news-page
// templates (navigation, related links, an advert, comments, a footer) for tests/fixtures/corpus-real/pages/.
// The furniture is written here, neutral by design (no programme, firm or technology named as such),
// with a few everyday words that must stay plain ("this space", "data protection"): the gold of a page is
// its article's body gold, plus its headline's (labelled blind), plus those furniture negatives.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { readTextArticle } from '../../utils/evaluation/corpus-article';
import { GoldFileSchema, type GoldArticle } from '../../utils/evaluation/gold';

const ROOT = path.resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'corpus-real');
const [picksFile, titlesDir] = process.argv.slice(2);
if (!picksFile || !titlesDir) {
  console.error('Usage: npx tsx scripts/corpus/make-template-pages.ts <picks.json> <folder of headline gold>');
  process.exit(2);
}
const picks = JSON.parse(readFileSync(picksFile, 'utf8')) as Record<'dev' | 'test', string[]>;

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const FURNITURE_NEGATIVES = [
  { surface: 'space', why: 'advertising space in the page furniture' },
  { surface: 'Data', why: '"Data protection" link in the footer' },
];

const TEMPLATES = [
  (title: string, source: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | The Daily Ledger</title><link rel="canonical" href="${esc(source)}"></head>
<body>
<header class="masthead"><a href="/">The Daily Ledger</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<form role="search"><input type="search" placeholder="Search the Ledger"><button>Search</button></form></header>
<main>
<article>
<h1>${esc(title)}</h1>
<p class="byline">By our correspondent · 6 min read</p>
${body}
</article>
<aside class="related"><h2>Most read</h2><ol><li><a href="/a">City council approves new cycling lanes</a></li><li><a href="/b">Five autumn recipes for busy weeknights</a></li><li><a href="/c">Markets close higher ahead of the holiday weekend</a></li><li><a href="/d">Museum reopens after two-year renovation</a></li></ol></aside>
<div class="ad" role="complementary"><p>Advertisement</p><p>Reach two million readers: advertise in this space. Call our sales team today.</p></div>
<section class="comments"><h2>Comments (3)</h2>
<div class="comment"><p class="user">river_walker</p><p>Thanks for a clear write-up. Looking forward to the follow-up piece.</p></div>
<div class="comment"><p class="user">m.ortega</p><p>Does anyone know when the next report is due?</p></div>
<div class="comment"><p class="user">north_star_22</p><p>Shared this with my reading group.</p></div>
</section>
</main>
<footer><p>© 2025 The Daily Ledger. <a href="/privacy">Data protection</a> · <a href="/cookies">Cookie policy</a> · <a href="/contact">Contact us</a></p></footer>
</body></html>
`,
  (title: string, source: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><link rel="canonical" href="${esc(source)}"></head>
<body>
<div class="topbar"><a href="/subscribe">Subscribe</a> · <a href="/login">Sign in</a> · <a href="/newsletters">Newsletters</a></div>
<header><div class="logo">Trade Review Weekly</div>
<nav aria-label="Sections"><a href="/news">News</a> <a href="/analysis">Analysis</a> <a href="/events">Events</a> <a href="/jobs">Jobs</a> <a href="/podcasts">Podcasts</a></nav></header>
<div class="layout">
<main><article>
<p class="kicker">News</p>
<h1>${esc(title)}</h1>
<p class="meta">Staff reporter</p>
${body}
<p class="tags">Filed under: News · Industry</p>
</article></main>
<aside><h3>Related stories</h3><ul><li><a href="/1">Port traffic rises for the third month running</a></li><li><a href="/2">Regional airline adds two summer routes</a></li><li><a href="/3">Interview: running a family business for forty years</a></li></ul>
<div class="promo"><p>Sponsored</p><p>Your brand here: book this space for the spring issue.</p></div></aside>
</div>
<footer><nav><a href="/about">About us</a> | <a href="/privacy">Data protection</a> | <a href="/terms">Terms</a></nav><p>Trade Review Weekly is published every Thursday.</p></footer>
</body></html>
`,
];

const headlineGold = (file: string): GoldArticle => {
  const parsed = GoldFileSchema.parse([JSON.parse(readFileSync(path.join(titlesDir, file.replace(/\.txt$/, '.json')), 'utf8'))]);
  return parsed[0]!;
};

for (const split of ['dev', 'test'] as const) {
  const outDir = path.join(ROOT, 'pages', split);
  mkdirSync(outDir, { recursive: true });
  const bodyGold = GoldFileSchema.parse(JSON.parse(readFileSync(path.join(ROOT, split, 'gold.json'), 'utf8')));
  const gold: GoldArticle[] = [];
  picks[split].forEach((file, index) => {
    const article = readTextArticle(file, readFileSync(path.join(ROOT, split, file), 'utf8'));
    const body = article.blocks.map((b) => `<p>${esc(b.text).replace(/\n/g, '<br>\n')}</p>`).join('\n');
    const pageFile = file.replace(/\.txt$/, '.html');
    writeFileSync(path.join(outDir, pageFile), TEMPLATES[index % TEMPLATES.length]!(article.title, article.source, body));
    const own = bodyGold.find((g) => g.file === file)!;
    const head = headlineGold(file);
    const merged = new Map<string, GoldArticle['mentions'][number]>();
    // The body's settled labels win where the headline's labeller judged a surface differently.
    const settledOtherwise = new Set([...(own.negatives ?? []), ...(own.borderline ?? [])].map((n) => n.surface));
    for (const m of [...own.mentions, ...head.mentions.filter((h) => !settledOtherwise.has(h.surface))]) {
      const key = `${m.category}\u0000${m.surface}`;
      const prior = merged.get(key);
      merged.set(key, prior ? { ...prior, count: prior.count + m.count } : { ...m });
    }
    gold.push({
      file: pageFile,
      mentions: [...merged.values()],
      negatives: [...(own.negatives ?? []), ...(head.negatives ?? []), ...FURNITURE_NEGATIVES],
      borderline: [...(own.borderline ?? []), ...(head.borderline ?? [])],
    });
  });
  writeFileSync(path.join(outDir, 'gold.json'), `${JSON.stringify(gold, null, 1)}\n`);
  console.log(`${split}: ${gold.length} pages`);
}
