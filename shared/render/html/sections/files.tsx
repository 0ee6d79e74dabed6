/**
 * The candidate's files (resume, cover letter) as page images, one page per figure.
 *
 * An image is shown only from the report's own signed page URL (or the data URI the PDF path
 * inlined for it); `referrerpolicy` keeps the report's address out of the image request.
 */
import type { ReportFilePage } from '../../../domain/report-model.ts';
import { formatNumber } from '../format.ts';
import type { RenderContext } from '../render-context.ts';
import { safeImageSource } from '../safe-url.ts';
import { Text } from '../user-text.tsx';
import { labelsFor } from './labels.ts';

export function Files({ files, ctx }: { files: ReportFilePage[]; ctx: RenderContext }) {
  const l = labelsFor(ctx.lang);
  return (
    <section class="section files" id={`${ctx.idPrefix}files`} aria-labelledby={`${ctx.idPrefix}files-title`}>
      <h2 id={`${ctx.idPrefix}files-title`}>{l('files.title')}</h2>
      {files.length === 0 && <p class="missing">{l('report.none')}</p>}
      {files.map((page) => {
        const kind = page.type === 'resume' ? l('files.resume') : l('files.cover_letter');
        const pageLabel = l('files.page', { n: formatNumber(ctx.lang, page.page) });
        const src = safeImageSource(page.page_signed, ctx.inlineImages);
        return (
          <figure class="file-page">
            <figcaption>
              <span class="file-kind">{kind}</span>
              <span class="file-name">
                <Text value={page.file_name} />
              </span>
              <span class="file-page-number">{pageLabel}</span>
            </figcaption>
            {src ? (
              <img
                src={src}
                alt={`${kind}, ${pageLabel}`}
                loading="eager"
                decoding="sync"
                referrerpolicy="no-referrer"
              />
            ) : (
              <p class="missing">{l('report.not_available')}</p>
            )}
          </figure>
        );
      })}
    </section>
  );
}
