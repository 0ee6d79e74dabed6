/**
 * The HTML report: one whole, self-contained document (`html_export`, and what the PDF renderer prints).
 */
import { render } from 'preact-render-to-string';
import type { ReportTemplate } from '../../domain/options.ts';
import { overviewLanguage } from '../../domain/overview-rows.ts';
import type { LanguageCode } from '../../domain/records.ts';
import type { ReportData } from '../../domain/report-model.ts';
import { isRightToLeft, localeFor as localeOf } from '../i18n/index.ts';
import { FONT_ORIGIN, sectionPageName } from '../print-protocol.ts';
import { formatNumber } from './format.ts';
import { OverviewTable, ScoreScaleLegend } from './overview-table.tsx';
import { questionNumbers } from './question-numbers.ts';
import type { RenderContext } from './render-context.ts';
import { safeImageSource } from './safe-url.ts';
import { Analytics } from './sections/analytics.tsx';
import { Assessment } from './sections/assessment.tsx';
import { ContactDetails } from './sections/contact-details.tsx';
import { Files } from './sections/files.tsx';
import { ReportHeader } from './sections/header.tsx';
import { labelsFor } from './sections/labels.ts';
import { OnePager } from './sections/one-pager.tsx';
import { Recordings } from './sections/recordings.tsx';
import { RiskFlags } from './sections/risk-flags.tsx';
import { Rubric } from './sections/rubric.tsx';
import { ScoreBreakdown } from './sections/score-breakdown.tsx';
import { Transcript } from './sections/transcript.tsx';
import { stylesheetFor } from './styles/stylesheet.ts';

/**
 * Version of the templates' output: part of the PDF content hash (shared/usecases/export-pdf.ts), so
 * bump it whenever the same report model would render differently (markup, styles, labels used).
 */
export const HTML_TEMPLATE_VERSION = 'html-report/5';

export interface RenderReportHtmlOptions {
  /** The results' report models, in the order the caller asked for them. */
  reports: ReportData[];
  /** A combined report (`interview_result_ids`): overview table first, each result on a new page. */
  combined: boolean;
  template: ReportTemplate;
  /**
   * The document's language (`<html lang>`, `<title>`); each result is labelled in its own
   * `report_language`. Defaults to the language all results share, else English.
   */
  language?: LanguageCode;
  /** The overview table's language; defaults to the language all results share, else English. */
  overviewLanguage?: LanguageCode;
  /**
   * Signed page-image URL → `data:image/...;base64,` URI. The PDF path inlines the images so the
   * renderer never fetches; a URL without an entry stays a signed URL.
   */
  inlineImages?: ReadonlyMap<string, string>;
}

/** U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: bidi isolation in plain text. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export function documentTitle(reports: ReportData[], combined: boolean, language: LanguageCode): string {
  const l = labelsFor(language);
  const first = reports[0];
  if (!combined && first) return `${l('report.title')} – ${isolate(first.header.candidate_name)}`;
  return `${l('report.combined_title')} – ${l('overview.candidates_count', { count: formatNumber(language, reports.length) })}`;
}

/**
 * Content-Security-Policy of the document: nothing may load or run except inline styles, inlined
 * images and the origins of the report's own signed page images (defence in depth: the templates
 * already emit no script and no other URL). Fonts: `data:` and the PDF renderer's synthetic font
 * origin (a reserved `.invalid` name that resolves nowhere outside the renderer), whose @font-face
 * rules the renderer adds when it prints.
 */
export function contentSecurityPolicy(
  reports: ReportData[],
  inlineImages?: ReadonlyMap<string, string>,
): string {
  const origins = new Set<string>();
  for (const report of reports) {
    for (const page of report.files ?? []) {
      const src = safeImageSource(page.page_signed, inlineImages);
      if (src && !src.startsWith('data:')) origins.add(new URL(src).origin);
    }
  }
  const images = ['data:', ...[...origins].sort()].join(' ');
  return `default-src 'none'; style-src 'unsafe-inline'; img-src ${images}; font-src data: ${FONT_ORIGIN}; base-uri 'none'; form-action 'none'`;
}

function ResultSections({ report, ctx }: { report: ReportData; ctx: RenderContext }) {
  if (ctx.template === 'one_pager') return <OnePager report={report} ctx={ctx} />;
  const hasRecordings = report.session_recording !== undefined || report.answer_recordings !== undefined;
  const numbers = questionNumbers(report);
  return (
    <>
      <ReportHeader report={report} ctx={ctx} />
      {report.risk_flags.length > 0 && <RiskFlags flags={report.risk_flags} ctx={ctx} />}
      {report.contact_details && <ContactDetails contact={report.contact_details} ctx={ctx} />}
      {report.ai_recruiter_assessment && <Assessment assessment={report.ai_recruiter_assessment} ctx={ctx} />}
      {report.ai_scoring_rubric && (
        <Rubric questions={report.ai_scoring_rubric.questions} numbers={numbers} ctx={ctx} />
      )}
      <ScoreBreakdown report={report} numbers={numbers} ctx={ctx} />
      {report.transcript && <Transcript transcript={report.transcript} numbers={numbers} ctx={ctx} />}
      {report.analytics && <Analytics analytics={report.analytics} ctx={ctx} />}
      {hasRecordings && (
        <Recordings session={report.session_recording} answers={report.answer_recordings} ctx={ctx} />
      )}
      {report.files && <Files files={report.files} ctx={ctx} />}
    </>
  );
}

function ReportDocument(options: RenderReportHtmlOptions & { language: LanguageCode }) {
  const { reports, combined, template, language } = options;
  const tableLanguage = options.overviewLanguage ?? overviewLanguage(reports);
  const l = labelsFor(tableLanguage);
  return (
    <html
      lang={localeOf(language)}
      dir={isRightToLeft(language) ? 'rtl' : 'ltr'}
      class={`template-${template}`}
    >
      <head>
        <meta charset="utf-8" />
        <meta
          http-equiv="Content-Security-Policy"
          content={contentSecurityPolicy(reports, options.inlineImages)}
        />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="referrer" content="no-referrer" />
        <title>{documentTitle(reports, combined, language)}</title>
        <style
          // The one raw insertion of the document: our own constant CSS (see stylesheetFor), never content.
          // As text it would be entity-escaped, and a <style> element does not decode entities.
          dangerouslySetInnerHTML={{
            __html: stylesheetFor(template, [language, ...reports.map((report) => report.report_language)]),
          }}
        />
      </head>
      <body class={combined ? 'combined' : 'single'}>
        {combined && (
          <section
            class="overview-page"
            lang={localeOf(tableLanguage)}
            dir={isRightToLeft(tableLanguage) ? 'rtl' : 'ltr'}
            aria-labelledby="overview-title"
          >
            <header class="overview-header">
              <p class="eyebrow">{l('report.combined_title')}</p>
              <h1 id="overview-title">{l('overview.title')}</h1>
              <p class="overview-count">
                {l('overview.candidates_count', { count: formatNumber(tableLanguage, reports.length) })}
              </p>
            </header>
            <OverviewTable reports={reports} language={tableLanguage} />
            <ScoreScaleLegend language={tableLanguage} />
          </section>
        )}
        {reports.map((report, index) => {
          const ctx: RenderContext = {
            lang: report.report_language,
            rtl: isRightToLeft(report.report_language),
            template,
            idPrefix: `r${index}-`,
            ...(options.inlineImages ? { inlineImages: options.inlineImages } : {}),
          };
          return (
            <article
              class="result"
              id={`result-${index + 1}`}
              // A combined report's PDF heads each result's pages with that candidate's name.
              style={combined ? `page: ${sectionPageName(index)}` : undefined}
              lang={localeOf(report.report_language)}
              dir={ctx.rtl ? 'rtl' : 'ltr'}
            >
              <ResultSections report={report} ctx={ctx} />
            </article>
          );
        })}
      </body>
    </html>
  );
}

/**
 * Renders the report as a whole HTML document: no script, inline styles, nothing loaded but the
 * report's own signed page images (or their inlined copies).
 *
 * @example
 * const html = renderReportHtml({ reports: [data], combined: false, template: 'classic' });
 * return { html_export: html };
 */
export function renderReportHtml(options: RenderReportHtmlOptions): string {
  if (options.reports.length === 0) throw new RangeError('renderReportHtml needs at least one report');
  const language = options.language ?? overviewLanguage(options.reports);
  return `<!doctype html>${render(<ReportDocument {...options} language={language} />)}`;
}
