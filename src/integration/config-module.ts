import type { SiteSettings } from '../schema/settings.ts';

const ID = 'virtual:journeybook/config';
const RESOLVED = `\0${ID}`;

export interface SiteConfig {
  settings: SiteSettings;
  /** Absolute path of the project root (where content/ lives). */
  root: string;
  /** Astro's cacheDir, where each file's validation is kept between runs of the dev server. */
  cacheDir: string;
  /**
   * Whether this is `astro dev` (not a build, whatever NODE_ENV says: a build run with
   * NODE_ENV=test has `import.meta.env.DEV` set too).
   */
  devServer: boolean;
}

/** A Vite plugin serving the resolved settings to pages as `virtual:journeybook/config`. */
export function configModulePlugin(getConfig: () => SiteConfig) {
  return {
    name: 'journeybook:config',
    resolveId(id: string) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id: string) {
      return id === RESOLVED ? `export default ${JSON.stringify(getConfig())};` : undefined;
    },
  };
}
