/**
 * pdf-renderer's adapters, built once per container: the reports bucket's storage and the Chromium
 * engine (one browser kept warm across invocations). The only place they are built.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { createAwsClients } from '../../shared/adapters/aws/aws-clients.ts';
import { S3RenderStorage } from '../../shared/adapters/aws/s3-render-storage.ts';
import type { RuntimeConfig } from '../../shared/config.ts';
import { PdfRenderer } from '../../shared/render/pdf/pdf-renderer.ts';

/**
 * @example const { storage, renderer, renderTimeoutMs } = pdfRendererDeps(loadConfig(), logger);
 */
export function pdfRendererDeps(config: RuntimeConfig, logger: Logger) {
  return {
    storage: new S3RenderStorage(createAwsClients(config).s3, config.reportsBucket),
    renderer: new PdfRenderer({ log: (event, details) => logger.info(event, details) }),
    renderTimeoutMs: config.pdfRenderTimeoutMs,
  };
}
