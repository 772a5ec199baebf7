/*
 * The browser side of track progress (docs/views.md#tracks): every element a page marks with
 * `data-progress-*` is brought to life from the reader's own localStorage. Nothing is sent
 * anywhere. Without JavaScript none of this runs and the elements that need it stay hidden; the
 * track is then a plain ordered list of links.
 *
 * - `input[data-progress-tick]`: a step's "read" checkbox (`data-store`, `data-step-key`).
 * - `[data-progress-summary]`: "2 of 5 steps read" (`data-store`, `data-step-keys`, `data-template`).
 * - `a[data-progress-continue]`: the link to the first unread step (`data-store`, `data-steps`,
 *   `data-template`, `data-finished`).
 * - `button[data-progress-reset]`: unticks every step of a track (`data-store`).
 * - `[data-progress-only]`: shown only when this script runs.
 */
import { fillTemplate, parseProgress, progressThrough, serialiseProgress } from '../../site/track-progress.ts';

function read(store: string): Set<string> {
  try {
    return parseProgress(localStorage.getItem(store));
  } catch {
    // Storage disabled (some locked-down browsers): progress lasts for this page only.
    return memory.get(store) ?? new Set();
  }
}

const memory = new Map<string, Set<string>>();

function write(store: string, done: Set<string>): void {
  memory.set(store, done);
  try {
    if (done.size === 0) localStorage.removeItem(store);
    else localStorage.setItem(store, serialiseProgress(done));
  } catch {
    // As above: nothing else to do.
  }
}

function parseJson<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Shows every page element that reflects `store` as it is stored now. */
function render(): void {
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-progress-tick]')) {
    box.checked = read(box.dataset.store!).has(box.dataset.stepKey!);
    box.closest('[data-progress-step]')?.classList.toggle('is-read', box.checked);
  }
  for (const summary of document.querySelectorAll<HTMLElement>('[data-progress-summary]')) {
    const keys = parseJson<string[]>(summary.dataset.stepKeys, []);
    const progress = progressThrough(keys, read(summary.dataset.store!));
    summary.textContent = fillTemplate(summary.dataset.template!, { done: progress.done, count: progress.count });
    summary.closest('[data-progress-card]')?.classList.toggle('is-finished', progress.done === progress.count && progress.count > 0);
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-progress-continue]')) {
    const steps = parseJson<Array<{ key: string; href: string; title: string }>>(link.dataset.steps, []);
    const progress = progressThrough(
      steps.map((step) => step.key),
      read(link.dataset.store!),
    );
    // What the page says without JavaScript ("start with the first step"), kept for a reset.
    link.dataset.startHref ??= link.href;
    link.dataset.startText ??= link.textContent ?? '';
    const next = progress.firstUnread === undefined ? undefined : steps[progress.firstUnread];
    const finished = link.parentElement?.querySelector<HTMLElement>('[data-progress-finished]');
    link.hidden = next === undefined;
    if (finished) finished.hidden = next !== undefined;
    if (progress.done === 0) {
      link.href = link.dataset.startHref;
      link.textContent = link.dataset.startText;
    } else if (next) {
      link.href = next.href;
      link.textContent = fillTemplate(link.dataset.template!, { n: progress.firstUnread! + 1, title: next.title });
    }
  }
}

for (const element of document.querySelectorAll<HTMLElement>('[data-progress-only]')) element.hidden = false;

document.addEventListener('change', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || !box.matches('[data-progress-tick]')) return;
  const store = box.dataset.store!;
  const done = read(store);
  if (box.checked) done.add(box.dataset.stepKey!);
  else done.delete(box.dataset.stepKey!);
  write(store, done);
  render();
});

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-progress-reset]');
  if (!button) return;
  write(button.dataset.store!, new Set());
  render();
});

// Another tab of the same handbook ticked a step: show it here too.
window.addEventListener('storage', (event) => {
  if (event.key?.startsWith('journeybook:track-progress:')) render();
});

// Coming back with the Back button restores the page from the cache as it was: refresh it.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) render();
});

render();
