import { describe, expect, it } from 'vitest';
import { pdfPrintChromeFor } from '../../../../shared/render/html/pdf-print-chrome.ts';
import { safeImageSource, safeLinkUrl } from '../../../../shared/render/html/safe-url.ts';
import { RESULT_AR, RESULT_FULL_EN, RESULT_JA } from '../../../support/fixtures.ts';
import { reportOf } from './report-fixtures.ts';

describe('safeLinkUrl', () => {
  it('keeps absolute http(s) URLs, normalised by the URL parser', () => {
    expect(safeLinkUrl('https://files.example.com/a b.webm?X-Amz-Signature=1')).toBe(
      'https://files.example.com/a%20b.webm?X-Amz-Signature=1',
    );
    expect(safeLinkUrl('http://127.0.0.1:4569/files/x.png')).toBe('http://127.0.0.1:4569/files/x.png');
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'https://user:secret@evil.example/',
    '',
  ])('drops %j', (url) => {
    expect(safeLinkUrl(url)).toBeNull();
  });
});

describe('safeImageSource', () => {
  const signed = 'https://files.example.com/page-1.png?X-Amz-Signature=1';

  it('prefers the inlined raster data URI, else the signed URL itself', () => {
    expect(safeImageSource(signed, new Map([[signed, 'data:image/jpeg;base64,/9j/4A==']]))).toBe(
      'data:image/jpeg;base64,/9j/4A==',
    );
    expect(safeImageSource(signed, undefined)).toBe(signed);
  });

  it('refuses inlined SVG or HTML and non-http(s) URLs', () => {
    expect(safeImageSource(signed, new Map([[signed, 'data:image/svg+xml;base64,PHN2Zz4=']]))).toBeNull();
    expect(safeImageSource(signed, new Map([[signed, 'data:text/html;base64,PGI+']]))).toBeNull();
    expect(safeImageSource('javascript:alert(1)', undefined)).toBeNull();
  });
});

describe('pdfPrintChromeFor', () => {
  it('gives the candidate name (bidi-isolated) as running header and the footer in the report language', () => {
    const chrome = pdfPrintChromeFor([reportOf(RESULT_AR)], false);
    expect(chrome.headerText).toBe('\u2068ليلى حداد\u2069');
    expect(chrome.language).toBe('ar');
    expect(chrome.pageLabel).toContain('{page}');
    expect(chrome.pageLabel).toContain('{pages}');
    expect(chrome.pageLabel).not.toContain('{total}');
    expect(chrome.title).toContain('ليلى حداد');
  });

  it('uses the combined title for a combined report, in the shared language or English', () => {
    const chrome = pdfPrintChromeFor([reportOf(RESULT_FULL_EN), reportOf(RESULT_JA)], true);
    expect(chrome.headerText).toBe(chrome.title);
    expect(chrome.title).toMatch(/^Combined interview report/);
    expect(chrome.pageLabel).toBe('Page {page} of {pages}');
    expect(chrome.language).toMatch(/^en/);
    expect(pdfPrintChromeFor([reportOf(RESULT_JA)], false).pageLabel).toMatch(
      /\{page\}.*\{pages\}|\{pages\}.*\{page\}/,
    );
  });
});
