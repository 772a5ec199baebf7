import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countContentFiles, heapLimitChosen, heapLimitMb } from '../../cli/lib/heap-limit.ts';

describe('the build’s heap limit', () => {
  it('is 1 GB for a small handbook, grows about 1 MB per content file up to 3 GB, and 0.27 MB per file beyond', () => {
    expect(heapLimitMb(10)).toBe(1024);
    expect(heapLimitMb(1100)).toBe(1100);
    expect(heapLimitMb(3000)).toBe(3000);
    // Beyond 3 GB at 1 MB a file: 3 GB, then 0.27 MB a file (10,000 journeys built in 3 GB).
    expect(heapLimitMb(3300)).toBe(3072);
    expect(heapLimitMb(11_500)).toBe(3105);
    expect(heapLimitMb(20_000)).toBe(5400);
  });

  it('counts journey and persona files, in sub-folders too, and nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'jb-heap-'));
    try {
      mkdirSync(join(root, 'content', 'journeys', 'banca'), { recursive: true });
      mkdirSync(join(root, 'content', 'personas'), { recursive: true });
      for (const name of ['journeys/a.mdx', 'journeys/banca/b.md', 'personas/p.mdx', 'personas/p.png', 'channels.yaml']) writeFileSync(join(root, 'content', name), '');
      expect(countContentFiles(root)).toBe(3);
      expect(countContentFiles(join(root, 'missing'))).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('leaves a limit the user chose alone', () => {
    expect(heapLimitChosen('--max-old-space-size=4096', [])).toBe(true);
    expect(heapLimitChosen(undefined, ['--max-old-space-size=512'])).toBe(true);
    expect(heapLimitChosen('--enable-source-maps', [])).toBe(false);
  });
});
