/**
 * An interview's `pdf_export_auto_config` as the request the API would get for it: a stored PDF
 * (`store_file: true`) of one result, with its toggles, language and template resolved by the request
 * parser's own rules, so a config that leaves a toggle out gets the contract's default, exactly as a
 * request that leaves it out does.
 */
import type { ReportRequest } from '../domain/options.ts';
import type { PdfExportAutoConfig } from '../domain/records.ts';
import { ValidationError } from '../errors.ts';
import { parseReportRequest } from './parse-request.ts';

/**
 * The request for a completed result's automatic report, or null when its interview does not export
 * automatically (no config, or `enabled: false`: JobMojito exports only when enabled).
 *
 * Throws `ValidationError` naming the config's field (`pdf_export_auto_config.template`) when the
 * config holds what the contract refuses.
 *
 * @example
 * autoExportRequest(resultId, { enabled: true, template: 'one_pager', export_features_result: { mojito_language_code: 'ar' } });
 * // { export_type: 'pdf', store_file: true, template: 'one_pager', language: 'ar', features: { contact_details: true, … } }
 */
export function autoExportRequest(
  resultId: string,
  config: PdfExportAutoConfig | null,
): ReportRequest | null {
  if (config?.enabled !== true) return null;
  try {
    return parseReportRequest({
      export_type: 'pdf',
      interview_result_id: resultId,
      store_file: true,
      ...(config.export_features_result === undefined
        ? {}
        : { export_features_result: config.export_features_result }),
      ...(config.template === undefined ? {} : { template: config.template }),
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      `The interview's pdf_export_auto_config is refused: ${error.message}`,
      `pdf_export_auto_config.${error.field}`,
      { cause: error },
    );
  }
}
