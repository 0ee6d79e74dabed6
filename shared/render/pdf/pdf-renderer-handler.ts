/**
 * The pdf-renderer Lambda's Middy chain: Powertools logger with the Lambda context, then the render
 * job. A thrown error becomes Lambda's `FunctionError` (errorType = the error's name, errorMessage =
 * its message), which pdf-client.ts turns back into an error with that cause.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { S3Client } from '@aws-sdk/client-s3';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { PdfRenderer } from './pdf-renderer.ts';
import { runRenderJob } from './render-job.ts';
import type { PdfRenderResult } from './renderer-protocol.ts';

export interface PdfRendererHandlerOptions {
  s3: S3Client;
  reportsBucket: string;
  renderer: PdfRenderer;
  logger: Logger;
  renderTimeoutMs?: number;
}

/**
 * Builds the handler around one renderer (one browser per container).
 *
 * @example export const handler = createPdfRendererHandler({ s3, reportsBucket, renderer, logger });
 */
export function createPdfRendererHandler(options: PdfRendererHandlerOptions) {
  return middy<unknown, PdfRenderResult, Error, Context>()
    .use(injectLambdaContext(options.logger, { resetKeys: true }))
    .handler(async (event, context) => {
      const started = Date.now();
      try {
        const result = await runRenderJob(event, {
          s3: options.s3,
          reportsBucket: options.reportsBucket,
          renderer: options.renderer,
          renderTimeoutMs: options.renderTimeoutMs,
          remainingTimeMs:
            typeof context?.getRemainingTimeInMillis === 'function'
              ? () => context.getRemainingTimeInMillis()
              : undefined,
        });
        options.logger.info('pdf rendered', { ...result, ms: Date.now() - started });
        return result;
      } catch (error) {
        options.logger.error('pdf render failed', { error: error as Error, ms: Date.now() - started });
        throw error;
      }
    });
}
