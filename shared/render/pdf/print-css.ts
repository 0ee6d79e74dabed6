/**
 * The CSS the renderer adds to every document it prints: the page box (A4, margins), the running
 * header and the "page X of Y" footer as CSS page-margin boxes, and the report font stack.
 *
 * Why margin boxes and not puppeteer's `displayHeaderFooter` templates: Chromium draws those templates
 * with system fonts only (web fonts, even `data:` ones, are not loaded there; measured with Chromium
 * 153). On Lambda the only system font is Open Sans, so a Japanese or Thai candidate name printed as
 * blanks. Margin boxes (Chromium ≥ 131) belong to the document and use its web fonts.
 */

import { LANGUAGES, type LanguageInfo } from '../i18n/locales.ts';
import { sectionPageName } from '../print-protocol.ts';
import { fontStack } from './font-families.ts';

/** Right to left as the language table says; a tag outside the 34 report languages prints left to right. */
function isRightToLeftTag(primary: string): boolean {
  return (LANGUAGES as Readonly<Record<string, LanguageInfo | undefined>>)[primary]?.direction === 'rtl';
}

export interface PrintChrome {
  /** Running header, top of every page (the candidate name). Plain text; escaped here. */
  headerText?: string | undefined;
  /**
   * A combined report's header per result, on the pages of its named page (`sectionPageName(i)`);
   * `headerText` stays on the other pages. Plain text; escaped here.
   */
  sectionHeaders?: readonly string[] | undefined;
  /**
   * Footer, with `{page}` and `{pages}` placeholders, e.g. `Page {page} of {pages}` or
   * `{page} / {pages} ページ`. Plain text; escaped here.
   */
  pageLabel?: string | undefined;
  /** BCP 47 language of the report; picks the CJK face order and the side of the header. */
  language?: string | undefined;
}

export const DEFAULT_PAGE_LABEL = 'Page {page} of {pages}';

/**
 * A CSS string literal holding `text` verbatim. Quotes and backslashes are escaped, and so are `<`
 * and `>`: the string lands inside an HTML `<style>` element, where `</style>` would end it.
 * Control characters become hex escapes (the trailing space ends the escape, CSS Syntax §4.3.7).
 *
 * @example cssString('A "quoted" </style> name') // '"A \\22 quoted\\22  \\3c /style\\3e  name"'
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0) out += '\uFFFD';
    else if (char === '"' || char === '\\' || char === '<' || char === '>' || code < 0x20 || code === 0x7f) {
      out += `\\${code.toString(16)} `;
    } else out += char;
  }
  return `${out}"`;
}

/**
 * The `content` value of the footer: literal text and the `page` / `pages` counters.
 *
 * @example pageLabelContent('Page {page} of {pages}') // '"Page " counter(page) " of " counter(pages)'
 */
export function pageLabelContent(label: string): string {
  const parts: string[] = [];
  let rest = label;
  for (;;) {
    const match = /\{(pages|page)\}/.exec(rest);
    if (!match) break;
    if (match.index > 0) parts.push(cssString(rest.slice(0, match.index)));
    parts.push(`counter(${match[1]})`);
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest.length > 0 || parts.length === 0) parts.push(cssString(rest));
  return parts.join(' ');
}

/** The primary subtag of a language tag, lower case (`pt-BR` → `pt`). */
function primaryLanguage(language: string | undefined): string {
  return (language ?? '').toLowerCase().split('-')[0] ?? '';
}

/**
 * The stylesheet added in front of the document's own styles: page box, margin boxes, fonts.
 * Later `@page` rules of the template still win over the page size and margins.
 *
 * @example printCss({ headerText: 'Ana Lima', language: 'pt' })
 */
export function printCss(chrome: PrintChrome): string {
  const language = primaryLanguage(chrome.language);
  const rtl = isRightToLeftTag(language);
  const stack = fontStack(language);
  const box = `font-family: ${stack}; font-size: 8pt; color: #5f6368; direction: ${rtl ? 'rtl' : 'ltr'};`;
  const headerBox = (text: string | undefined) =>
    text && text.trim() !== ''
      ? `@top-${rtl ? 'right' : 'left'} { content: ${cssString(text.trim())}; ${box} vertical-align: bottom; }`
      : '';
  const header = headerBox(chrome.headerText);
  // Named pages take the page box of the plain @page rule and override only their header.
  const sections = (chrome.sectionHeaders ?? []).map(
    (text, index) => `@page ${sectionPageName(index)} { ${headerBox(text)} }`,
  );
  const footer = `@bottom-${rtl ? 'left' : 'right'} { content: ${pageLabelContent(chrome.pageLabel ?? DEFAULT_PAGE_LABEL)}; ${box} vertical-align: top; }`;
  // Every element gets the report stack: the renderer has no other fonts, and a template stack that
  // names fonts absent here (system-ui, Segoe UI…) would fall back to Open Sans and print boxes for
  // Thai, Tamil, Devanagari and CJK. `:lang()` (more specific) orders the CJK faces per language.
  const cjk = ['ja', 'ko', 'zh']
    .map((code) => `:lang(${code}) { font-family: ${fontStack(code)} !important; }`)
    .join('\n');
  return [
    `@page { size: A4; margin: 20mm 16mm 18mm 16mm; ${header} ${footer} }`,
    ...sections,
    `* { font-family: ${stack} !important; }`,
    cjk,
  ].join('\n');
}

/**
 * Inserts `markup` right after the opening `<head>` tag (or `<html>`, or at the start), so the
 * document's own styles come later and override page size and margins if they want to.
 *
 * @example injectIntoHead('<html><head><title>x</title></head></html>', '<style>a{}</style>')
 */
export function injectIntoHead(html: string, markup: string): string {
  const anchor = /<head(?:\s[^>]*)?>/i.exec(html) ?? /<html(?:\s[^>]*)?>/i.exec(html);
  if (anchor) {
    const at = anchor.index + anchor[0].length;
    return html.slice(0, at) + markup + html.slice(at);
  }
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return html.slice(0, at) + markup + html.slice(at);
}
