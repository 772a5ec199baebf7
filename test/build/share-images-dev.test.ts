import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/validate/settings.ts';
import { shareImageMiddleware } from '../../src/integration/share-images-dev.ts';
import { createFixture, type Fixture } from './harness.ts';

interface Answer {
  status: number | undefined;
  headers: Record<string, unknown>;
  body: Buffer | undefined;
  passedOn: boolean;
}

const silent = { info() {}, warn() {}, error() {}, debug() {} } as unknown as AstroIntegrationLogger;

describe('share images in the dev server', () => {
  let fixture: Fixture;
  let serve: ReturnType<typeof shareImageMiddleware>;

  const request = (url: string) =>
    new Promise<Answer>((resolve, reject) => {
      const answer: Answer = { status: undefined, headers: {}, body: undefined, passedOn: false };
      const response = {
        writeHead(status: number, headers: Record<string, unknown>) {
          answer.status = status;
          answer.headers = headers;
        },
        end(body: Buffer) {
          answer.body = body;
          resolve(answer);
        },
      } as unknown as ServerResponse;
      serve({ url } as IncomingMessage, response, (error?: unknown) => (error ? reject(error) : resolve({ ...answer, passedOn: true }))).catch(reject);
    });

  beforeAll(() => {
    fixture = createFixture('share-images');
    const settings = resolveSettings({ title: 'Manual', accent: '#7a3e9d' }, { base: '/handbook/' }, {});
    serve = shareImageMiddleware({ root: fixture.root, settings, cacheDir: join(fixture.root, '.cache'), logger: silent });
  });
  afterAll(() => fixture.remove());

  it('renders a journey card on request, under the base path', async () => {
    const answer = await request('/handbook/og/journeys/banca/alta.png');
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Type']).toBe('image/png');
    const metadata = await sharp(answer.body!).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1200, 630]);
  });

  it('keeps what it rendered in the cache and serves it from there again', async () => {
    const cached = () => readdirSync(join(fixture.root, '.cache', 'journeybook', 'share-images'));
    const first = await request('/handbook/og/personas/ana-fernandez.png');
    const files = cached();
    expect(files.filter((name) => name.endsWith('.png')).length).toBeGreaterThanOrEqual(1);
    const again = await request('/handbook/og/personas/ana-fernandez.png');
    expect(again.body!.equals(first.body!)).toBe(true);
    expect(cached()).toEqual(files);
  });

  it('passes on requests for other files and for cards that do not exist', async () => {
    expect((await request('/handbook/journeys/banca/alta/')).passedOn).toBe(true);
    expect((await request('/handbook/og/journeys/nada.png')).passedOn).toBe(true);
    expect((await request('/og/home.png')).passedOn).toBe(true);
    expect((await request('/handbook/og/%E0%A4%A.png')).passedOn).toBe(true);
  });
});
