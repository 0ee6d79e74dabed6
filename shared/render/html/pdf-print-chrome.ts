/**
 * What the PDF renderer needs besides the document: the running header (candidate name), the
 * "page X of Y" label in the report language, and the PDF's title and language metadata.
 *
 * The renderer draws header and footer as CSS page-margin boxes (shared/render/pdf/print-css.ts) and
 * takes `{page}` / `{pages}` placeholders; our catalogs say `{page}` / `{total}`, mapped here.
 */
import { overviewLanguage } from '../../domain/overview-rows.ts';
import type { LanguageCode } from '../../domain/records.ts';
import type { ReportData } from '../../domain/report-model.ts';
import { localeFor as localeOf } from '../i18n/index.ts';
import { documentTitle, isolate } from './render-report-html.tsx';
import { labelsFor } from './sections/labels.ts';

export interface PdfPrintChrome {
  /** Running header on every page: the candidate's name (a combined report: its title). Plain text. */
  headerText: string;
  /** A combined report: each result's pages are headed by its candidate's name. Plain text. */
  sectionHeaders: string[];
  /** Footer with the renderer's placeholders, e.g. `Page {page} of {pages}`. Plain text. */
  pageLabel: string;
  /** PDF title (same as the HTML `<title>`). */
  title: string;
  /** BCP 47 tag of the document language, e.g. `pt-BR`. */
  language: string;
}

/**
 * @example
 * const chrome = pdfPrintChromeFor(reports, false);
 * await renderer.render(html, { ...chrome, author: merchantName });
 */
export function pdfPrintChromeFor(
  reports: readonly ReportData[],
  combined: boolean,
  language: LanguageCode = overviewLanguage(reports),
): PdfPrintChrome {
  const l = labelsFor(language);
  const first = reports[0];
  const title = documentTitle([...reports], combined, language);
  return {
    headerText: !combined && first ? isolate(first.header.candidate_name) : title,
    sectionHeaders: combined ? reports.map((report) => isolate(report.header.candidate_name)) : [],
    pageLabel: l('report.page_of', { page: '{page}', total: '{pages}' }),
    title,
    language: localeOf(language),
  };
}
