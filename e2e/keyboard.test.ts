/**
 * Issue 6 (accessibility): with the keyboard alone, Tab from the top of a page reaches the skip
 * link first, then the search box and every link and control of the page, each with a visible
 * focus indicator; the skip link jumps over the header and sidebar.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSampleSiteInBrowser } from './lib/sample-site-in-browser.ts';

interface FocusStop {
  /** Index given to the element before tabbing, or -1 for something not in the list. */
  index: number;
  description: string;
  focusVisible: boolean;
  /** Computed outline (style width) or box-shadow that marks the focus. */
  indicator: string;
  /** The element is on screen when focused. */
  inView: boolean;
}

/** Numbers every element a keyboard user should reach: visible links, buttons, inputs, focusable regions. */
async function markTabbables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const candidates = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'));
    const reachable = candidates.filter((element) => {
      if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) return false;
      // What a closed <details> holds is reached by opening it first (its <summary> is in the list).
      const closed = element.closest('details:not([open])');
      if (closed && element.closest('summary')?.parentElement !== closed) return false;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      // Visually hidden elements (1×1 px) still count: screen readers' users tab to them too.
      return style.visibility !== 'hidden' && element.getClientRects().length > 0 && box.width > 0 && box.height > 0;
    });
    return reachable.map((element, index) => {
      element.dataset.keyboardIndex = String(index);
      return `<${element.localName}> ${(element.getAttribute('aria-label') ?? element.textContent ?? element.getAttribute('href') ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}`;
    });
  });
}

async function focusStop(page: Page): Promise<FocusStop | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? `outline ${style.outlineStyle} ${style.outlineWidth}` : '';
    const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : '';
    return {
      index: element.dataset.keyboardIndex === undefined ? -1 : Number(element.dataset.keyboardIndex),
      description: `<${element.localName}${element.id ? `#${element.id}` : ''}> ${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}`,
      focusVisible: element.matches(':focus-visible'),
      indicator: outline || shadow,
      inView: box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth,
    };
  });
}

describe('keyboard-only navigation', () => {
  const sample = useSampleSiteInBrowser();

  async function open(path: string, theme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await sample().browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
    const response = await page.goto(sample().server.url + path);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  it('reaches the skip link first, visibly, and the skip link moves on to the main content', async () => {
    const page = await open(sample().kinds.journey);
    try {
      await page.keyboard.press('Tab');
      const first = await focusStop(page);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).toBe(true);
      expect(first?.inView, 'the skip link shows when focused').toBe(true);
      expect(first?.focusVisible && first.indicator, 'the skip link has a visible focus').toBeTruthy();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
      expect(inMain, `after the skip link, Tab lands in <main> (${(await focusStop(page))?.description})`).toBe(true);
    } finally {
      await page.close();
    }
  });

  describe.each([
    ...(['home', 'journeys', 'journey', 'blueprint', 'compare', 'personas', 'persona', 'channels', 'channel', 'insights', 'research', 'researchSource', 'review', 'history', 'changes', 'tracks', 'track', 'stages', 'tags', 'tag'] as const).map((kind) => [kind, 'light'] as const),
    ['journey', 'dark'] as const,
  ])('on the %s page (%s theme)', (kind, theme) => {
    it('reaches the search box and every link and control with Tab, each with a visible focus', async () => {
      const page = await open(sample().kinds[kind], theme);
      try {
        const tabbables = await markTabbables(page);
        const searchIndex = await page.evaluate(() => Number(document.querySelector<HTMLElement>('input[type="search"]')?.dataset.keyboardIndex ?? -1));
        expect(searchIndex, 'the search box is reachable').toBeGreaterThanOrEqual(0);
        const reached = new Set<number>();
        const invisible: string[] = [];
        // Every element once, plus slack for anything focusable that was not in the list.
        for (let step = 0; step < tabbables.length + 20; step++) {
          await page.keyboard.press('Tab');
          const stop = await focusStop(page);
          if (!stop) break;
          if (stop.index >= 0 && reached.has(stop.index)) break;
          reached.add(stop.index);
          if (!stop.focusVisible || !stop.indicator) invisible.push(stop.description);
        }
        const missed = tabbables.filter((_, index) => !reached.has(index));
        expect(missed, 'elements Tab never reached').toEqual([]);
        expect(invisible, 'elements focused without a visible indicator').toEqual([]);
        expect(reached.has(searchIndex)).toBe(true);
        expect(tabbables.length).toBeGreaterThan(5);
      } finally {
        await page.close();
      }
    });
  });
});
