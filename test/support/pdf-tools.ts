/**
 * Reads PDFs the way a person's tools do: poppler's pdftotext, pdffonts and pdfinfo (Debian package
 * poppler-utils; infra/local/bootstrap.sh installs it). Used by the PDF renderer tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

function withFile<T>(pdf: Uint8Array, read: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-tools-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, pdf);
    return read(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text in reading order (`pdftotext`, UTF-8), whitespace collapsed. */
export function pdfText(pdf: Uint8Array): string {
  return withFile(pdf, (path) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of each page (`pdftotext` separates pages with a form feed), lines kept. */
export function pdfPages(pdf: Uint8Array): string[] {
  const text = withFile(pdf, (path) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  );
  return text.split('\f').slice(0, -1);
}

/** The embedded font names (`pdffonts`), subset prefixes removed (`ABCDEF+NotoSansJP-Regular` → `NotoSansJP-Regular`). */
export function pdfFonts(pdf: Uint8Array): Array<{ name: string; embedded: boolean }> {
  const out = withFile(pdf, (path) => execFileSync('pdffonts', [path], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      const name = (columns[0] ?? '').replace(/^[A-Z]{6}\+/, '');
      // Columns from the right: emb sub uni object-number generation.
      const embedded = columns.at(-5) === 'yes';
      return { name, embedded };
    });
}

/** `pdfinfo` as key → value (Title, Author, Pages, Page size, Tagged, …). */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const out = withFile(pdf, (path) => execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' }));
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1] as string, match[2] as string]),
  );
}

/** The catalog's `/Lang`, decoded (pdfinfo does not print it). */
export function pdfLanguage(pdf: Uint8Array): string | undefined {
  const text = Buffer.from(pdf).toString('latin1');
  const all = [...text.matchAll(/\/Lang\s*(?:\(([^)]*)\)|<FEFF([0-9A-Fa-f]*)>)/g)];
  const last = all.at(-1);
  if (!last) return undefined;
  if (last[1] !== undefined) return last[1];
  const hex = last[2] ?? '';
  let out = '';
  for (let i = 0; i < hex.length; i += 4)
    out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/**
 * What poppler complains about while reading the whole file (`pdfinfo` on stderr): empty for a file
 * whose cross-reference sections are right, "Syntax Error…" lines for one it had to reconstruct.
 */
export function pdfSyntaxErrors(pdf: Uint8Array): string {
  return withFile(pdf, (path) => spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stderr).trim();
}

/**
 * The catalog entries pdfinfo does not print, read with pdf-lib: `/Lang` and whether viewers are asked
 * to show the document title instead of the file name (`/ViewerPreferences /DisplayDocTitle`).
 */
export async function pdfCatalogEntries(
  pdf: Uint8Array,
): Promise<{ language: string | undefined; displayDocTitle: boolean }> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const lang = document.catalog.lookup(PDFName.of('Lang'));
  const language = lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined;
  return {
    language,
    displayDocTitle: document.catalog.getViewerPreferences()?.getDisplayDocTitle() ?? false,
  };
}

/** A line of text as `pdftotext -bbox-layout` places it: its page and horizontal extent, in points. */
export interface PdfLine {
  page: number;
  pageWidth: number;
  xMin: number;
  xMax: number;
}

/** Every text line of the PDF with where it starts and ends on its page. */
export function pdfLines(pdf: Uint8Array): PdfLine[] {
  const xhtml = withFile(pdf, (path) =>
    execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  );
  const lines: PdfLine[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const match of xhtml.matchAll(
    /<page width="([\d.]+)"|<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g,
  )) {
    if (match[1] !== undefined) {
      page += 1;
      pageWidth = Number(match[1]);
    } else {
      lines.push({ page, pageWidth, xMin: Number(match[2]), xMax: Number(match[3]) });
    }
  }
  return lines;
}
