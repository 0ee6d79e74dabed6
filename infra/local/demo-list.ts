/**
 * `npm run demo:list`: the demo results as JSON, one entry per result with a user who may read it, so
 * a script (or a person) can pick ids and mint a token (`npm run token -- --user <user_id>`). Reads the
 * demo document only; no running stack is needed.
 */
import { fileURLToPath } from 'node:url';
import { readDemoDocument } from './demo-document.ts';
import type { SeedDocument } from './seed-loader.ts';

export interface DemoResultEntry {
  interview_result_id: string;
  merchant_id: string;
  merchant_name: string | null;
  /** A member of the result's merchant: the owner when there is one. */
  user_id: string | null;
  mojito_language_code: string;
  candidate_name: string | null;
  status: string;
}

const ROLE_PREFERENCE = ['owner', 'recruiter', 'viewer'];

/**
 * One entry per result of a seed document, in document order.
 *
 * @example listDemoResults(readDemoDocument())[0].user_id
 */
export function listDemoResults(document: Partial<SeedDocument>): DemoResultEntry[] {
  const merchants = new Map(
    (document.merchants ?? []).map((merchant) => [merchant.merchant_id, merchant.name]),
  );
  const candidates = new Map(
    (document.candidates ?? []).map((candidate) => [candidate.candidate_id, candidate.name]),
  );
  const members = [...(document.memberships ?? [])].sort(
    (a, b) => ROLE_PREFERENCE.indexOf(a.role) - ROLE_PREFERENCE.indexOf(b.role),
  );
  return (document.results ?? []).map((result) => ({
    interview_result_id: result.interview_result_id,
    merchant_id: result.merchant_id,
    merchant_name: merchants.get(result.merchant_id) ?? null,
    user_id: members.find((member) => member.merchant_id === result.merchant_id)?.user_id ?? null,
    mojito_language_code: result.mojito_language_code,
    candidate_name: candidates.get(result.candidate_id) ?? null,
    status: result.status,
  }));
}

/**
 * The first completed result without a stored report whose interview exports automatically: the one
 * `npm start` suggests for `npm run emit -- result-completed <id>`.
 *
 * @example autoExportDemoResult(readDemoDocument())?.interview_result_id
 */
export function autoExportDemoResult(document: Partial<SeedDocument>) {
  const autoExporting = new Set(
    (document.interviews ?? [])
      .filter((interview) => interview.pdf_export_auto_config?.enabled === true)
      .map((interview) => interview.interview_id),
  );
  return (document.results ?? []).find(
    (result) =>
      result.status === 'completed' && !result.pdf_export_url && autoExporting.has(result.interview_id),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(listDemoResults(readDemoDocument()), null, 2)}\n`);
}
