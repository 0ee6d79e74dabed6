/**
 * What every response of the load run must be: a 200 whose body the contract's response schema
 * accepts, whose report models match their schema, and which belongs to the caller: JSON names only
 * the requested results, HTML carries no other merchant's candidate, a PDF URL points under the
 * caller's merchant's prefix. Anything else is a "wrong body", counted apart from the status.
 */
import { validateJobInterviewPdfResponse } from '../../shared/contract/generated/response-validator.js';
import { reportDataErrors } from '../support/report-data-validator.ts';
import type { MixRequest } from './load-mix.ts';

export interface CallerView {
  merchantId: string;
  /** Candidate names of every other merchant: none may appear in this caller's bodies. */
  foreignNames: readonly string[];
}

/**
 * Why a 200 body is wrong for its request and caller, or null when it is right.
 *
 * @example wrongBody(request, caller, text) // null
 */
export function wrongBody(request: MixRequest, caller: CallerView, text: string): string | null {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return 'not JSON';
  }
  if (!validateJobInterviewPdfResponse(body)) return 'outside the contract';
  if (request.kind === 'json') {
    const results = (body.json_export as { results?: Array<{ data: { interview_result_id: string } }> })
      ?.results;
    if (!Array.isArray(results)) return 'json_export.results missing';
    const ids = results.map((result) => result.data.interview_result_id);
    if (ids.join() !== request.resultIds.join()) return 'json_export names other results';
    for (const result of results) {
      if (reportDataErrors(result.data).length > 0) return 'report data outside its schema';
    }
  } else if (request.kind === 'html') {
    const html = body.html_export;
    if (typeof html !== 'string' || !html.startsWith('<!doctype html>')) return 'html_export missing';
  } else {
    const url = body.pdf_export_url;
    if (typeof url !== 'string') return 'pdf_export_url missing';
    if (!new URL(url).pathname.includes(`/${caller.merchantId}/`)) return "PDF outside the caller's prefix";
  }
  if (caller.foreignNames.some((name) => text.includes(name))) return "another merchant's candidate";
  return null;
}
