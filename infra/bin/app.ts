/**
 * The CDK app (cdk.json: `npx tsx infra/bin/app.ts`). The only place that reads context: the stage,
 * from `-c stage=dev|staging|prod`. Everything else receives the validated stage settings as props.
 */
import { App } from 'aws-cdk-lib';
import { addReportService } from '../lib/report-service-app.ts';
import { loadStageConfig, UnknownStageError } from '../stages/load-stage-config.ts';
import { StageConfigError } from '../stages/validate-stage-config.ts';

const app = new App();
try {
  addReportService(app, loadStageConfig(app.node.tryGetContext('stage')));
} catch (error) {
  // A wrong stage or setting is the operator's to fix: say which, without a stack trace.
  if (error instanceof UnknownStageError || error instanceof StageConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
