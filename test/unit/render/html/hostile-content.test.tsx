/**
 * Hostile content in any text field of the report model stays text: it adds no element, attribute,
 * request or style, and cannot reorder the text around it. Asserted on the parsed document.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportTemplate } from '../../../../shared/domain/options.ts';
import type { ReportData } from '../../../../shared/domain/report-model.ts';
import { renderReportHtml } from '../../../../shared/render/html/render-report-html.tsx';
import { ALL_ON, RESULT_FULL_EN, RESULT_JA } from '../../../support/fixtures.ts';
import {
  allElements,
  ancestorsOf,
  attr,
  byTag,
  type Element,
  type Node,
  parseDocument,
  textNodes,
  textOf,
} from './html-tree.ts';
import { reportOf, textPaths, withEveryString } from './report-fixtures.ts';

const TEXT_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '"><svg onload=alert(3)><use href="https://evil.example/s.svg#a"/></svg>',
  "'><a href='javascript:alert(4)'>click</a>",
  '</style><script>alert(5)</script><style>',
  '</title><script>alert(6)</script>',
  'body { background: url(https://evil.example/track.png) } @import "https://evil.example/x.css";',
  '<svg><image href="https://evil.example/i.png"/><foreignObject><iframe src="https://evil.example"></iframe></foreignObject></svg>',
  '<iframe src="https://evil.example/frame"></iframe><object data="https://evil.example/o"></object>',
  '<link rel="stylesheet" href="https://evil.example/s.css"><meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/"><form action="https://evil.example"><button>go</button></form>',
  '\u202Egnp.exe\u202C and \u202D override \u2066isolate',
  '<!-- comment --><template><script>alert(7)</script></template><![CDATA[x]]>',
  '&lt;script&gt;alert(8)&lt;/script&gt; &amp;',
  'javascript:alert(9)',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(10)>',
];

const URL_PAYLOADS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(2)',
  'java\tscript:alert(3)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(5)>',
  'vbscript:msgbox(6)',
  'file:///etc/passwd',
  '//evil.example/protocol-relative',
  'https://user:pass@evil.example/credentials',
  '"><script>alert(7)</script>',
];

/** Metadata the document itself declares; anything beyond is injected. */
const OWN_META = ['charset', 'Content-Security-Policy', 'viewport', 'color-scheme', 'referrer'];

const FORBIDDEN_TAGS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'audio',
  'video',
  'source',
  'track',
  'noscript',
  'template',
  'math',
  'use',
  'image',
  'foreignObject',
  'animate',
  'set',
];
const URL_ATTRIBUTES = [
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'data',
  'poster',
  'srcset',
  'background',
  'ping',
];

function hostileReport(seed: number): ReportData {
  let index = seed;
  return withEveryString(
    reportOf(RESULT_FULL_EN, { features: ALL_ON }),
    () => TEXT_PAYLOADS[index++ % TEXT_PAYLOADS.length] as string,
    () => URL_PAYLOADS[index++ % URL_PAYLOADS.length] as string,
  );
}

/** What must hold for any rendered report; `allowedUrls` are the only href/src values allowed. */
function expectInert(
  html: string,
  allowedUrls: ReadonlySet<string> = new Set(),
): ReturnType<typeof parseDocument> {
  const document = parseDocument(html);
  const elements = allElements(document);
  for (const tag of FORBIDDEN_TAGS) expect(byTag(document, tag), `<${tag}>`).toEqual([]);
  expect(byTag(document, 'style')).toHaveLength(1);
  const metas = byTag(document, 'meta').map((meta) =>
    attr(meta, 'charset') !== undefined ? 'charset' : (attr(meta, 'http-equiv') ?? attr(meta, 'name')),
  );
  expect(metas).toEqual(OWN_META);
  const htmlTitles = byTag(document, 'title').filter(
    (title) => title.namespaceURI === 'http://www.w3.org/1999/xhtml',
  );
  expect(htmlTitles).toHaveLength(1);
  for (const element of elements) {
    for (const attribute of element.attrs) {
      expect(attribute.name.toLowerCase().startsWith('on'), `${element.tagName} ${attribute.name}`).toBe(
        false,
      );
      if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase())) {
        expect(
          allowedUrls.has(attribute.value),
          `${element.tagName} ${attribute.name}=${attribute.value}`,
        ).toBe(true);
      }
      if (attribute.name === 'style') expect(attribute.value).not.toMatch(/url\(|expression\(|@import|\\/i);
    }
  }
  const [style] = byTag(document, 'style');
  const css = style ? textOf(style) : '';
  expect(css).not.toMatch(/evil\.example|alert|url\(|@import/);
  return document;
}

describe('hostile content in every text field', () => {
  it('covers every free-text field of a full report', () => {
    // The fixture exercises every section, so every field kind gets a payload.
    const paths = textPaths(reportOf(RESULT_FULL_EN, { features: ALL_ON }));
    for (const field of [
      '$.header.candidate_name',
      '$.header.position',
      '$.header.interview_name',
      '$.contact_details.email',
      '$.contact_details.linkedin_url',
      '$.contact_details.address',
      '$.ai_recruiter_assessment.summary',
      '$.ai_recruiter_assessment.key_statement',
      '$.ai_recruiter_assessment.resume_analysis',
      '$.ai_recruiter_assessment.reasons_to_hire[0]',
      '$.ai_recruiter_assessment.reasons_not_to_hire[0]',
      '$.risk_flags[0].description',
      '$.risk_flags[0].code',
      '$.ai_scoring_rubric.questions[0].question',
      '$.ai_scoring_rubric.questions[0].expectations[0].expectation',
      '$.analytics.answers[0].question',
      '$.answer_recordings[0].question',
      '$.files[0].file_name',
    ]) {
      expect(paths).toContain(field);
    }
    expect(paths.some((path) => path.startsWith('$.transcript.questions[0].answers[0].answer'))).toBe(true);
    expect(paths.some((path) => path.includes('.ai_analysis'))).toBe(true);
    expect(paths.some((path) => /expectations\[\d+\]\.evidence$/.test(path))).toBe(true);
  });

  for (const template of ['classic', 'modern', 'one_pager'] as const satisfies readonly ReportTemplate[]) {
    it(`${template}: adds no element, attribute, URL or style, and prints the payloads as text`, () => {
      for (let seed = 0; seed < TEXT_PAYLOADS.length; seed += 3) {
        const report = hostileReport(seed);
        const html = renderReportHtml({
          reports: [report, hostileReport(seed + 1)],
          combined: true,
          template,
        });
        const document = expectInert(html);
        const text = textOf(document);
        // The candidate name and the summary are shown verbatim, as text.
        expect(text).toContain(report.header.candidate_name);
        if (template !== 'one_pager') expect(text).toContain(report.ai_recruiter_assessment?.summary ?? '');
      }
    });
  }

  it('drops every link and image whose URL is not plain http(s)', () => {
    const html = renderReportHtml({ reports: [hostileReport(0)], combined: false, template: 'classic' });
    const document = expectInert(html);
    expect(byTag(document, 'a')).toEqual([]);
    expect(byTag(document, 'img')).toEqual([]);
  });

  it('keeps bidi overrides inside an isolate, so they cannot flip the labels around them', () => {
    const report = withEveryString(
      reportOf(RESULT_FULL_EN, { features: ALL_ON }),
      () => '\u202Eevil override',
      (path) => `https://files.example.com/${encodeURIComponent(path)}`,
    );
    for (const template of ['classic', 'modern', 'one_pager'] as const) {
      const document = parseDocument(renderReportHtml({ reports: [report], combined: true, template }));
      const overridden = textNodes(document).filter((node) => node.value.includes('\u202E'));
      expect(overridden.length).toBeGreaterThan(5);
      for (const node of overridden) {
        const parent = node.parent as Element;
        if (parent.tagName === 'title') {
          // Plain text has no elements: the title wraps the name in FSI … PDI.
          expect(node.value).toMatch(/\u2068\u202Eevil override\u2069/);
          continue;
        }
        const chain = [parent, ...(ancestorsOf(document, parent) ?? [])];
        const isolated = chain.some(
          (element) => element.tagName === 'bdi' || attr(element, 'dir') === 'auto',
        );
        expect(isolated, `text in <${parent.tagName} class="${attr(parent, 'class')}">`).toBe(true);
      }
    }
  });

  it('property: arbitrary text in every field adds no element or attribute', () => {
    const base = reportOf(RESULT_JA, { features: ALL_ON });
    const baseline = renderReportHtml({ reports: [base], combined: false, template: 'classic' });
    const shape = (html: string) =>
      allElements(parseDocument(html) as Node).map(
        (element) => `${element.tagName}[${element.attrs.map((a) => a.name).join(',')}]`,
      );
    const baselineTags = new Set(shape(baseline).map((entry) => entry.split('[')[0]));
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.constantFrom(...TEXT_PAYLOADS),
        (noise, payload) => {
          const report = withEveryString(
            base,
            () => `${noise}${payload}${noise}`,
            () => `${noise}`,
          );
          const html = renderReportHtml({ reports: [report], combined: false, template: 'classic' });
          const document = expectInert(html);
          for (const element of allElements(document)) expect(baselineTags.has(element.tagName)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('allowed URLs', () => {
  it("links recordings and shows file pages only from the model's own signed http(s) URLs", () => {
    const report = reportOf(RESULT_FULL_EN, { features: ALL_ON });
    const allowed = new Set([
      ...(report.answer_recordings ?? []).map((recording) => recording.recording.url),
      ...[report.session_recording?.session?.url, report.session_recording?.video_introduction?.url].filter(
        (url): url is string => url !== undefined,
      ),
      ...(report.files ?? []).map((page) => page.page_signed),
      report.contact_details?.linkedin_url ?? '',
    ]);
    const document = expectInert(
      renderReportHtml({ reports: [report], combined: false, template: 'classic' }),
      allowed,
    );
    expect(byTag(document, 'img').map((img) => attr(img, 'src'))).toEqual(
      report.files?.map((page) => page.page_signed),
    );
    expect(byTag(document, 'a')).toHaveLength(allowed.size - (report.files?.length ?? 0));
  });

  it('uses the inlined data URI of a page image when given one, and refuses anything but a raster data URI', () => {
    const report = reportOf(RESULT_FULL_EN, { features: ALL_ON });
    const [first, second] = report.files ?? [];
    if (!first || !second) throw new Error('fixture needs two file pages');
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const inlineImages = new Map([
      [first.page_signed, png],
      [second.page_signed, 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
    ]);
    const document = parseDocument(
      renderReportHtml({
        reports: [{ ...report, files: [first, second] }],
        combined: false,
        template: 'classic',
        inlineImages,
      }),
    );
    expect(byTag(document, 'img').map((img) => attr(img, 'src'))).toEqual([png]);
  });

  it('declares a Content-Security-Policy allowing images only from data: and the signed URLs\u2019 origins', () => {
    const document = parseDocument(
      renderReportHtml({
        reports: [reportOf(RESULT_FULL_EN, { features: ALL_ON })],
        combined: false,
        template: 'classic',
      }),
    );
    const csp = byTag(document, 'meta').find(
      (meta) => attr(meta, 'http-equiv') === 'Content-Security-Policy',
    );
    const policy = csp ? (attr(csp, 'content') ?? '') : '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/img-src data: https:\/\/files\.example\.com;/);
    expect(policy).not.toMatch(/script-src(?! 'none')/);
  });
});
