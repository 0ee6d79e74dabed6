/**
 * Document metadata Chromium does not write. Measured with Chromium 153: it takes `Title` from
 * `<title>` and `/Lang` from `<html lang>`, and writes no `Author` (`<meta name="author">` is
 * ignored). pdf-lib sets the Info dictionary and the catalog's `/Lang`; everything else (the tag
 * tree, the outline, links) is copied through unchanged.
 */
import { PDFDocument } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  /** BCP 47 tag, e.g. `ja` or `pt-BR`. */
  language: string;
  subject?: string | undefined;
}

/** Written as the Info dictionary's `Creator`. */
export const PDF_CREATOR = 'interview-report pdf-renderer';

/**
 * Sets title, author, language (and subject) of a PDF and counts its pages.
 *
 * @example const { pdf, pages } = await applyPdfMetadata(bytes, { title: 'Report', author: 'Acme', language: 'en' });
 */
export async function applyPdfMetadata(
  bytes: Uint8Array,
  metadata: PdfMetadata,
): Promise<{ pdf: Uint8Array; pages: number }> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setLanguage(metadata.language);
  if (metadata.subject) document.setSubject(metadata.subject);
  document.setCreator(PDF_CREATOR);
  // Object streams would shrink the file a little but cost time on every save; Chromium does not
  // write them either.
  const pdf = await document.save({
    useObjectStreams: false,
    addDefaultPage: false,
    updateFieldAppearances: false,
  });
  return { pdf, pages: document.getPageCount() };
}
