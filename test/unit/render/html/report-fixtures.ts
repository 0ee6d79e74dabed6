/**
 * Report models for the HTML report tests, built by the real builder from the shared fixtures
 * (test/support/fixtures.ts), with made-up signed links.
 */
import { buildReportData } from '../../../../shared/domain/build-report-data.ts';
import { objectKeysToSign, type SignedLinks } from '../../../../shared/domain/objects-to-sign.ts';
import type { ExportFeatures, ReportTemplate } from '../../../../shared/domain/options.ts';
import type { LanguageCode } from '../../../../shared/domain/records.ts';
import type { ReportData } from '../../../../shared/domain/report-model.ts';
import { ALL_ON, bundleOf, RESULT_FULL_EN } from '../../../support/fixtures.ts';

export const LINK_EXPIRY = '2026-03-09T09:00:00.000Z';

export function signedUrlOf(key: string): string {
  return `https://files.example.com/${key}?X-Amz-Expires=604800&X-Amz-Signature=abc123`;
}

export function reportOf(
  resultId: string = RESULT_FULL_EN,
  options: { features?: ExportFeatures; template?: ReportTemplate; language?: LanguageCode } = {},
): ReportData {
  const bundle = bundleOf(resultId);
  const features = options.features ?? ALL_ON;
  const links: SignedLinks = new Map(
    objectKeysToSign(bundle, features).map((key) => [
      key,
      { url: signedUrlOf(key), expires_at: LINK_EXPIRY },
    ]),
  );
  return buildReportData(
    bundle,
    { features, template: options.template ?? 'classic' },
    links,
    options.language ?? bundle.result.mojito_language_code,
  );
}

/** Keys whose string values are closed enumerations or ids the templates never print as text. */
const NOT_FREE_TEXT = new Set([
  'report_language',
  'template',
  'interview_language',
  'status',
  'decision',
  'severity',
  'level',
  'verdict',
  'type',
  'grouping',
]);
const URL_KEYS = new Set(['url', 'page_signed']);

/**
 * A deep copy of `report` with every free-text string replaced by `text(path)` and every URL by
 * `url(path)`; enumerations stay valid (they pick labels, they are never printed).
 */
export function withEveryString(
  report: ReportData,
  text: (path: string) => string,
  url: (path: string) => string,
): ReportData {
  const visit = (value: unknown, path: string, key: string): unknown => {
    if (typeof value === 'string') {
      if (NOT_FREE_TEXT.has(key)) return value;
      return URL_KEYS.has(key) ? url(path) : text(path);
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, `${path}[${index}]`, key));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([childKey, child]) => [
          childKey,
          visit(child, `${path}.${childKey}`, childKey),
        ]),
      );
    }
    return value;
  };
  return visit(report, '$', '') as ReportData;
}

/** Every free-text path of a report (what `withEveryString` replaces), for coverage checks. */
export function textPaths(report: ReportData): string[] {
  const paths: string[] = [];
  withEveryString(
    report,
    (path) => {
      paths.push(path);
      return '';
    },
    () => '',
  );
  return paths;
}
