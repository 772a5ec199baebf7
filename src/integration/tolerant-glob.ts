import type { ContentEntryType } from 'astro';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

/** What Astro hands every loader besides the public context: how to read each file type. */
type EntryTypes = Map<string, ContentEntryType>;

/**
 * Astro's glob() loader, except that a file whose frontmatter Astro cannot read does not stop the
 * content sync. Astro's own YAML reader throws on the first such file, which ends `npm run dev`
 * before it starts (and, once it runs, keeps the file's stale entry). Journeybook's validator
 * reads every file itself and reports each mistake in plain words, with its line, on the file's
 * own pages (src/integration/content-errors-dev.ts); so here the broken file's entry is simply
 * empty. A build validates first and never renders a file with errors, so it is unchanged.
 */
export function tolerantGlob(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const { entryTypes } = context as LoaderContext & { entryTypes: EntryTypes };
      return loader.load({ ...context, entryTypes: tolerantEntryTypes(entryTypes) } as LoaderContext);
    },
  };
}

function tolerantEntryTypes(entryTypes: EntryTypes): EntryTypes {
  const tolerant: EntryTypes = new Map();
  for (const [extension, entryType] of entryTypes) {
    tolerant.set(extension, {
      ...entryType,
      getEntryInfo: async (params: Parameters<ContentEntryType['getEntryInfo']>[0]) => {
        try {
          return await entryType.getEntryInfo(params);
        } catch {
          return { data: {}, rawData: '', body: '', slug: '' };
        }
      },
    });
  }
  return tolerant;
}
