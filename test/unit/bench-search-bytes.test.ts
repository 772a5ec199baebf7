import { describe, expect, it } from 'vitest';
import { pagefindDownload, SEARCH_QUERIES } from '../../bench/lib/search-bytes.ts';
import { generateHandbook } from '../../bench/generate.ts';
import { searchTable, targetChecks, type RunResult } from '../../bench/lib/report.ts';

describe("the bench's count of what a search downloads", () => {
  it('counts the files under /pagefind/, index, wasm and worker alike, and nothing else', () => {
    const download = pagefindDownload('factura', [
      { url: 'http://127.0.0.1:4000/pagefind/pagefind.js', bytes: 10_000 },
      { url: 'http://127.0.0.1:4000/pagefind/shards/banca/index/es_1a.pf_index', bytes: 40_000 },
      { url: 'http://127.0.0.1:4000/pagefind/wasm.es.pagefind', bytes: 58_000 },
      { url: 'http://127.0.0.1:4000/_astro/search-client.js', bytes: 9_000 },
      { url: 'http://127.0.0.1:4000/journeys/pagefind-notes/', bytes: 5_000 },
    ]);
    expect(download).toEqual({ query: 'factura', files: 3, bytes: 108_000 });
  });

  it('asks for words every generated handbook holds', () => {
    const text = [...generateHandbook({ journeys: 60 }).files.values()].join('\n').toLowerCase();
    for (const query of SEARCH_QUERIES) expect(text, query).toContain(query);
  });

  it('reports the largest query against the 300 KB target, and each query in a table', () => {
    const run = { journeys: 10, personas: 1, seed: 7, builds: [], weight: undefined, editedFile: undefined, profiles: [] } as RunResult;
    const check = (search: RunResult['search']) => targetChecks({ ...run, search }).find((row) => row.target.startsWith('a search query'));
    expect(check(undefined)).toBeUndefined();
    expect(check([{ query: 'factura', files: 3, bytes: 200 * 1024 }])).toMatchObject({ met: true, measured: '200.0 KB for "factura", the largest of 1 queries' });
    expect(check([{ query: 'factura', files: 3, bytes: 200 * 1024 }, { query: 'cita con el especialista', files: 97, bytes: 3_597 * 1024 }])?.met).toBe(false);
    expect(searchTable([{ query: 'urgente', files: 65, bytes: 1024 }])).toContain('| `urgente` | 65 | 1.0 KB |');
  });
});
