/**
 * The heaviest page of each kind of a site already built, its load on a phone, and what a search
 * downloads: the same tables `npm run bench` reports (docs/performance.md, "Heaviest pages"), for
 * any dist/.
 *
 *   node bench/pages.ts [dist] [--page-loads 3]
 *
 * dist/ defaults to the bench's own scratch project (bench/work/journeybook/dist).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { heaviestPages } from './lib/page-kinds.ts';
import { loadTimes } from './lib/page-load.ts';
import { JOURNEYBOOK } from './lib/projects.ts';
import { heaviestPagesTable, searchTable } from './lib/report.ts';
import { searchDownloads } from './lib/search-bytes.ts';

const { values, positionals } = parseArgs({ options: { 'page-loads': { type: 'string', default: '3' } }, allowPositionals: true });
const dist = resolve(positionals[0] ?? join(JOURNEYBOOK, 'dist'));
const repeat = Number(values['page-loads']);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist} holds no built site (no index.html): build one first, or name its dist/ folder`);
  process.exit(2);
}
if (!Number.isInteger(repeat) || repeat < 0) {
  console.error(`--page-loads takes a number of loads per page (0: none), got "${values['page-loads']}"`);
  process.exit(2);
}
const pages = heaviestPages(dist);
const loads = repeat > 0 ? await loadTimes(dist, pages.map((page) => page.page), { repeat }) : undefined;
console.log(heaviestPagesTable({ pages, loads, loadsMissing: '`--page-loads 0`' }));
if (repeat > 0) console.log(`\nWhat a search downloads (every file under /pagefind/, one query a fresh page):\n\n${searchTable(await searchDownloads(dist))}`);
