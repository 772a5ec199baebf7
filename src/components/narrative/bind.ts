import { createComponent, render, renderComponent } from 'astro/compiler-runtime';

type AnyComponent = Parameters<typeof renderComponent>[2];

/**
 * A component with some props fixed in advance. MDX narratives write `<Touchpoint id="t3" />`
 * without saying which journey they belong to; the page binds the journey here, so authors
 * need no import and no extra attribute.
 */
export function withBoundProps(Component: AnyComponent, bound: Record<string, unknown>) {
  return createComponent((result: Parameters<typeof renderComponent>[0], props: Record<string, unknown>, slots: Record<string, unknown>) =>
    render`${renderComponent(result, 'Bound', Component, { ...props, ...bound }, slots as Parameters<typeof renderComponent>[4])}`,
  );
}
