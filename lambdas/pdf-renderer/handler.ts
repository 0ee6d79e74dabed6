/**
 * pdf-renderer Lambda: HTML → PDF in the reports bucket, invoked by report-api and report-worker
 * through the Invoke API. Wiring only: the adapters come from ./deps.ts, the Middy chain from
 * shared/handlers/pdf-renderer-handler.ts. `@sparticuz/chromium` comes from the Chromium layer, the
 * fonts from the fonts layer (/opt/report-fonts).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { loadConfig } from '../../shared/config.ts';
import { createPdfRendererHandler } from '../../shared/handlers/pdf-renderer-handler.ts';
import { pdfRendererDeps } from './deps.ts';

const logger = new Logger({ serviceName: 'pdf-renderer' });
const deps = pdfRendererDeps(loadConfig(), logger);
/** Exported so the local stack can close the browser it keeps warm when it stops. */
export const renderer = deps.renderer;

// Unpack and launch Chromium in Lambda's init phase, so the first request does not pay for it.
await renderer.warm();

export const handler = createPdfRendererHandler({ ...deps, logger });
