/**
 * Stage settings: the three stages load; an unknown stage or a missing, misspelt or inconsistent
 * setting is refused with a message that names it (what `cdk synth` prints).
 */
import { describe, expect, it } from 'vitest';
import { devSettings } from '../../infra/stages/dev.ts';
import { loadStageConfig, UnknownStageError } from '../../infra/stages/load-stage-config.ts';
import { prodSettings } from '../../infra/stages/prod.ts';
import { STAGE_NAMES, type StageName } from '../../infra/stages/stage-config.ts';
import { StageConfigError, validateStageConfig } from '../../infra/stages/validate-stage-config.ts';

/**
 * A deep copy of a stage's settings with one change applied. Untyped on purpose: the changes are the
 * ones the types forbid (missing, misspelt, wrong kind), as a hand-edited settings file can hold.
 */
// biome-ignore lint/suspicious/noExplicitAny: the point is writing what StageConfig does not allow
type Loose = Record<string, any>;
function changed<T>(settings: T, change: (copy: Loose) => void): unknown {
  const copy = structuredClone(settings) as Loose;
  change(copy);
  return copy;
}

function refusal(stage: StageName, raw: unknown): StageConfigError {
  try {
    validateStageConfig(stage, raw);
  } catch (error) {
    if (error instanceof StageConfigError) return error;
    throw error;
  }
  throw new Error('the settings were accepted');
}

describe('stage selection', () => {
  it.each(STAGE_NAMES)('loads the %s stage', (stage) => {
    expect(loadStageConfig(stage).stage).toBe(stage);
  });

  it('refuses an unknown stage, naming it and the valid ones', () => {
    expect(() => loadStageConfig('qa')).toThrow(UnknownStageError);
    expect(() => loadStageConfig('qa')).toThrow('Unknown stage "qa": run with -c stage=dev|staging|prod');
  });

  it('refuses a missing stage', () => {
    expect(() => loadStageConfig(undefined)).toThrow('No stage given: run with -c stage=dev|staging|prod');
  });
});

describe('a stage setting that is wrong is named', () => {
  it('a missing setting', () => {
    const error = refusal(
      'prod',
      changed(prodSettings, (s) => delete s.auth.issuerUrl),
    );
    expect(error.setting).toBe('auth.issuerUrl');
    expect(error.message).toBe('Stage "prod": setting auth.issuerUrl is missing');
  });

  it('a missing group of settings', () => {
    expect(
      refusal(
        'dev',
        changed(devSettings, (s) => delete s.alarms),
      ).setting,
    ).toBe('alarms');
  });

  it('a misspelt setting', () => {
    const error = refusal(
      'dev',
      changed(devSettings, (s) => (s.functions.pdfRenderer.memoryMB = 2048)),
    );
    expect(error.setting).toBe('functions.pdfRenderer.memoryMB');
    expect(error.message).toContain('is not a known setting');
  });

  it('a value out of range, with the value given', () => {
    const error = refusal(
      'dev',
      changed(devSettings, (s) => (s.functions.pdfRenderer.memoryMb = 64)),
    );
    expect(error.setting).toBe('functions.pdfRenderer.memoryMb');
    expect(error.message).toContain('got 64');
  });

  it('a log retention CloudWatch does not offer', () => {
    const error = refusal(
      'dev',
      changed(devSettings, (s) => (s.logRetentionDays = 10)),
    );
    expect(error.setting).toBe('logRetentionDays');
    expect(error.message).toContain('got 10');
  });

  it('an unknown authorizer kind', () => {
    const error = refusal(
      'dev',
      changed(devSettings, (s) => (s.auth.authorizer = 'cognito')),
    );
    expect(error.setting).toBe('auth.authorizer');
    expect(error.message).toContain('"jwks", "hs256-secret"');
  });

  it('an issuer that is not HTTPS or ends in a slash', () => {
    const http = refusal(
      'dev',
      changed(devSettings, (s) => (s.auth.issuerUrl = 'http://x.supabase.co/auth/v1')),
    );
    expect(http.setting).toBe('auth.issuerUrl');
    const slash = refusal(
      'dev',
      changed(devSettings, (s) => (s.auth.issuerUrl = 'https://x.supabase.co/auth/v1/')),
    );
    expect(slash.setting).toBe('auth.issuerUrl');
  });

  it('a CORS origin of "*"', () => {
    const error = refusal(
      'dev',
      changed(devSettings, (s) => (s.api.corsAllowedOrigins = ['*'])),
    );
    expect(error.setting).toBe('api.corsAllowedOrigins.0');
  });

  it('the HS256 authorizer without the secret name', () => {
    const error = refusal(
      'dev',
      changed(devSettings, (s) => (s.auth.authorizer = 'hs256-secret')),
    );
    expect(error.setting).toBe('auth.hs256SecretName');
    expect(error.message).toContain('required when auth.authorizer is "hs256-secret"');
  });

  it('data destroyed with the stack outside dev', () => {
    const error = refusal(
      'prod',
      changed(prodSettings, (s) => (s.removalPolicy = 'destroy')),
    );
    expect(error.setting).toBe('removalPolicy');
  });

  it('a report-api timeout beyond API Gateway’s 30 s', () => {
    const error = refusal(
      'prod',
      changed(prodSettings, (s) => (s.functions.reportApi.timeoutSeconds = 30)),
    );
    expect(error.setting).toBe('functions.reportApi.timeoutSeconds');
  });

  it('a renderer allowed to run as long as report-api waits for it', () => {
    const error = refusal(
      'prod',
      changed(prodSettings, (s) => (s.functions.pdfRenderer.timeoutSeconds = 29)),
    );
    expect(error.setting).toBe('functions.pdfRenderer.timeoutSeconds');
  });

  it('a report-worker that could time out while its render is still allowed to run', () => {
    const error = refusal(
      'prod',
      changed(
        prodSettings,
        (s) => (s.functions.reportWorker.timeoutSeconds = s.functions.pdfRenderer.timeoutSeconds),
      ),
    );
    expect(error.setting).toBe('functions.reportWorker.timeoutSeconds');
    expect(error.message).toContain('pdfRenderer.timeoutSeconds + 10');
  });

  it('presigned URLs that outlive the exports they point at', () => {
    const error = refusal(
      'prod',
      changed(prodSettings, (s) => (s.urls.signedUrlTtlSeconds = 2 * 86_400)),
    );
    expect(error.setting).toBe('urls.signedUrlTtlSeconds');
  });

  it('settings of one stage loaded as another', () => {
    expect(refusal('prod', devSettings).setting).toBe('stage');
  });
});
