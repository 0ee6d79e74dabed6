/**
 * Synthesizes one stage in process, as infra/bin/app.ts does (same stack, same cdk-nag registration,
 * same feature flags from cdk.json), into a temporary directory that is removed afterwards. Bundling
 * is skipped here; test/infra/cdk-cli-synth.test.ts runs the real `cdk synth` with bundling.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ensureLayersBuilt } from '../../../infra/bin/ensure-layers.ts';
import { REPO_ROOT } from '../../../infra/lib/paths.ts';
import { addReportService } from '../../../infra/lib/report-service-app.ts';
import type { StageConfig } from '../../../infra/stages/stage-config.ts';

/** A violation as CDK's validation report lists it. */
export interface ReportedViolation {
  ruleName: string;
  severity: string;
  violatingConstructs: { constructPath: string }[];
}

export interface SynthesizedStage {
  template: Template;
  /** The template as JSON, for checks across all resources. */
  resources: Record<string, { Type: string; Properties?: Record<string, unknown>; [key: string]: unknown }>;
  /** Every violation the validation plugins (cdk-nag) reported that was not acknowledged. */
  violations: ReportedViolation[];
}

/** The context cdk.json gives the CLI (the feature flags), so the test app synthesizes the same. */
function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  return cdkJson.context;
}

export interface SynthOptions {
  /**
   * Let an unacknowledged cdk-nag error fail synth, as it fails `cdk synth` (default). Off, the
   * findings are only reported, for tests that look at them.
   */
  failOnFindings?: boolean;
}

/**
 * Synthesizes the stage and returns its template and unacknowledged findings. Throws what synth
 * throws (cdk-nag errors fail synth, as they fail `cdk synth`).
 */
export function synthStage(config: StageConfig, options: SynthOptions = {}): SynthesizedStage {
  ensureLayersBuilt();
  const outdir = mkdtempSync(join(tmpdir(), 'infra-test-'));
  try {
    const app = new App({
      outdir,
      // No bundling: the function assets are not what these tests look at, and esbuild is slow here.
      context: {
        ...cdkJsonContext(),
        'aws:cdk:bundling-stacks': [],
        '@aws-cdk/core:failSynthOnValidationErrors': options.failOnFindings ?? true,
      },
    });
    const stack = addReportService(app, config);
    const assembly = app.synth();
    const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as {
      pluginReports: { violations: ReportedViolation[] }[];
    };
    const template = Template.fromStack(stack);
    return {
      template,
      resources: template.toJSON().Resources,
      violations: report.pluginReports.flatMap((plugin) => plugin.violations),
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
