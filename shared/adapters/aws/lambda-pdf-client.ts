/**
 * The PDF render client over Lambda (port `PdfRenderClient`): invokes the pdf-renderer Lambda through the Invoke API
 * (RequestResponse). In AWS that is Lambda itself; locally `LAMBDA_ENDPOINT` points the same client at
 * infra/local/lambda-invoke-server.ts, which runs the same handler in-process.
 *
 * HTML too large for a synchronous payload is staged in the reports bucket first (`render-input/`)
 * and passed by key; the renderer deletes it after reading.
 */
import { randomUUID } from 'node:crypto';
import type { InvokeCommandOutput, LambdaClient } from '@aws-sdk/client-lambda';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { RuntimeConfig } from '../../config.ts';
import {
  HTML_STAGING_PREFIX,
  MAX_INLINE_PAYLOAD_BYTES,
  type PdfRenderEvent,
  type PdfRenderResult,
} from '../../usecases/pdf-render-protocol.ts';
import type { PdfRenderClient, PdfRenderRequest } from '../../usecases/ports.ts';

/**
 * The Lambda SDK is loaded on the first PDF, not at report-api's cold start: most requests are JSON
 * or HTML, and importing the client costs every cold start ~12 ms (docs/benchmarks.md).
 */
const lambdaSdk = () => import('@aws-sdk/client-lambda');

/** What the function reported when it failed (Lambda's error payload). */
export class RendererFunctionError extends Error {
  override readonly name = 'RendererFunctionError';
  constructor(
    readonly errorType: string,
    message: string,
  ) {
    super(`${errorType}: ${message}`);
  }
}

/** The PDF could not be rendered; `cause` holds what the renderer (or the invoke) reported. 500. */
export class PdfRenderFailedError extends Error {
  override readonly name = 'PdfRenderFailedError';
}

/**
 * A Lambda client for the renderer: the function's role in AWS; locally the invoke server, which
 * checks no signature (any credentials do).
 *
 * @example const lambda = createLambdaClient(loadConfig());
 */
export async function createLambdaClient(
  config: Pick<RuntimeConfig, 'region' | 'lambdaEndpoint'>,
): Promise<LambdaClient> {
  const { LambdaClient } = await lambdaSdk();
  return new LambdaClient({
    region: config.region,
    // A failed render is not retried here: the renderer already relaunches its browser, and a retry
    // of a render that overran its time limit would only overrun again.
    maxAttempts: 1,
    ...(config.lambdaEndpoint
      ? { endpoint: config.lambdaEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
}

export interface LambdaPdfClientOptions {
  /** The client, or how to make it on first use (e.g. `() => createLambdaClient(config)`). */
  lambda: LambdaClient | (() => Promise<LambdaClient>);
  functionName: string;
  s3: S3Client;
  reportsBucket: string;
  /** Payload size above which the HTML goes through S3 (bytes of JSON); tests lower it. */
  maxInlinePayloadBytes?: number;
}

export class LambdaPdfClient implements PdfRenderClient {
  private lambda: Promise<LambdaClient> | undefined;

  constructor(private readonly options: LambdaPdfClientOptions) {}

  private lambdaClient(): Promise<LambdaClient> {
    const { lambda } = this.options;
    this.lambda ??= typeof lambda === 'function' ? lambda() : Promise.resolve(lambda);
    return this.lambda;
  }

  /**
   * Renders through the pdf-renderer function and returns where the PDF is.
   *
   * @example
   * const { key, pages } = await client.render({ html, output_key: 'exports/m/abc.pdf',
   *   metadata: { title: 'Report', author: 'Acme', language: 'en', header_text: 'Ana Lima' } });
   */
  async render(request: PdfRenderRequest): Promise<PdfRenderResult> {
    let event: PdfRenderEvent = request;
    let payload = JSON.stringify(event);
    if (Buffer.byteLength(payload) > (this.options.maxInlinePayloadBytes ?? MAX_INLINE_PAYLOAD_BYTES)) {
      const key = `${HTML_STAGING_PREFIX}${randomUUID()}.html`;
      await this.options.s3.send(
        new PutObjectCommand({
          Bucket: this.options.reportsBucket,
          Key: key,
          Body: request.html,
          ContentType: 'text/html; charset=utf-8',
        }),
      );
      event = { html_s3_key: key, output_key: request.output_key, metadata: request.metadata };
      payload = JSON.stringify(event);
    }
    let response: InvokeCommandOutput;
    try {
      const [{ InvokeCommand }, lambda] = await Promise.all([lambdaSdk(), this.lambdaClient()]);
      response = await lambda.send(
        new InvokeCommand({
          FunctionName: this.options.functionName,
          InvocationType: 'RequestResponse',
          Payload: Buffer.from(payload),
        }),
      );
    } catch (error) {
      throw new PdfRenderFailedError('Invoking the PDF renderer failed', { cause: error });
    }
    const text = response.Payload ? Buffer.from(response.Payload).toString('utf8') : '';
    if (response.FunctionError) {
      let reported: { errorType?: string; errorMessage?: string } = {};
      try {
        reported = JSON.parse(text) as typeof reported;
      } catch {
        reported = { errorMessage: text };
      }
      throw new PdfRenderFailedError('The PDF renderer failed', {
        cause: new RendererFunctionError(
          reported.errorType ?? response.FunctionError,
          reported.errorMessage ?? '',
        ),
      });
    }
    const result = JSON.parse(text) as PdfRenderResult;
    if (typeof result?.key !== 'string' || typeof result.pages !== 'number') {
      throw new PdfRenderFailedError(
        `The PDF renderer answered an unexpected payload: ${text.slice(0, 200)}`,
      );
    }
    return result;
  }
}
