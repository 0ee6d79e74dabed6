import { describe, expect, it } from 'vitest';
import { REPORT_TEMPLATES } from '../../../../shared/domain/options.ts';
import { LANGUAGE_CODES } from '../../../../shared/domain/records.ts';
import { stylesheetFor } from '../../../../shared/render/html/styles/stylesheet.ts';

describe('the report stylesheet', () => {
  // The PDF renderer declares and preloads a font for every script the document's text uses, the
  // style element included: one Japanese character in a CSS comment made every English PDF carry
  // two CJK font files.
  it.each(REPORT_TEMPLATES)('is plain ASCII for the %s template in every language', (template) => {
    for (const language of LANGUAGE_CODES) {
      const css = stylesheetFor(template, [language]);
      const foreign = [...css].filter((character) => character.charCodeAt(0) > 0x7e);
      expect(foreign, `${template}/${language}`).toEqual([]);
    }
  });
});
