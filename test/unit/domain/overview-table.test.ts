import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { buildReportData } from '../../../shared/domain/build-report-data.ts';
import { buildOverviewRows, overviewLanguage } from '../../../shared/domain/overview-rows.ts';
import type { ResultBundle } from '../../../shared/domain/records.ts';
import type { ReportData } from '../../../shared/domain/report-model.ts';
import { renderOverviewTable } from '../../../shared/render/html/overview-table.tsx';
import {
  ALL_OFF,
  bundleOf,
  RESULT_ALMOST_EMPTY,
  RESULT_AR,
  RESULT_FULL_EN,
  RESULT_JA,
} from '../../support/fixtures.ts';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;
type Element = DefaultTreeAdapterTypes.Element;

function reportOf(bundle: ResultBundle): ReportData {
  return buildReportData(
    bundle,
    { features: ALL_OFF, template: 'classic' },
    new Map(),
    bundle.result.mojito_language_code,
  );
}

function elements(node: Node, tagName: string): Element[] {
  const found: Element[] = [];
  const visit = (current: Node) => {
    if ('tagName' in current && current.tagName === tagName) found.push(current);
    if ('childNodes' in current) for (const child of current.childNodes) visit(child);
  };
  visit(node);
  return found;
}

function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(text).join('') : '';
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** Body rows as arrays of cell texts. */
function bodyRows(html: string): string[][] {
  const [tbody] = elements(parseFragment(html), 'tbody');
  if (tbody === undefined) throw new Error('no tbody');
  return elements(tbody, 'tr').map((row) =>
    row.childNodes.filter((cell): cell is Element => 'tagName' in cell).map((cell) => text(cell)),
  );
}

describe('overview rows', () => {
  it('keeps the given order and ranks by overall score, ties sharing a rank, no score no rank', () => {
    // Overall scores: AR 84, JA 91, empty null, EN 84.
    const rows = buildOverviewRows(
      [RESULT_AR, RESULT_JA, RESULT_ALMOST_EMPTY, RESULT_FULL_EN].map((id) => reportOf(bundleOf(id))),
    );
    expect(rows.map((row) => [row.candidate_name, row.rank])).toEqual([
      ['ليلى حداد', 2],
      ['佐藤 花子', 1],
      ['Jordan Lee', null],
      ['Amelia Hart', 2],
    ]);
    expect(rows[3]?.risk_count).toBe(2);
  });

  it('uses the shared report language, or English when the results differ', () => {
    expect(overviewLanguage([{ report_language: 'ja' }, { report_language: 'ja' }])).toBe('ja');
    expect(overviewLanguage([{ report_language: 'ja' }, { report_language: 'ar' }])).toBe('en');
  });
});

describe('overview table HTML', () => {
  it('has one row per candidate in order with rank, position, date, scores, risks and decision', () => {
    const reports = [RESULT_FULL_EN, RESULT_JA, RESULT_ALMOST_EMPTY].map((id) => reportOf(bundleOf(id)));
    const html = renderOverviewTable(reports, 'en');
    const [table] = elements(parseFragment(html), 'table');
    expect(table && attribute(table, 'lang')).toBe('en-GB');
    const headers = elements(parseFragment(html), 'thead').flatMap((head) => elements(head, 'th').map(text));
    expect(headers).toEqual([
      'Rank',
      'Candidate',
      'Position',
      'Date',
      'Overall',
      'Answers (AI)',
      'Interview (AI)',
      'Pronunciation',
      'Sentiment',
      'Words per minute',
      'Risks',
      'Decision',
    ]);
    expect(bodyRows(html)).toEqual([
      [
        '2',
        'Amelia Hart',
        'Senior Backend Engineer',
        '2 Mar 2026',
        '84',
        '86',
        '82',
        '90',
        '71',
        '77',
        '2',
        'Shortlisted',
      ],
      [
        '1',
        '佐藤 花子',
        'カスタマーサポート担当',
        '18 Feb 2026',
        '91',
        '90',
        '92',
        '94',
        '88',
        '85',
        '0',
        'Hired',
      ],
      ['–', 'Jordan Lee', 'Senior Backend Engineer', '–', '–', '–', '–', '–', '–', '–', '0', 'Undecided'],
    ]);
  });

  it('shows hostile candidate text as text, adding no element or attribute', () => {
    const bundle = bundleOf(RESULT_FULL_EN);
    bundle.candidate.name = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    bundle.interview.position = '"><a href="javascript:alert(3)">click</a>';
    const html = renderOverviewTable([reportOf(bundle)], 'en');
    const fragment = parseFragment(html);
    expect(elements(fragment, 'script')).toEqual([]);
    expect(elements(fragment, 'img')).toEqual([]);
    expect(elements(fragment, 'a')).toEqual([]);
    expect(bodyRows(html)[0]?.slice(1, 3)).toEqual([bundle.candidate.name, bundle.interview.position]);
  });
});
