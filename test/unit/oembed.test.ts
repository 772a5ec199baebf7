import { describe, expect, it } from 'vitest';
import { EMBED_SIZE, embedFrameHtml, oembedJson } from '../../src/export/oembed.ts';

const input = {
  title: 'Abrir una cuenta online',
  embedUrl: 'https://intranet.example/handbook/journeys/banca/alta-online/embed/',
  frameTitle: 'Mapa del recorrido «Abrir una cuenta online»',
  providerName: 'Manual de experiencia de cliente',
  providerUrl: 'https://intranet.example/handbook/',
  authorName: 'Dirección de Canales Digitales',
  thumbnailUrl: 'https://intranet.example/handbook/og/journeys/banca/alta-online.png',
};

describe('the embed code', () => {
  it('is an iframe of the embed page that shrinks to a narrower column and loads when seen', () => {
    expect(embedFrameHtml({ src: input.embedUrl, title: input.frameTitle })).toBe(
      '<iframe src="https://intranet.example/handbook/journeys/banca/alta-online/embed/" title="Mapa del recorrido «Abrir una cuenta online»" width="960" height="720" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });

  it('escapes a title that would otherwise break out of its attribute', () => {
    const html = embedFrameHtml({ src: 'https://x.example/a?b=1&c=2', title: 'Dice "hola" <script>alert(1)</script> & adiós' });
    expect(html).toContain('src="https://x.example/a?b=1&amp;c=2"');
    expect(html).toContain('title="Dice &quot;hola&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; adiós"');
    expect(html.match(/</g)).toHaveLength(2);
  });
});

describe('the oEmbed description of a journey', () => {
  it('is an oEmbed 1.0 "rich" response with the iframe, its size, the provider and the share image', () => {
    expect(oembedJson(input)).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Abrir una cuenta online',
      provider_name: 'Manual de experiencia de cliente',
      provider_url: 'https://intranet.example/handbook/',
      author_name: 'Dirección de Canales Digitales',
      html: embedFrameHtml({ src: input.embedUrl, title: input.frameTitle }),
      width: EMBED_SIZE.width,
      height: EMBED_SIZE.height,
      thumbnail_url: 'https://intranet.example/handbook/og/journeys/banca/alta-online.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });

  it('leaves out the author and thumbnail it was not given, rather than writing empty values', () => {
    const json = oembedJson({ ...input, authorName: undefined, thumbnailUrl: undefined });
    expect(Object.keys(json)).toEqual(['version', 'type', 'title', 'provider_name', 'provider_url', 'html', 'width', 'height']);
  });

  it('refuses a relative address, which a consumer on another host would resolve against itself', () => {
    expect(() => oembedJson({ ...input, embedUrl: '/handbook/journeys/banca/alta-online/embed/' })).toThrow(/embedUrl must be an absolute/);
    expect(() => oembedJson({ ...input, providerUrl: '/handbook/' })).toThrow(/providerUrl/);
  });
});
