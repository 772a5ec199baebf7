import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';

/** An entry as a loader hands it to Astro's store. */
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** What Astro hands every loader besides the public context: how to read each file type. */
type EntryTypes = Map<string, ContentEntryType>;

/**
 * Astro's collections only render the narratives: every page reads the handbook's data from the
 * model (src/site/page-context.ts), and rendering an MDX file compiles the file itself, a
 * Markdown file uses the HTML rendered when it was loaded. So the store keeps of each entry what
 * rendering needs (id, file, digest, rendered HTML and headings) and not the parsed frontmatter
 * or the raw body. Astro serialises the whole store after every save in `npm run dev`, and the pages read
 * it back: at 1,000 journeys frontmatter and bodies were 10 MB of it, seconds per save
 * (docs/performance.md, "The author's loop").
 */
export function narrativesOnly(files: Loader): Loader {
  return {
    name: files.name,
    load: async (context: LoaderContext) => {
      const { store, entryTypes } = context as LoaderContext & { entryTypes: EntryTypes };
      const slim = new Proxy(store, {
        get(target, property, receiver) {
          if (property === 'set') return (entry: StoredEntry) => target.set(withoutData(entry));
          const value = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return files.load({ ...context, store: slim, entryTypes: entryTypes && unparsedWhereDeferred(entryTypes) } as LoaderContext);
    },
  };
}

/**
 * A file type rendered when a page asks (MDX: no render function at load) needs nothing from its
 * frontmatter in the store, so Astro need not parse it: every start of the dev server reads every
 * file, and parsing 1,000 journeys' frontmatter took ~1.5 s of it. Markdown is rendered when it
 * is loaded, from its body: it is read as before.
 */
function unparsedWhereDeferred(entryTypes: EntryTypes): EntryTypes {
  const types: EntryTypes = new Map();
  for (const [extension, entryType] of entryTypes) {
    types.set(extension, entryType.getRenderFunction ? entryType : { ...entryType, getEntryInfo: async () => ({ data: {}, body: '', slug: '', rawData: '' }) });
  }
  return types;
}

/**
 * The entry without its frontmatter and raw body: what rendering its narrative needs. A Markdown
 * file's rendered HTML carries its frontmatter again (`remarkPluginFrontmatter`, unused here).
 */
export function withoutData(entry: StoredEntry): StoredEntry {
  const { body: _body, rendered, ...rest } = entry;
  const slim: StoredEntry = { ...rest, data: {} };
  if (rendered) slim.rendered = rendered.metadata ? { ...rendered, metadata: { ...rendered.metadata, frontmatter: {} } } : rendered;
  return slim;
}
