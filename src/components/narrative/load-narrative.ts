import type { MarkdownHeading } from 'astro';
import { getEntry, render } from 'astro:content';

/** The rendered MDX body of a journey, persona or track, with its headings for the table of contents. */
export async function loadNarrative(collection: 'journeys' | 'personas' | 'tracks', slug: string) {
  const entry = await getEntry(collection, slug);
  if (!entry) return undefined;
  const rendered = await render(entry);
  return { Content: rendered.Content, headings: rendered.headings.filter((heading: MarkdownHeading) => heading.depth <= 3) };
}
