/**
 * Edit distance (insertions, deletions, substitutions, and swaps of two neighbouring letters, the
 * commonest typo: "pedri" → "pedir" is one edit), on lower-cased, accent-free text.
 */
export function editDistance(a: string, b: string): number {
  const x = fold(a);
  const y = fold(b);
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) current[j] = Math.min(current[j]!, beforePrevious[j - 2]! + 1);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[y.length]!;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The candidate an author most likely meant, or undefined when nothing is close.
 * "Close" allows about one typo per three characters, so "compra" → "comprar" but not → "web".
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(input, candidate);
    const allowed = Math.max(1, Math.floor(Math.max(input.length, candidate.length) / 3));
    const isPrefix = fold(candidate).startsWith(fold(input)) || fold(input).startsWith(fold(candidate));
    if ((distance <= allowed || (isPrefix && Math.min(input.length, candidate.length) >= 3)) && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` (did you mean "x"?)` or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closestMatch(input, candidates);
  return match === undefined || match === input ? '' : ` (did you mean "${match}"?)`;
}

/** A short list for messages: at most `limit` items, then "…". */
export function listForMessage(items: readonly string[], limit = 12): string {
  if (items.length === 0) return 'none';
  return items.length <= limit ? items.join(', ') : `${items.slice(0, limit).join(', ')}, …`;
}
