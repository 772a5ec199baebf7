/**
 * Issue 12, finding 5: an SVG avatar published as it is runs its script on the handbook's own
 * origin when opened. SVG avatars are published drawn as PNG pictures (librsvg through sharp):
 * no SVG reaches dist/, and nothing of the file but its picture does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RASTERISED_AVATAR_SIZE } from '../../src/og/rasterise-avatar.ts';
import { createFixture, type CommandResult, type Fixture } from './harness.ts';

const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="80" onload="alert(document.cookie)">
  <script>alert('svg')</script>
  <image href="file:///etc/passwd" width="10" height="10"/>
  <a xlink:href="javascript:alert(1)"><rect width="120" height="80" fill="#0b6e6e"/></a>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml" onclick="alert(2)">x</div></foreignObject>
</svg>
`;
const JOURNEY = '---\ntitle: Alta\npersona: ana\nphases: [{ id: a, name: A }]\ntouchpoints:\n  - { phase: a, title: Lee, channel: web, emotion: 1 }\n---\n\nRelato.\n';

describe('SVG avatars', () => {
  let fixture: Fixture;
  let build: CommandResult;
  beforeAll(async () => {
    fixture = createFixture('svg-avatars', {
      files: {
        'content/personas/ana.md': '---\nname: Ana\navatar: ./fotos/ana.svg\n---\n\nBio.\n',
        'content/personas/fotos/ana.svg': HOSTILE_SVG,
        'content/journeys/alta.md': JOURNEY,
      },
    });
    build = await fixture.run('cli/build.ts');
  });
  afterAll(() => fixture?.remove());

  it('publishes the picture as a PNG, and no SVG at all', async () => {
    expect(build.code, build.stderr).toBe(0);
    expect(readdirSync(join(fixture.dist, 'avatars'))).toEqual(['ana.png']);
    const png = readFileSync(join(fixture.dist, 'avatars', 'ana.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('latin1')).not.toMatch(/alert|script|passwd/);
    const { width, height, format } = await sharp(png).metadata();
    expect(format).toBe('png');
    // The SVG's 3:2 proportions, at the rasterised size on its longest side.
    expect([width, height]).toEqual([RASTERISED_AVATAR_SIZE, Math.round((RASTERISED_AVATAR_SIZE * 2) / 3)]);
    expect(fixture.read('personas/ana/index.html')).toContain('src="/avatars/ana.png"');
  });
});
