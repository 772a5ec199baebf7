/**
 * Ends `npm run build` after a failure: the reasons, then the promise every failed build keeps
 * (cli/build.ts swaps a site into dist/ only when everything succeeded).
 */
export function failBuild(lines: readonly string[]): never {
  for (const line of lines) console.error(line);
  console.error('Build failed: nothing was written to dist/.');
  process.exit(1);
}
