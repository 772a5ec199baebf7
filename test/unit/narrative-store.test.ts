import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { narrativesOnly } from '../../src/integration/narrative-store.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** A loader that stores the entries it is given, as Astro's glob() loader does after reading each file. */
const storing = (entries: Entry[]): Loader => ({
  name: 'files',
  load: async ({ store }) => {
    for (const entry of entries) store.set(entry);
  },
});

/** The part of Astro's store the loaders use here, keeping what is set. */
function memoryStore() {
  const entries = new Map<string, Entry>();
  const store = {
    set: (entry: Entry) => (entries.set(entry.id, entry), true),
    get: (id: string) => entries.get(id),
    keys: () => [...entries.keys()],
    has: (id: string) => entries.has(id),
  };
  return { entries, context: { store } as unknown as LoaderContext };
}

describe("what Astro's content store keeps of a handbook file", () => {
  it('keeps what rendering the narrative needs, not the frontmatter or the raw body the pages read from the model', async () => {
    const { entries, context } = memoryStore();
    const mdx: Entry = { id: 'banca/alta', data: { title: 'Alta', touchpoints: [{ title: 'Lee' }] }, body: '# Alta\n\nMucho texto.', filePath: 'content/journeys/banca/alta.mdx', digest: 'abc', deferredRender: true };
    const md: Entry = { id: 'salud/cita', data: { title: 'Cita' }, body: 'Texto.', filePath: 'content/journeys/salud/cita.md', digest: 'def', rendered: { html: '<p>Texto.</p>', metadata: { headings: [{ depth: 2, slug: 'a', text: 'A' }], frontmatter: { title: 'Cita' } } } };
    await narrativesOnly(storing([mdx, md])).load(context);
    expect(entries.get('banca/alta')).toEqual({ id: 'banca/alta', data: {}, filePath: 'content/journeys/banca/alta.mdx', digest: 'abc', deferredRender: true });
    expect(entries.get('salud/cita')).toEqual({ id: 'salud/cita', data: {}, filePath: 'content/journeys/salud/cita.md', digest: 'def', rendered: { html: '<p>Texto.</p>', metadata: { headings: [{ depth: 2, slug: 'a', text: 'A' }], frontmatter: {} } } });
  });

  it('has Astro read no frontmatter of the files rendered on request (MDX), and read Markdown, rendered when loaded, as before', async () => {
    const { context } = memoryStore();
    const read: string[] = [];
    const entryType = (extension: string, renders: boolean) => ({
      extensions: [extension],
      getEntryInfo: async () => (read.push(extension), { data: { title: 'Alta' }, body: 'Texto.', slug: '', rawData: 'title: Alta' }),
      ...(renders ? { getRenderFunction: async () => async () => ({ html: '' }) } : { contentModuleTypes: '' }),
    });
    const entryTypes = new Map([['.mdx', entryType('.mdx', false)], ['.md', entryType('.md', true)]]);
    const infos: unknown[] = [];
    const reading: Loader = {
      name: 'files',
      load: async (loaderContext) => {
        const types = (loaderContext as unknown as { entryTypes: typeof entryTypes }).entryTypes;
        for (const extension of ['.mdx', '.md']) infos.push(await (types.get(extension)!.getEntryInfo as (params: { contents: string; fileUrl: URL }) => Promise<unknown>)({ contents: '---\ntitle: Alta\n---\nTexto.', fileUrl: new URL('file:///x') }));
      },
    };
    await narrativesOnly(reading).load({ ...context, entryTypes } as unknown as LoaderContext);
    expect(read).toEqual(['.md']);
    expect(infos).toEqual([{ data: {}, body: '', slug: '', rawData: '' }, { data: { title: 'Alta' }, body: 'Texto.', slug: '', rawData: 'title: Alta' }]);
  });

  it('leaves the rest of the store to the loader: reading, keys, deleting', async () => {
    const { entries, context } = memoryStore();
    entries.set('old', { id: 'old', data: {} });
    const seen: string[] = [];
    await narrativesOnly({ name: 'files', load: async ({ store }) => void seen.push(...store.keys(), String(store.has('old'))) }).load(context);
    expect(seen).toEqual(['old', 'true']);
  });
});
