/**
 * An interview's `pdf_export_auto_config` becomes the request the API would get for it, resolved by
 * the request parser's rules: the contract's defaults for what the config leaves out.
 */
import { describe, expect, it } from 'vitest';
import { autoExportRequest } from '../../../shared/contract/auto-export-request.ts';
import { DEFAULT_EXPORT_FEATURES } from '../../../shared/domain/options.ts';
import { ValidationError } from '../../../shared/errors.ts';

const ID = '93C98D21-E04D-4A84-9AFA-ED154CF73636';

describe('autoExportRequest', () => {
  it('is a stored PDF of the one result, with the contract’s defaults where the config says nothing', () => {
    expect(autoExportRequest(ID, { enabled: true })).toEqual({
      export_type: 'pdf',
      interview_result_ids: [ID.toLowerCase()],
      combined: false,
      features: DEFAULT_EXPORT_FEATURES,
      template: 'classic',
      language: null,
      store_file: true,
    });
  });

  it('takes the toggles, language and template the config sets', () => {
    const request = autoExportRequest(ID, {
      enabled: true,
      template: 'one_pager',
      export_features_result: { analytics: false, ai_scoring_rubric: true, mojito_language_code: 'ar' },
    });
    expect(request).toMatchObject({
      template: 'one_pager',
      language: 'ar',
      features: { ...DEFAULT_EXPORT_FEATURES, analytics: false, ai_scoring_rubric: true },
    });
  });

  it('lets a template inside export_features_result apply when the config has none of its own, as for a request', () => {
    expect(
      autoExportRequest(ID, { enabled: true, export_features_result: { template: 'modern' } })?.template,
    ).toBe('modern');
  });

  it('is null when the interview does not export automatically', () => {
    expect(autoExportRequest(ID, null)).toBeNull();
    expect(autoExportRequest(ID, { enabled: false, template: 'modern' })).toBeNull();
  });

  it('refuses what the contract refuses, naming the config’s field', () => {
    const refused = (() => {
      try {
        autoExportRequest(ID, { enabled: true, export_features_result: { analytics: 'yes' } });
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused).toMatchObject({ field: 'pdf_export_auto_config.export_features_result.analytics' });
  });
});
