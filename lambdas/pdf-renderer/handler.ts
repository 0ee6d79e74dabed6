/**
 * pdf-renderer Lambda: HTML → PDF in the reports bucket, invoked by report-api and report-worker
 * through the Invoke API. Wiring only; the chain is shared/render/pdf/pdf-renderer-handler.ts.
 * `@sparticuz/chromium` comes from the Chromium layer, the fonts from the fonts layer (/opt/report-fonts).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { loadConfig } from '../../shared/config.ts';
import { PdfRenderer } from '../../shared/render/pdf/pdf-renderer.ts';
import { createPdfRendererHandler } from '../../shared/render/pdf/pdf-renderer-handler.ts';
import { createAwsClients } from '../../shared/store/aws-clients.ts';

const logger = new Logger({ serviceName: 'pdf-renderer' });
const config = loadConfig();
const timeout = Number(process.env.PDF_RENDER_TIMEOUT_MS);
/** Exported so the local stack can close the browser it keeps warm when it stops. */
export const renderer = new PdfRenderer({
  timeoutMs: Number.isInteger(timeout) && timeout > 0 ? timeout : undefined,
  log: (event, details) => logger.info(event, details),
});

// Unpack and launch Chromium in Lambda's init phase, so the first request does not pay for it.
await renderer.warm();

export const handler = createPdfRendererHandler({
  s3: createAwsClients(config).s3,
  reportsBucket: config.reportsBucket,
  renderer,
  logger,
});
