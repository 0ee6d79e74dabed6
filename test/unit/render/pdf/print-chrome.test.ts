import { describe, expect, test } from 'vitest';
import {
  cssString,
  injectIntoHead,
  pageLabelContent,
  printCss,
} from '../../../../shared/render/pdf/print-css.ts';
import { decideRequest } from '../../../../shared/render/pdf/request-policy.ts';
import { sectionPageName } from '../../../../shared/render/print-protocol.ts';
import { parsePdfRenderEvent } from '../../../../shared/usecases/pdf-render-protocol.ts';

describe('CSS strings for the running header', () => {
  test('markup, quotes, backslashes and newlines cannot leave the string or the <style> element', () => {
    const css = cssString('Ana "Lima"\\ </style><script>x</script>\nnext');
    expect(css).not.toMatch(/<|>/);
    expect(css.slice(1, -1)).not.toMatch(/(^|[^\\])"/);
    expect(css).toBe('"Ana \\22 Lima\\22 \\5c  \\3c /style\\3e \\3c script\\3e x\\3c /script\\3e \\a next"');
  });

  test("the footer label becomes literal text around the page counters, in the label language's order", () => {
    expect(pageLabelContent('{page} / {pages} ページ')).toBe('counter(page) " / " counter(pages) " ページ"');
    expect(pageLabelContent('no counters')).toBe('"no counters"');
  });

  test('right-to-left reports put the header top right and the page number bottom left', () => {
    expect(printCss({ headerText: 'ليلى', language: 'ar' })).toMatch(/@top-right \{ content: "ليلى"/);
    expect(printCss({ language: 'ar' })).toMatch(/@bottom-left/);
    expect(printCss({ headerText: 'Ana', language: 'en' })).toMatch(/@top-left \{ content: "Ana"/);
  });
});

describe('running headers of a combined report', () => {
  test("each result's named page is headed by its candidate, the rest by the report title", () => {
    const css = printCss({
      headerText: 'Combined report',
      sectionHeaders: ['Ana Lima', '佐藤 美咲'],
      language: 'en',
    });
    expect(css).toMatch(/@page \{[\s\S]*@top-left \{ content: "Combined report"/);
    expect(css).toContain(`@page ${sectionPageName(0)} { @top-left { content: "Ana Lima";`);
    expect(css).toContain(`@page ${sectionPageName(1)} { @top-left { content: "佐藤 美咲";`);
  });

  test('a hostile name stays inside its CSS string', () => {
    const css = printCss({
      sectionHeaders: ['x"; } @page { @top-left { content: url(http://127.0.0.1/) } } </style>'],
    });
    // The quote that would end the string is escaped, so the rest is text of the header, not CSS.
    expect(css).toContain(`@page ${sectionPageName(0)} { @top-left { content: "x\\22 ; } @page {`);
    expect(css).not.toMatch(/<|>/);
  });
});

describe('the renderer payload', () => {
  const base = { html: '<p>x</p>', output_key: 'exports/m/x.pdf' };
  const metadata = { title: 'T', author: 'A', language: 'en' };

  test('carries section headers as an array of strings', () => {
    const event = parsePdfRenderEvent({ ...base, metadata: { ...metadata, section_headers: ['Ana', 'Bo'] } });
    expect(event.metadata.section_headers).toEqual(['Ana', 'Bo']);
  });

  test.each([
    ['a string', 'Ana', 'metadata.section_headers'],
    ['a number among them', ['Ana', 3], 'metadata.section_headers[1]'],
    ['too many', Array.from({ length: 51 }, () => 'x'), 'metadata.section_headers'],
  ])('refuses %s, naming the field', (_, value, field) => {
    expect(() => parsePdfRenderEvent({ ...base, metadata: { ...metadata, section_headers: value } })).toThrow(
      expect.objectContaining({ field }),
    );
  });
});

test('the renderer CSS goes right after <head>, before the template styles', () => {
  expect(
    injectIntoHead('<!doctype html><html lang="en"><head><style>t</style></head></html>', '<style>r</style>'),
  ).toBe('<!doctype html><html lang="en"><head><style>r</style><style>t</style></head></html>');
});

describe('request policy', () => {
  const facts = {
    documentUrl: 'https://report.invalid/render/1',
    isNavigation: false,
    isMainFrame: true,
    documentServed: true,
  };
  test.each([
    ['http://169.254.169.254/latest/meta-data/', 'network'],
    ['https://example.com/a.css', 'network'],
    ['ws://127.0.0.1:1/', 'network'],
    ['file:///etc/passwd', 'file'],
    ['https://fonts.invalid/files/../../etc/passwd', 'unknown font'],
    ['https://fonts.invalid/fonts.css', 'network'],
  ])('refuses %s', (url, reason) => {
    expect(decideRequest({ ...facts, url })).toEqual({ action: 'deny', reason });
  });

  test('serves the document once, data: subresources and font files; no other navigation', () => {
    const document = { ...facts, url: facts.documentUrl, isNavigation: true, documentServed: false };
    expect(decideRequest(document)).toEqual({ action: 'serve-document' });
    expect(decideRequest({ ...document, documentServed: true }).action).toBe('deny');
    expect(decideRequest({ ...document, isMainFrame: false }).action).toBe('deny');
    expect(decideRequest({ ...facts, url: 'data:image/png;base64,AAAA' })).toEqual({ action: 'allow-data' });
    expect(decideRequest({ ...facts, url: 'data:text/html,x', isNavigation: true }).action).toBe('deny');
    expect(
      decideRequest({ ...facts, url: 'https://fonts.invalid/files/noto-sans-latin-400-normal.woff2' }),
    ).toEqual({
      action: 'serve-font',
      file: 'noto-sans-latin-400-normal.woff2',
    });
  });
});
