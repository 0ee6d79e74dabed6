import type { ReportTemplate } from '../../../domain/options.ts';
import type { LanguageCode } from '../../../domain/records.ts';
import { BASE_CSS } from './base.ts';
import { CLASSIC_CSS } from './classic.ts';
import { fontRules } from './fonts.ts';
import { MODERN_CSS } from './modern.ts';
import { ONE_PAGER_CSS } from './one-pager.ts';

const TEMPLATE_CSS: Readonly<Record<ReportTemplate, string>> = {
  classic: CLASSIC_CSS,
  modern: MODERN_CSS,
  one_pager: ONE_PAGER_CSS,
};

/**
 * The document's one stylesheet: shared structure, the template's character, and font stacks for the
 * languages present (the first is the document's). Made only of constants and language codes from
 * the closed list: no content ever reaches CSS.
 */
export function stylesheetFor(template: ReportTemplate, languages: readonly LanguageCode[]): string {
  const css = `${BASE_CSS}\n${TEMPLATE_CSS[template]}\n${fontRules(languages)}`;
  // The stylesheet is inserted raw into <style>; it is constant, but make the invariant explicit.
  if (/<\/?style|<!--|url\(/i.test(css)) throw new Error('stylesheet must not contain markup or url()');
  return css;
}
