import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font } from 'satori';

const require = createRequire(import.meta.url);

/**
 * The faces the cards use, from the @fontsource packages the site self-hosts: Inter for text,
 * Source Serif 4 for titles and quotes. Satori reads WOFF (not WOFF2). Each face comes as a Latin
 * and a Latin Extended file; they get different family names because satori uses only the first
 * file of a family, and the trees list both ("Inter, Inter Latin Extended") so a glyph missing
 * from the first (ő, ł, ş) is taken from the second.
 */
const FACES: ReadonlyArray<{ family: string; extendedFamily: string; pkg: string; file: string; weight: Font['weight']; style: Font['style'] }> = [
  { family: 'Inter', extendedFamily: 'Inter Latin Extended', pkg: '@fontsource/inter', file: 'inter-{subset}-400-normal.woff', weight: 400, style: 'normal' },
  { family: 'Inter', extendedFamily: 'Inter Latin Extended', pkg: '@fontsource/inter', file: 'inter-{subset}-600-normal.woff', weight: 600, style: 'normal' },
  { family: 'Source Serif 4', extendedFamily: 'Source Serif 4 Latin Extended', pkg: '@fontsource/source-serif-4', file: 'source-serif-4-{subset}-600-normal.woff', weight: 600, style: 'normal' },
  { family: 'Source Serif 4', extendedFamily: 'Source Serif 4 Latin Extended', pkg: '@fontsource/source-serif-4', file: 'source-serif-4-{subset}-400-italic.woff', weight: 400, style: 'italic' },
];

export interface CardFont {
  file: string;
  font: Font;
}

/** Every font file the cards use, read from node_modules (no network). */
export function readCardFonts(): CardFont[] {
  return FACES.flatMap((face) => {
    const folder = join(dirname(require.resolve(face.pkg)), 'files');
    return (['latin', 'latin-ext'] as const).map((subset) => {
      const file = join(folder, face.file.replace('{subset}', subset));
      return {
        file,
        font: { name: subset === 'latin' ? face.family : face.extendedFamily, data: readFileSync(file), weight: face.weight, style: face.style },
      };
    });
  });
}
