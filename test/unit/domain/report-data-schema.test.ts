import { describe, expect, it } from 'vitest';
import { buildReportData } from '../../../shared/domain/build-report-data.ts';
import { objectKeysToSign } from '../../../shared/domain/objects-to-sign.ts';
import { ALL_ON, bundleOf, RESULT_FULL_EN } from '../../support/fixtures.ts';
import { reportDataErrors } from '../../support/report-data-validator.ts';

function fullReport(): Record<string, unknown> {
  const bundle = bundleOf(RESULT_FULL_EN);
  const links = new Map(
    objectKeysToSign(bundle, ALL_ON).map((key) => [
      key,
      { url: `https://signed.example.test/${key}`, expires_at: '2026-03-10T12:00:00.000Z' },
    ]),
  );
  return structuredClone(
    buildReportData(bundle, { features: ALL_ON, template: 'modern' }, links, 'en'),
  ) as unknown as Record<string, unknown>;
}

describe('the published ReportData schema', () => {
  it('accepts a full report', () => {
    expect(reportDataErrors(fullReport())).toEqual([]);
  });

  it('is strict: an unknown key, a misspelt field or a missing core section is refused', () => {
    expect(reportDataErrors({ ...fullReport(), surprise: true })).not.toEqual([]);
    const misspelt = fullReport();
    misspelt.contact_details = { email: null, linkedin: null, phone_number: null, address: null };
    expect(reportDataErrors(misspelt)).not.toEqual([]);
    const { header: _header, ...headless } = fullReport();
    expect(reportDataErrors(headless)).not.toEqual([]);
  });

  it('refuses values outside their enums and a transcript mixing both groupings', () => {
    const report = fullReport();
    expect(reportDataErrors({ ...report, report_language: 'xx' })).not.toEqual([]);
    const transcript = report.transcript as Record<string, unknown>;
    expect(
      reportDataErrors({ ...report, transcript: { ...transcript, grouping: 'chronological' } }),
    ).not.toEqual([]);
  });
});
