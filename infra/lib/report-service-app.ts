/**
 * Puts one stage of the service into a CDK app and registers cdk-nag's AwsSolutions checks on it, the
 * same way for `cdk synth` (infra/bin/app.ts) and for the infra tests.
 */
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { StageConfig } from '../stages/stage-config.ts';
import { ReportServiceStack } from './report-service-stack.ts';

/** `InterviewReports-dev`, `InterviewReports-staging`, `InterviewReports-prod`. */
function stackNameOf(config: StageConfig): string {
  return `InterviewReports-${config.stage}`;
}

/**
 * Adds the stage's stack and the AwsSolutions checks (every unacknowledged error fails synth).
 *
 * @example addReportService(new App(), loadStageConfig('dev'));
 */
export function addReportService(app: App, config: StageConfig): ReportServiceStack {
  const stack = new ReportServiceStack(app, stackNameOf(config), { config });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
