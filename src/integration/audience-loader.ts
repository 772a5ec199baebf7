import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * Astro's collections feed the narratives to the pages. A loader reads every file of its folder,
 * and what it stores can reach `dist/` without any page asking (an image in an internal
 * narrative is emitted as an asset). So for an audience that may not see everything, the store a
 * loader writes into only takes the entries `allowed` names: what the model of the handbook for
 * that audience holds (docs/format.md#audiences). Anything else it had is dropped.
 */
export function loaderForAudience(files: Loader, allowed: () => ReadonlySet<string> | undefined): Loader {
  return {
    name: `${files.name}-for-audience`,
    load: async (context: LoaderContext) => {
      const ids = allowed();
      if (!ids) return files.load(context);
      const { store } = context;
      // Entries of earlier runs that this audience may not see are gone before the loader starts.
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      const gated = new Proxy(store, {
        get(target, property, receiver) {
          if (property === 'set') return (entry: Parameters<typeof store.set>[0]) => (ids.has(entry.id) ? target.set(entry) : (target.delete(entry.id), false));
          // Never hand back an entry this audience may not see: the loader would reuse its assets.
          if (property === 'get') return (id: string) => (ids.has(id) ? target.get(id) : undefined);
          const value = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return files.load({ ...context, store: gated });
    },
  };
}
