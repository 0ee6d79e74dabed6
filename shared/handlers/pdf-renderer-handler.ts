/**
 * The pdf-renderer Lambda's Middy chain: Powertools logger with the Lambda context, then the render
 * job. A thrown error becomes Lambda's `FunctionError` (errorType = the error's name, errorMessage =
 * its message), which the Lambda PDF client (shared/adapters/aws/lambda-pdf-client.ts) turns back into an error with that cause.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { PdfRenderer } from '../render/pdf/pdf-renderer.ts';
import type { PdfRenderResult } from '../usecases/pdf-render-protocol.ts';
import type { RenderStorage } from '../usecases/ports.ts';
import { runRenderJob } from '../usecases/render-pdf.ts';

export interface PdfRendererHandlerOptions {
  storage: RenderStorage;
  renderer: PdfRenderer;
  logger: Logger;
  /** The configured bound of one render (ms); the invocation's remaining time lowers it. */
  renderTimeoutMs?: number;
}

/**
 * Builds the handler around one renderer (one browser per container).
 *
 * @example export const handler = createPdfRendererHandler({ storage, renderer, logger });
 */
export function createPdfRendererHandler(options: PdfRendererHandlerOptions) {
  return middy<unknown, PdfRenderResult, Error, Context>()
    .use(injectLambdaContext(options.logger, { resetKeys: true }))
    .handler(async (event, context) => {
      const started = Date.now();
      try {
        const result = await runRenderJob(event, {
          storage: options.storage,
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
