import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContentSources } from '../../src/sources/content-files.ts';
import { imageFormatOf, svgProblem } from '../../src/validate/handbook-file.ts';
import { errorsIn, formatProblem, sortProblems } from '../../src/validate/problem.ts';
import { validateContent } from '../../src/validate/validate-content.ts';
import { lines } from '../helpers/content-sources.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const SVG = '<?xml version="1.0"?>\n<!-- cara -->\n<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30"/></svg>\n';
const JOURNEY = lines('---', 'title: Alta', 'persona: ana', 'phases: [{ id: a, name: A }]', 'touchpoints:', '  - { phase: a, title: Lee, channel: web, emotion: 1 }', '---', '');

/** A handbook on disk (and a folder beside it, outside the handbook), checked as `npm run check` does. */
describe('files that content points at, and the content files themselves (issue 12, findings 4 and 7)', () => {
  let scratch: string;
  let root: string;
  let outside: string;
  const write = (path: string, contents: string | Buffer) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  };
  const persona = (avatar: string) => write('content/personas/ana.md', lines('---', 'name: Ana', `avatar: "${avatar}"`, '---', '', 'Bio.'));
  const checkDisk = () => {
    const result = validateContent(readContentSources(root), { reviewIntervalMonths: 6, today: new Date('2026-11-25T00:00:00Z') });
    return { result, errors: sortProblems(errorsIn(result.problems)).map(formatProblem) };
  };

  beforeEach(() => {
    scratch = realpathSync(mkdtempSync(join(tmpdir(), 'journeybook-files-')));
    root = join(scratch, 'handbook');
    outside = join(scratch, 'elsewhere');
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'secret.png'), 'password=hunter2\n');
    writeFileSync(join(outside, 'photo.png'), PNG);
    write('content/journeys/alta.md', `${JOURNEY}Relato.\n`);
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses an avatar path that climbs out of the handbook, even to a real image', () => {
    persona('../../../elsewhere/photo.png');
    expect(checkDisk().errors).toEqual([
      'content/personas/ana.md:3:1: avatar: "../../../elsewhere/photo.png" leads outside the handbook (to a file that is not in content/ or public/): copy the image into content/ and point at the copy',
    ]);
  });

  it('refuses an avatar that is a symbolic link to a file outside the handbook', () => {
    mkdirSync(join(root, 'content/personas'), { recursive: true });
    symlinkSync('/etc/passwd', join(root, 'content/personas/ana.png'));
    persona('./ana.png');
    expect(checkDisk().errors).toEqual([expect.stringMatching(/^content\/personas\/ana\.md:3:1: avatar: "\.\/ana\.png" leads outside the handbook/)]);
  });

  it('refuses a text file named like an image, and an image whose name says another format', () => {
    write('content/personas/ana.png', 'password=hunter2\n');
    persona('./ana.png');
    expect(checkDisk().errors).toEqual([
      'content/personas/ana.md:3:1: avatar: "./ana.png" is not an image: its first bytes are not those of a PNG, JPEG, GIF, WebP, AVIF or SVG file; export it again as one of those',
    ]);
    write('content/personas/ana.jpg', PNG);
    persona('./ana.jpg');
    expect(checkDisk().errors).toEqual(['content/personas/ana.md:3:1: avatar: "./ana.jpg" is a PNG image but its name says JPEG: rename it to end in .png']);
  });

  it('accepts an image in public/ reached through a link inside the handbook, and publishes the file it checked', () => {
    write('public/people/ana.jpg', JPEG);
    mkdirSync(join(root, 'content/personas'), { recursive: true });
    symlinkSync(join(root, 'public/people/ana.jpg'), join(root, 'content/personas/ana.jpg'));
    persona('./ana.jpg');
    const { result, errors } = checkDisk();
    expect(errors).toEqual([]);
    expect(result.personas[0]!.avatar).toEqual({ kind: 'image', path: './ana.jpg', absolutePath: join(root, 'public/people/ana.jpg') });
  });

  it('refuses an SVG that librsvg could not draw: malformed, or declaring a huge size', () => {
    write('content/personas/ana.svg', '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>');
    persona('./ana.svg');
    expect(checkDisk().errors).toEqual([expect.stringMatching(/avatar: "\.\/ana\.svg" is not a well-formed SVG file \(at 1:\d+: unexpected close tag\)/)]);
    write('content/personas/ana.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="200000" height="200000" viewBox="0 0 10 10"/>');
    expect(checkDisk().errors).toEqual([expect.stringMatching(/avatar: "\.\/ana\.svg" declares a size of 200000 × 200000: give its <svg> a width and height of at most 10000 px/)]);
    write('content/personas/ana.svg', SVG);
    expect(checkDisk().errors).toEqual([]);
  });

  it('checks pictures a narrative imports with Markdown image syntax like avatars, at their place', () => {
    write('content/journeys/alta.md', `${JOURNEY}Plano:\n\n![plano](./plano.png) ![fuera](../../../elsewhere/photo.png) ![ancla](#parte) ![mal](100%.png)\n`);
    write('content/journeys/plano.png', PNG);
    persona('🙂');
    expect(checkDisk().errors).toEqual([
      'content/journeys/alta.md:11:23: body: image: "../../../elsewhere/photo.png" leads outside the handbook (to a file that is not in content/ or public/): copy the image into content/ and point at the copy',
      'content/journeys/alta.md:11:62: body: image: no image at "#parte" next to this file; give a path relative to the file (e.g. "./maria.jpg")',
      'content/journeys/alta.md:11:79: body: the image address "100%.png" has a malformed %-escape: write % as %25',
    ]);
  });

  it('refuses journey files and folders linked from outside content/, without reading them', () => {
    writeFileSync(join(outside, 'robado.md'), `${JOURNEY}Secreto.\n`);
    mkdirSync(join(outside, 'carpeta'));
    writeFileSync(join(outside, 'carpeta', 'otro.md'), `${JOURNEY}Secreto.\n`);
    symlinkSync(join(outside, 'robado.md'), join(root, 'content/journeys/robado.md'));
    symlinkSync(join(outside, 'carpeta'), join(root, 'content/journeys/carpeta'));
    // A link that stays inside content/ is an ordinary file of the handbook.
    symlinkSync(join(root, 'content/journeys/alta.md'), join(root, 'content/journeys/alias.md'));
    persona('🙂');
    const sources = readContentSources(root);
    expect(sources.journeys.map((source) => source.slug)).toEqual(['alias', 'alta']);
    expect(checkDisk().errors).toEqual([
      'content/journeys/carpeta: file: is a symbolic link to a place outside content/: move the file into content/ instead of linking to it',
      'content/journeys/robado.md: file: is a symbolic link to a place outside content/: move the file into content/ instead of linking to it',
    ]);
  });

  it('refuses a channels.yaml linked from outside content/ without quoting a byte of it', () => {
    symlinkSync('/etc/passwd', join(root, 'content/channels.yaml'));
    persona('🙂');
    expect(checkDisk().errors).toEqual(['content/channels.yaml: file: is a symbolic link to a place outside content/: move the file into content/ instead of linking to it']);
  });

  it('refuses a stages.yaml or a folder label linked from outside content/ without quoting a byte of it', () => {
    symlinkSync('/etc/passwd', join(root, 'content/stages.yaml'));
    mkdirSync(join(root, 'content/journeys/banca'), { recursive: true });
    symlinkSync('/etc/passwd', join(root, 'content/journeys/banca/_folder.yaml'));
    // A label linked from inside content/ is an ordinary file of the handbook.
    write('content/labels/salud.yaml', 'label: Salud pública\n');
    mkdirSync(join(root, 'content/journeys/salud'), { recursive: true });
    symlinkSync(join(root, 'content/labels/salud.yaml'), join(root, 'content/journeys/salud/_folder.yaml'));
    persona('🙂');
    const { result, errors } = checkDisk();
    expect(errors).toEqual([
      'content/journeys/banca/_folder.yaml: file: is a symbolic link to a place outside content/: move the file into content/ instead of linking to it',
      'content/stages.yaml: file: is a symbolic link to a place outside content/: move the file into content/ instead of linking to it',
    ]);
    expect([...result.folders]).toEqual([['salud', { label: 'Salud pública' }]]);
  });

  it('asks for a stages.yaml or a folder label that is not UTF-8 to be saved as UTF-8', () => {
    write('content/stages.yaml', Buffer.concat([Buffer.from('- id: a\n  name: Le'), Buffer.from([0xf3]), Buffer.from('n\n')]));
    write('content/journeys/banca/_folder.yaml', Buffer.concat([Buffer.from('label: Peque'), Buffer.from([0xf1]), Buffer.from('as empresas\n')]));
    persona('🙂');
    expect(checkDisk().errors).toEqual([
      'content/journeys/banca/_folder.yaml:1:13: file: is not UTF-8 text from here on (perhaps Latin-1 or Windows-1252): save the file as UTF-8',
      'content/stages.yaml:2:11: file: is not UTF-8 text from here on (perhaps Latin-1 or Windows-1252): save the file as UTF-8',
    ]);
  });

  it('asks for a file that is not UTF-8 to be saved as UTF-8, at the first byte that is not', () => {
    write('content/personas/ana.md', Buffer.concat([Buffer.from('---\nname: Ana\nrole: Cliente de la oficina de Le'), Buffer.from([0xf3]), Buffer.from('n\n---\n')]));
    expect(checkDisk().errors).toEqual([
      'content/personas/ana.md:3:34: file: is not UTF-8 text from here on (perhaps Latin-1 or Windows-1252): save the file as UTF-8',
    ]);
  });
});

describe('recognising pictures by their first bytes', () => {
  it('knows each format by its signature, whatever the name', () => {
    expect(imageFormatOf(PNG)).toBe('png');
    expect(imageFormatOf(JPEG)).toBe('jpeg');
    expect(imageFormatOf(Buffer.from('GIF89a......'))).toBe('gif');
    expect(imageFormatOf(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(imageFormatOf(Buffer.from('\0\0\0\x1cftypavif'))).toBe('avif');
    expect(imageFormatOf(Buffer.from(SVG))).toBe('svg');
    expect(imageFormatOf(Buffer.from('root:x:0:0:root:/root:/bin/bash\n'))).toBeUndefined();
    expect(imageFormatOf(Buffer.from('<html><svg></svg></html>'))).toBeUndefined();
  });

  it('accepts a well-formed SVG and refuses one whose root is another element', () => {
    expect(svgProblem(SVG)).toBeUndefined();
    expect(svgProblem('<html xmlns="http://www.w3.org/1999/xhtml"/>')).toBe('is not an SVG file: its first element is not <svg>');
  });
});
