import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order test files start in, on CI's two cores. Vitest runs the files that took longest last
 * time first, but CI starts from a clean clone with no timings and falls back to file size, which
 * puts small unit specs with big tables ahead of builds and browser specs that run for minutes:
 * the run then ends with one long file on one core. Here the files that build a site or drive
 * Chromium start first, a build spec and a browser spec in turn (while one worker builds the
 * sample handbook every browser spec shares, the other builds a fixture of its own instead of
 * waiting for it), and the quick specs fill the cores at the end.
 */
export default class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const known = await super.sort(files);
    const browser = known.filter((file) => tierOf(file) === 'browser');
    const builds = known.filter((file) => tierOf(file) === 'build');
    const quick = known.filter((file) => tierOf(file) === 'quick');
    const alternating: TestSpecification[] = [];
    for (let index = 0; index < Math.max(browser.length, builds.length); index++) {
      if (builds[index]) alternating.push(builds[index]!);
      if (browser[index]) alternating.push(browser[index]!);
    }
    return [...alternating, ...quick];
  }
}

function tierOf(file: TestSpecification): 'browser' | 'build' | 'quick' {
  const path = file.moduleId.replace(/\\/g, '/');
  if (path.includes('/e2e/')) return 'browser';
  if (/\/test\/(build|cli|property)\//.test(path)) return 'build';
  return 'quick';
}
