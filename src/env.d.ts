/// <reference types="astro/client" />

declare module 'virtual:journeybook/config' {
  const config: import('./integration/config-module.ts').SiteConfig;
  export default config;
}
