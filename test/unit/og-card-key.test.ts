import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardColours } from '../../src/og/card-colours.ts';
import type { PersonaCardData } from '../../src/og/card-data.ts';
import { readCardFonts } from '../../src/og/card-fonts.ts';
import { createCardKeyer } from '../../src/og/card-key.ts';

const dir = mkdtempSync(join(tmpdir(), 'jb-og-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: string) => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};

const fonts = readCardFonts();
const keyOf = createCardKeyer(cardColours('#0b6e6e'), fonts);
const persona = (avatarPath: string): PersonaCardData => ({
  kind: 'persona',
  handbookTitle: 'Manual',
  name: 'José Núñez',
  role: undefined,
  quote: undefined,
  segment: undefined,
  avatar: { kind: 'image', absolutePath: avatarPath },
});

describe('the cache key of a share image', () => {
  it('is the same for the same card, build after build', async () => {
    const avatar = file('a.png', 'picture');
    expect(await keyOf(persona(avatar))).toBe(await keyOf(persona(avatar)));
  });

  it('changes when the avatar picture changes, even under the same name', async () => {
    const avatar = file('b.png', 'picture one');
    const before = await keyOf(persona(avatar));
    file('b.png', 'picture two');
    expect(await keyOf(persona(avatar))).not.toBe(before);
  });

  it('stays the same when the project moves and the picture with it', async () => {
    expect(await keyOf(persona(file('here.png', 'same picture')))).toBe(await keyOf(persona(file('there.png', 'same picture'))));
  });

  it('changes with the accent colour', async () => {
    const avatar = file('c.png', 'picture');
    const other = createCardKeyer(cardColours('#7a3e9d'), fonts);
    expect(await other(persona(avatar))).not.toBe(await keyOf(persona(avatar)));
  });

  it('changes with any text of the card', async () => {
    const avatar = file('d.png', 'picture');
    expect(await keyOf({ ...persona(avatar), quote: '¿Qué?' })).not.toBe(await keyOf(persona(avatar)));
  });
});
