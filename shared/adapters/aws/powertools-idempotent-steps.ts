/**
 * The `IdempotentSteps` port on Powertools idempotency (`makeIdempotent`) with its DynamoDB persistence
 * layer in the report table, in the key space of table-design.ts (`IDEMPOTENCY_KEY_SPACE`): a step runs
 * at most once per key while its record lives, a repeat gets the first run's stored result, a step
 * that throws deletes its record so a retry runs it again.
 *
 * In-progress records expire with the invocation that wrote them (`registerLambdaContext`): when a
 * worker times out mid-render, the record outlives it only by its remaining time, so SQS's redelivery
 * (after the queue's visibility timeout, 6 × the function timeout) finds it expired and runs the step.
 */

import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { StepInProgressError } from '../../errors.ts';
import type { IdempotentSteps } from '../../usecases/ports.ts';
import { IDEMPOTENCY_KEY_SPACE, PARTITION_KEY, SORT_KEY } from './table-design.ts';

export interface PowertoolsIdempotentStepsOptions {
  /** How long a finished step's record answers repeats (Powertools' `expiresAfterSeconds`). */
  expiresAfterSeconds: number;
}

/**
 * The persistence layer on the report table: composite key `pk`/`sk`, one static partition.
 *
 * @example const store = reportTableIdempotencyStore(clients.dynamo, config.tableName);
 */
export function reportTableIdempotencyStore(
  dynamo: DynamoDBClient,
  tableName: string,
): DynamoDBPersistenceLayer {
  return new DynamoDBPersistenceLayer({
    tableName,
    keyAttr: PARTITION_KEY,
    sortKeyAttr: SORT_KEY,
    staticPkValue: IDEMPOTENCY_KEY_SPACE.partitionKeyValue,
    awsSdkV3Client: dynamo,
  });
}

/**
 * @example
 * const steps = new PowertoolsIdempotentSteps(reportTableIdempotencyStore(dynamo, table), { expiresAfterSeconds: 86_400 });
 * const outcome = await steps.once({ interview_result_id, content_hash }, () => renderAndStore());
 */
export class PowertoolsIdempotentSteps implements IdempotentSteps {
  private readonly config: IdempotencyConfig;
  private readonly runOnce: (key: Record<string, string>, step: () => Promise<object>) => Promise<object>;

  constructor(persistenceStore: BasePersistenceLayer, options: PowertoolsIdempotentStepsOptions) {
    this.config = new IdempotencyConfig({ expiresAfterSeconds: options.expiresAfterSeconds });
    this.runOnce = makeIdempotent((_key: Record<string, string>, step: () => Promise<object>) => step(), {
      persistenceStore,
      config: this.config,
      // The hashed key is the first argument alone; the step is what runs.
      dataIndexArgument: 0,
      // Stable across deployments (the default, the function's name, changes when CDK replaces it).
      keyPrefix: IDEMPOTENCY_KEY_SPACE.sortKeyPrefix,
    });
  }

  /** Call once per invocation: in-progress records then expire with the invocation's remaining time. */
  registerLambdaContext(context: Context): void {
    this.config.registerLambdaContext(context);
  }

  async once<T extends object>(key: Record<string, string>, step: () => Promise<T>): Promise<T> {
    try {
      return (await this.runOnce(key, step)) as T;
    } catch (error) {
      if (error instanceof IdempotencyAlreadyInProgressError) {
        throw new StepInProgressError(error.message, { cause: error });
      }
      throw error;
    }
  }
}
