import sharp from 'sharp';

/** The longest side, in pixels, of an SVG avatar once rasterised: crisp at the largest size pages show (and on 4× screens). */
export const RASTERISED_AVATAR_SIZE = 512;

/**
 * An SVG avatar drawn as a PNG by librsvg (through sharp), which runs no script and loads no
 * other file: nothing of the SVG but its picture reaches the published site. The density is
 * chosen from the SVG's own size so the PNG's longest side is RASTERISED_AVATAR_SIZE, whatever
 * size the SVG declares (a huge declared size would otherwise be drawn at that size first).
 */
export async function rasterisedAvatar(path: string): Promise<Buffer> {
  const { width = RASTERISED_AVATAR_SIZE, height = RASTERISED_AVATAR_SIZE } = await sharp(path).metadata();
  const density = Math.min(2400, Math.max(0.01, (72 * RASTERISED_AVATAR_SIZE) / Math.max(width, height, 1)));
  return sharp(path, { density })
    .resize(RASTERISED_AVATAR_SIZE, RASTERISED_AVATAR_SIZE, { fit: 'inside' })
    .png()
    .toBuffer();
}
