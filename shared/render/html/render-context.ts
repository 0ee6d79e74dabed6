import type { ReportTemplate } from '../../domain/options.ts';
import type { LanguageCode } from '../../domain/records.ts';

/** What every section of one result needs besides its data. */
export interface RenderContext {
  /** The language of this result's labels (`report_language`). */
  lang: LanguageCode;
  rtl: boolean;
  template: ReportTemplate;
  /** Makes element ids unique when a combined report holds several results (`r0-`, `r1-`…). */
  idPrefix: string;
  /** Signed image URL → `data:` URI, when the PDF path inlined the page images. */
  inlineImages?: ReadonlyMap<string, string>;
}
