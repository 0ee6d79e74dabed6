/**
 * Picks a stage's settings by name and validates them. The only entry point the CDK app uses.
 */
import { devSettings } from './dev.ts';
import { prodSettings } from './prod.ts';
import { STAGE_NAMES, type StageConfig, type StageName } from './stage-config.ts';
import { stagingSettings } from './staging.ts';
import { validateStageConfig } from './validate-stage-config.ts';

const SETTINGS_BY_STAGE: Record<StageName, unknown> = {
  dev: devSettings,
  staging: stagingSettings,
  prod: prodSettings,
};

/** `-c stage=…` was missing or names no stage of this app. */
export class UnknownStageError extends Error {
  override readonly name = 'UnknownStageError';
  constructor(readonly stage: unknown) {
    const expected = STAGE_NAMES.join('|');
    super(
      stage === undefined || stage === null || stage === ''
        ? `No stage given: run with -c stage=${expected}`
        : `Unknown stage ${JSON.stringify(stage)}: run with -c stage=${expected}`,
    );
  }
}

function isStageName(value: unknown): value is StageName {
  return typeof value === 'string' && (STAGE_NAMES as readonly string[]).includes(value);
}

/**
 * The validated settings of a stage.
 *
 * @example const config = loadStageConfig(app.node.tryGetContext('stage'));
 */
export function loadStageConfig(stage: unknown): StageConfig {
  if (!isStageName(stage)) throw new UnknownStageError(stage);
  return validateStageConfig(stage, SETTINGS_BY_STAGE[stage]);
}
