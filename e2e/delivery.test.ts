/**
 * Issue 17 (docs/views.md#tracks, #presentation-mode, #embeds), in Chromium on the sample
 * handbook: a reader walks a track and finds their progress after a reload, with nothing sent
 * anywhere; a presenter drives a journey's slides with the keyboard (and a swipe) through every
 * phase and back, and prints them one landscape page per phase; an intranet page shows a
 * journey's embed in an <iframe>, whose links open in the intranet page's window; the journey
 * page copies the embed code. Screenshots and the printed slides are left in test-results/e2e/.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { artefact } from './lib/artefacts.ts';
import { runAxe } from './lib/axe.ts';
import { useSampleSiteInBrowser } from './lib/sample-site-in-browser.ts';

const PROJECTOR = { width: 1920, height: 1080 };

describe('delivering the handbook to people', () => {
  const sample = useSampleSiteInBrowser();
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  async function open(path: string, options: { viewport?: { width: number; height: number }; theme?: 'light' | 'dark'; touch?: boolean } = {}) {
    context = await sample().browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 900 },
      colorScheme: options.theme ?? 'light',
      hasTouch: options.touch ?? false,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(sample().server.url + path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    await page.evaluate(() => document.fonts.ready);
    return { page, errors };
  }

  /** The text of the one element `selector` names, whitespace folded. */
  const textOf = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();

  describe('a track', () => {
    it('is walked step by step, ticked off, and found where the reader left it after a reload, with nothing sent anywhere', async () => {
      const trackPath = sample().kinds.track;
      const { page, errors } = await open(trackPath);
      const requests: Request[] = [];
      page.on('request', (request) => requests.push(request));
      const steps = page.locator('ol.steps > li');
      const count = await steps.count();
      expect(count).toBeGreaterThanOrEqual(5);
      const summary = page.locator('[data-progress-summary]');
      await expect.poll(() => summary.textContent()).toBe(`0 de ${count} pasos leídos`);

      // Start: the first step, reached through the track, shows this track's bar and no other.
      await page.locator('a[data-progress-continue]').click();
      await page.waitForLoadState('load');
      const trackId = decodeURIComponent(trackPath.replace(/^tracks\/|\/$/g, ''));
      expect(new URL(page.url()).searchParams.get('track')).toBe(trackId);
      const bar = page.locator(`[data-track-bar="${trackId}"]`);
      expect(await bar.isVisible()).toBe(true);
      expect(await textOf(page, `[data-track-bar="${trackId}"] .step-of`)).toBe(`Paso 1 de ${count}`);
      for (const other of await page.locator(`[data-track-bar]:not([data-track-bar="${trackId}"])`).all()) expect(await other.isVisible()).toBe(false);

      // Tick the step off on its own page, then follow "next" along the track and tick that one too.
      await bar.getByRole('checkbox').check();
      await bar.locator('a[rel="next"]').click();
      await page.waitForLoadState('load');
      expect(await textOf(page, `[data-track-bar="${trackId}"] .step-of`)).toBe(`Paso 2 de ${count}`);
      await page.locator(`[data-track-bar="${trackId}"]`).getByRole('checkbox').check();

      // Back on the track: two steps read, ticked, and "continue" leads to the third.
      await page.goto(sample().server.url + trackPath, { waitUntil: 'load' });
      const expectProgress = async () => {
        await expect.poll(() => summary.textContent()).toBe(`2 de ${count} pasos leídos`);
        expect(await steps.nth(0).getByRole('checkbox').isChecked()).toBe(true);
        expect(await steps.nth(1).getByRole('checkbox').isChecked()).toBe(true);
        expect(await steps.nth(2).getByRole('checkbox').isChecked()).toBe(false);
        expect(await textOf(page, 'a[data-progress-continue]')).toMatch(/^Seguir por el paso 3: /);
        expect(await page.locator('a[data-progress-continue]').getAttribute('href')).toBe(await steps.nth(2).locator('h3 a').getAttribute('href'));
      };
      await expectProgress();
      await page.reload({ waitUntil: 'load' });
      await expectProgress();
      await page.screenshot({ path: artefact('track-page.png'), fullPage: true });

      // Ticking on the track page itself counts too; unticking every step starts over.
      await steps.nth(2).getByRole('checkbox').check();
      await expect.poll(() => summary.textContent()).toBe(`3 de ${count} pasos leídos`);
      await page.getByRole('button', { name: 'Desmarcar todos los pasos' }).click();
      await expect.poll(() => summary.textContent()).toBe(`0 de ${count} pasos leídos`);
      expect(await textOf(page, 'a[data-progress-continue]')).toMatch(/^Empezar por el primer paso/);

      // Nothing left the browser: every request was a plain read of the handbook's own files, none
      // carried a body, and no address carried a step key or the storage entry's name.
      const local = new URL(sample().server.url).origin;
      const sent = requests
        .filter((request) => request.method() !== 'GET' || request.postData() !== null || !request.url().startsWith(`${local}/`) || /(journey|persona|page|research)(:|%3A)|journeybook(:|%3A)track-progress/i.test(request.url()))
        .map((request) => `${request.method()} ${request.url()}`);
      expect(sent).toEqual([]);
      expect(requests.length).toBeGreaterThan(3);
      expect(errors).toEqual([]);
    });

    it('shows a step page’s bar to a reader who came from the track, and without JavaScript every bar', async () => {
      const journey = sample().kinds.journey;
      const { page } = await open(journey);
      const bars = page.locator('[data-track-bar]');
      expect(await bars.count()).toBeGreaterThan(0);
      for (const bar of await bars.all()) expect(await bar.isVisible()).toBe(false);
      const id = await bars.first().getAttribute('data-track-bar');
      await page.goto(`${sample().server.url}${journey}?track=${encodeURIComponent(id!)}`, { waitUntil: 'load' });
      expect(await bars.first().isVisible()).toBe(true);
      await context!.close();

      context = await sample().browser.newContext({ javaScriptEnabled: false });
      const plain = await context.newPage();
      await plain.goto(sample().server.url + journey, { waitUntil: 'load' });
      for (const bar of await plain.locator('[data-track-bar]').all()) expect(await bar.isVisible()).toBe(true);
      // The progress controls need JavaScript: without it they are not offered.
      expect(await plain.locator('[data-track-bar] input[type="checkbox"]').first().isVisible()).toBe(false);
      await plain.goto(sample().server.url + sample().kinds.track, { waitUntil: 'load' });
      expect(await plain.locator('ol.steps > li a').count()).toBeGreaterThanOrEqual(5);
      expect(await plain.locator('input[type="checkbox"]').first().isVisible()).toBe(false);
    });

    it('has no accessibility violation on a step page with its bar showing, in both themes', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const journey = sample().kinds.journey;
        const { page } = await open(journey, { theme });
        const id = await page.locator('[data-track-bar]').first().getAttribute('data-track-bar');
        await page.goto(`${sample().server.url}${journey}?track=${encodeURIComponent(id!)}`, { waitUntil: 'load' });
        await page.locator('[data-embed-code] summary').click();
        const outcome = await runAxe(page);
        expect(outcome.violations, theme).toEqual([]);
        await context!.close();
        context = undefined;
      }
    });
  });

  describe('presentation mode', () => {
    /** What the deck shows now: the visible slides' ids, the position and the last announcement. */
    const state = (page: Page) =>
      page.evaluate(() => ({
        visible: [...document.querySelectorAll<HTMLElement>('[data-slide]')].filter((slide) => !slide.hidden && slide.getClientRects().length > 0).map((slide) => slide.id),
        position: document.querySelector('[data-deck-position]')?.textContent?.trim(),
        announced: document.querySelector('[data-deck-announcer]')?.textContent?.trim(),
        hash: location.hash,
        focusInDeck: document.activeElement?.closest('[data-deck]') !== null,
      }));

    it('goes through every phase and back with the keys of a keyboard and of a clicker, then Escape returns to the journey', async () => {
      const { page, errors } = await open(sample().kinds.present, { viewport: PROJECTOR });
      const phases = await page.locator('[data-slide]').evaluateAll((slides) => slides.map((slide) => (slide as HTMLElement).dataset.phase!));
      const count = phases.length;
      expect(count).toBeGreaterThanOrEqual(3);
      expect(await state(page)).toMatchObject({ visible: ['slide-1'], position: `1 / ${count}`, focusInDeck: true });
      await page.screenshot({ path: artefact('slide-1-projector.png') });

      // Forward through every phase, with the keys presenters use: arrows, space, Page Down.
      const forward = ['ArrowRight', 'PageDown', 'Space', 'ArrowDown'];
      for (let n = 2; n <= count; n++) {
        await page.keyboard.press(forward[(n - 2) % forward.length]!);
        expect(await state(page)).toMatchObject({
          visible: [`slide-${n}`],
          position: `${n} / ${count}`,
          announced: `Diapositiva ${n} de ${count}: ${phases[n - 1]}`,
          hash: `#slide-${n}`,
          focusInDeck: true,
        });
        if (n === 3) await page.screenshot({ path: artefact('slide-3-projector.png') });
      }
      await page.screenshot({ path: artefact(`slide-${count}-projector.png`) });
      // The last slide stays the last.
      await page.keyboard.press('ArrowRight');
      expect((await state(page)).visible).toEqual([`slide-${count}`]);

      // And back, with Page Up, the arrows and Shift+Space.
      const back = ['PageUp', 'ArrowLeft', 'Shift+Space', 'ArrowUp'];
      for (let n = count - 1; n >= 1; n--) {
        await page.keyboard.press(back[(count - 1 - n) % back.length]!);
        expect(await state(page)).toMatchObject({ visible: [`slide-${n}`], position: `${n} / ${count}`, announced: `Diapositiva ${n} de ${count}: ${phases[n - 1]}` });
      }
      await page.keyboard.press('End');
      expect((await state(page)).visible).toEqual([`slide-${count}`]);
      await page.keyboard.press('Home');
      expect((await state(page)).visible).toEqual(['slide-1']);

      // The address keeps the slide: a reload opens where the presenter was.
      await page.goto(`${sample().server.url}${sample().kinds.present}#slide-3`, { waitUntil: 'load' });
      await page.reload({ waitUntil: 'load' });
      expect((await state(page)).visible).toEqual(['slide-3']);

      await page.keyboard.press('Escape');
      await page.waitForURL((url) => url.pathname.endsWith(`/${sample().kinds.journey}`));
      expect(new URL(page.url()).pathname).toBe(new URL(sample().server.url + sample().kinds.journey).pathname);
      expect(errors).toEqual([]);
    });

    it('reaches every control with Tab, each with a visible focus, and the buttons move the deck', async () => {
      const { page } = await open(sample().kinds.present, { viewport: PROJECTOR });
      const stops: Array<{ name: string; visible: boolean }> = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        stops.push(
          await page.evaluate(() => {
            const element = document.activeElement as HTMLElement;
            const style = getComputedStyle(element);
            return { name: (element.textContent ?? '').replace(/\s+/g, ' ').trim(), visible: element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
          }),
        );
      }
      expect(stops).toEqual([
        { name: '← Salir', visible: true },
        { name: '← Anterior', visible: true },
        { name: 'Siguiente →', visible: true },
        { name: 'Pantalla completa', visible: true },
      ]);
      await page.getByRole('button', { name: 'Siguiente' }).click();
      await page.getByRole('button', { name: 'Siguiente' }).click();
      expect((await state(page)).visible).toEqual(['slide-3']);
      // Space on a focused button presses it, once: it does not also move the deck.
      await page.getByRole('button', { name: 'Anterior' }).focus();
      await page.keyboard.press('Space');
      expect((await state(page)).visible).toEqual(['slide-2']);
      expect(await page.getByRole('button', { name: 'Anterior' }).getAttribute('aria-disabled')).toBe('false');
      await page.keyboard.press('Home');
      expect(await page.getByRole('button', { name: 'Anterior' }).getAttribute('aria-disabled')).toBe('true');
    });

    it('moves with a swipe on a touch screen', async () => {
      const { page } = await open(sample().kinds.present, { viewport: { width: 1024, height: 768 }, touch: true });
      const cdp = await context!.newCDPSession(page);
      const swipe = async (fromX: number, toX: number) => {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y: 500 }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: (fromX + toX) / 2, y: 505 }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: toX, y: 510 }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      };
      // Touch events reach the page after the protocol call returns: wait for the deck to move.
      const showing = async () => (await state(page)).visible;
      await swipe(800, 300);
      await expect.poll(showing).toEqual(['slide-2']);
      await swipe(800, 300);
      await expect.poll(showing).toEqual(['slide-3']);
      await swipe(300, 800);
      await expect.poll(showing).toEqual(['slide-2']);
      // A vertical drag scrolls; it does not turn the page.
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 500, y: 600 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 530, y: 300 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(300);
      expect(await showing()).toEqual(['slide-2']);
    });

    it('prints one landscape page per phase', async () => {
      const { page } = await open(sample().kinds.present, { viewport: PROJECTOR });
      const count = await page.locator('[data-slide]').count();
      await page.keyboard.press('ArrowRight');
      const path = artefact('presentation-slides.pdf');
      await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
      const pdf = readFileSync(path, 'latin1');
      const pages = [...pdf.matchAll(/\/Type\s*\/Page\b[\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
      expect(pages).toHaveLength(count);
      for (const [, x0, y0, x1, y1] of pages) expect(Number(x1) - Number(x0)).toBeGreaterThan(Number(y1) - Number(y0));
    });
  });

  describe('an embed', () => {
    it('shows a journey’s map inside an <iframe> of an intranet page, and its links open in that page’s window', async () => {
      context = await sample().browser.newContext({ viewport: { width: 1280, height: 1000 } });
      const page = await context.newPage();
      const origin = new URL(sample().server.url).origin;
      const embedUrl = sample().server.url + sample().kinds.embed;
      const host = `${origin}/intranet/portal.html`;
      // An intranet page on the handbook's own host, as an intranet's portal would be.
      await page.route(host, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Portal del empleado</title>
<style>body{font-family:system-ui,sans-serif;margin:0;background:#eef1f5;color:#1b2330}header{background:#243b55;color:#fff;padding:16px 32px}main{padding:24px 32px}</style></head>
<body><header><strong>Intranet · Portal del empleado</strong></header><main><h1>Novedades del área digital</h1><p>Así viven hoy nuestros clientes el alta online:</p>
<iframe src="${embedUrl}" title="Mapa del recorrido" width="960" height="720" style="border:0;max-width:100%"></iframe></main></body></html>`,
        }),
      );
      await page.goto(host, { waitUntil: 'load' });
      const frame = page.frameLocator('iframe');
      await frame.locator('.journey-map').waitFor();
      await page.evaluate(() => document.fonts.ready);
      expect(await frame.locator('#sidebar, .site-header, [data-search]').count()).toBe(0);
      expect(await frame.locator('svg[data-chart="emotion"] [data-touchpoint]').count()).toBeGreaterThan(3);
      await page.screenshot({ path: artefact('embed-in-intranet-page.png'), fullPage: true });

      await frame.getByRole('link', { name: /Ver el recorrido completo/ }).click();
      await page.waitForURL((url) => url.href === sample().server.url + sample().kinds.journey);
      expect(page.frames()).toHaveLength(1);
    });

    it('is offered on the journey page as code to copy, with the Clipboard API or, without it, selected for Ctrl+C', async () => {
      const { page } = await open(sample().kinds.journey);
      await context!.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(sample().server.url).origin });
      // With the keyboard alone: open the box, Tab to the code, Tab to the button.
      await page.locator('[data-embed-code] summary').focus();
      await page.keyboard.press('Enter');
      const code = page.getByRole('textbox', { name: 'Código HTML para insertar el mapa' });
      await page.keyboard.press('Tab');
      expect(await code.evaluate((box) => box === document.activeElement)).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copiar el código');
      const value = await code.inputValue();
      expect(value).toBe(
        `<iframe src="${sample().site.siteUrl}${sample().site.base}${sample().kinds.embed}" title="${await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('#embed-code')!.dataset.frameTitle)}" width="960" height="720" style="border:0;max-width:100%" loading="lazy"></iframe>`,
      );
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Código copiado.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
      await context!.close();

      // A plain-http intranet has no Clipboard API: the code is selected and copied the old way, or the reader is told to.
      context = await sample().browser.newContext();
      await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
      const plain = await context.newPage();
      await plain.goto(sample().server.url + sample().kinds.journey, { waitUntil: 'load' });
      await plain.locator('[data-embed-code] summary').click();
      await plain.getByRole('button', { name: 'Copiar el código' }).click();
      await expect.poll(() => plain.locator('[data-copy-status]').textContent()).toMatch(/^(Código copiado\.|No se ha podido copiar\. El código está seleccionado)/);
      const selection = await plain.evaluate(() => {
        const box = document.querySelector<HTMLTextAreaElement>('#embed-code')!;
        return { focused: document.activeElement === box, start: box.selectionStart, end: box.selectionEnd, length: box.value.length };
      });
      expect(selection).toEqual({ focused: true, start: 0, end: selection.length, length: selection.length });
    });
  });
});
