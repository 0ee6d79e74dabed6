import { describe, expect, it } from 'vitest';
import { API_GATEWAY_HTTP_REQUEST_ID, searchMemberPath } from '../../../shared/http/request-correlation.ts';
import { apiEvent } from '../../support/api-gateway-event.ts';

describe('searchMemberPath, the logger correlation id search', () => {
  it('finds the request id of an HTTP API event, and nothing in an event without one', () => {
    expect(searchMemberPath(API_GATEWAY_HTTP_REQUEST_ID, apiEvent({ requestId: 'Ab1cDEFGhIJKLmN=' }))).toBe(
      'Ab1cDEFGhIJKLmN=',
    );
    expect(searchMemberPath(API_GATEWAY_HTTP_REQUEST_ID, { requestContext: {} })).toBeUndefined();
    expect(searchMemberPath(API_GATEWAY_HTTP_REQUEST_ID, { requestContext: 'text' })).toBeUndefined();
    expect(searchMemberPath(API_GATEWAY_HTTP_REQUEST_ID, null)).toBeUndefined();
    // Inherited members are not the event's: a prototype chain is not a place to read ids from.
    expect(searchMemberPath('requestContext.constructor', { requestContext: {} })).toBeUndefined();
  });

  it('refuses JMESPath beyond member paths instead of logging without an id', () => {
    for (const expression of ['headers."x-amzn-trace-id"', 'Records[0].id', 'a..b', '']) {
      expect(() => searchMemberPath(expression, {})).toThrow(RangeError);
    }
  });
});
