/**
 * Issue 6 (CI): the browser specs run for real wherever the suite runs. Chromium starts and
 * renders here, and when it cannot start the suite fails with a message saying how to install
 * it, instead of skipping the browser specs and passing.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchBrowser } from './lib/browser.ts';
import { REPO } from '../test/build/harness.ts';

const run = promisify(execFile);

describe("Debian's Chromium", () => {
  it(`starts from ${CHROMIUM_PATH} and renders a page`, async () => {
    const browser = await launchBrowser();
    try {
      expect(browser.version()).toMatch(/^\d+\./);
      const page = await browser.newPage();
      await page.setContent('<p style="width: 10ch">Atención</p>');
      expect(await page.locator('p').innerText()).toBe('Atención');
    } finally {
      await browser.close();
    }
  });

  it('makes the browser specs fail, not skip, when it is missing', async () => {
    const script = "import('./e2e/lib/browser.ts').then((m) => m.launchBrowser()).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(7); });";
    const failure = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' } }).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(7);
    expect(failure?.stderr).toContain('Chromium not found at /nonexistent/chromium: install it with "apt-get install -y chromium"');
  });
});
