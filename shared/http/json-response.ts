import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * Headers of every response of the API: JSON, and never cached, since reports carry personal data
 * and short-lived signed URLs.
 */
const JSON_HEADERS = Object.freeze({
  'content-type': 'application/json',
  'cache-control': 'no-store',
});

/**
 * An API Gateway (HTTP API, payload 2.0) response with a JSON body.
 *
 * @example jsonResponse(422, { error: 'export_type is required', name: 'export_type' })
 */
export function jsonResponse(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { ...JSON_HEADERS }, body: JSON.stringify(body) };
}
