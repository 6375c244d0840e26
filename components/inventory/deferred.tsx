import type { ReactNode } from 'react';

/**
 * Renders `children` with what `value` resolves to. Placed inside a `<Suspense>` boundary, the page's shell and
 * its other sections stream to the browser first and this section follows when its AWS calls answer. Props:
 * `value` (a promise the page started, usually of a `Section`), `children` (renders the resolved value).
 */
export async function Deferred<T>({ value, children }: { value: Promise<T>; children: (value: T) => ReactNode }) {
  return children(await value);
}
