import { crc32 } from 'node:zlib';

/** The eight bytes every PNG file starts with. */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Whether `bytes` is a whole PNG image of `width` × `height` pixels: the signature, an IHDR
 * chunk of that size first, every chunk's CRC-32 (the checksum PNG stores with each chunk)
 * matching its bytes, and IEND as the last bytes of the file. Garbage fails the signature, a
 * truncated file lacks IEND, damaged bytes fail their chunk's checksum.
 */
export function isCompletePng(bytes: Uint8Array, size: { width: number; height: number }): boolean {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < SIGNATURE.length || !data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) return false;
  let offset = SIGNATURE.length;
  let first = true;
  while (offset + 12 <= data.length) {
    const length = data.readUInt32BE(offset);
    const dataEnd = offset + 8 + length;
    if (dataEnd + 4 > data.length) return false;
    const typeAndData = data.subarray(offset + 4, dataEnd);
    if (crc32(typeAndData) !== data.readUInt32BE(dataEnd)) return false;
    const type = data.toString('latin1', offset + 4, offset + 8);
    if (first) {
      if (type !== 'IHDR' || length !== 13) return false;
      if (data.readUInt32BE(offset + 8) !== size.width || data.readUInt32BE(offset + 12) !== size.height) return false;
      first = false;
    }
    if (type === 'IEND') return dataEnd + 4 === data.length;
    offset = dataEnd + 4;
  }
  return false;
}
