/**
 * What the HTML templates and the PDF renderer agree on, kept apart from both so neither imports the
 * other: the CSS named page of a combined report's i-th result (the templates place each result on
 * it, the renderer gives it its running header) and the synthetic origin the renderer serves fonts
 * from (the templates' CSP allows it; the renderer's request policy answers it).
 */

/** Reserved name (RFC 2606 `.invalid`): even a request that escaped interception resolves nowhere. */
export const FONT_ORIGIN = 'https://fonts.invalid';

/**
 * The CSS named page (`page: …`) of a combined report's i-th result, whose margin boxes carry that
 * candidate's name.
 *
 * @example sectionPageName(0) // 'report-section-1'
 */
export function sectionPageName(index: number): string {
  return `report-section-${index + 1}`;
}
