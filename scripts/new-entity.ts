// npm run data:new -- <category> <name> — scaffolds data/entities/<id>.json. The file fails validation
// until a maintainer fills in the summary and a real source, then passes.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '../utils/dataset/canonical-json';
import { CATEGORIES, type Category } from '../utils/dataset/schema';
import { ENTITIES_DIR } from './read-entity-files';

const [category, ...nameParts] = process.argv.slice(2);
const name = nameParts.join(' ').trim();
if (!category || !CATEGORIES.includes(category as Category) || !name) {
  console.error(`Usage: npm run data:new -- <${CATEGORIES.join('|')}> <name>`);
  process.exit(2);
}
const id = name
  .normalize('NFKD')
  .replace(/[\u0300-\u036f]/g, '')
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '-')
  .replace(/^-|-$/g, '');
const file = path.join(ENTITIES_DIR, `${id}.json`);
if (existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} already exists.`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const isAcronym = /^[A-Z0-9²&-]{2,6}$/.test(name);
writeFileSync(
  file,
  canonicalJson({
    id,
    name,
    category,
    aliases: [isAcronym ? { text: name, caseSensitive: true } : { text: name }],
    summary: '',
    summarySources: ['source-1'],
    facts: [],
    relations: [],
    sources: [{ id: 'source-1', title: '', url: 'https://', date: today }],
  }),
);
console.log(`Created ${path.relative(process.cwd(), file)}.
Fill in: summary (your own words), sources[0] (title, https URL, publication date), then facts and
relations each citing a source id; add aliases (acronyms with "caseSensitive": true). Then:
  npm run data:validate && npm run data:build`);
