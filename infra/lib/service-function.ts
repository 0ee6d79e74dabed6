/**
 * One Lambda function of the service with the house defaults, so every function is built the same way:
 * an ESM bundle of `lambdas/<name>/handler.ts` for `nodejs24.x` with source maps, X-Ray tracing, JSON
 * logs into its own log group with the stage's retention, and a role of its own that starts with
 * nothing but writing to that log group (no AWS managed policy).
 */
import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  type Architecture,
  type ILayerVersion,
  LoggingFormat,
  Runtime,
  RuntimeFamily,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { EXTERNAL_MODULES } from '../build/bundle.ts';
import type { FunctionSettings } from '../stages/stage-config.ts';
import { handlerEntry, REPO_ROOT } from './paths.ts';

/** Lambda's Node.js 24 runtime; constructed by name should this aws-cdk-lib not know it yet. */
export const NODE_RUNTIME: Runtime = Runtime.NODEJS_24_X ?? new Runtime('nodejs24.x', RuntimeFamily.NODEJS);

/** ESM bundles still meet CommonJS dependencies that call require(); give them one (as infra/build does). */
const REQUIRE_SHIM =
  "import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);";

export interface ServiceFunctionProps {
  /** The directory under `lambdas/` whose `handler.ts` exports `handler`. */
  name: string;
  description: string;
  settings: FunctionSettings;
  architecture: Architecture;
  logRetentionDays: number;
  removalPolicy: RemovalPolicy;
  environment?: Record<string, string>;
  layers?: ILayerVersion[];
}

export class ServiceFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetentionDays,
      removalPolicy: props.removalPolicy,
    });

    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${props.name} Lambda`,
    });
    // Instead of AWSLambdaBasicExecutionRole (logs:* on every log group): this log group only.
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: handlerEntry(props.name),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}package-lock.json`,
      description: props.description,
      runtime: NODE_RUNTIME,
      architecture: props.architecture,
      memorySize: props.settings.memoryMb,
      timeout: Duration.seconds(props.settings.timeoutSeconds),
      reservedConcurrentExecutions: props.settings.reservedConcurrency ?? undefined,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      tracing: Tracing.ACTIVE,
      layers: props.layers,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.name,
        // Stack traces point into the TypeScript sources, not the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: true,
        // Linked (a .map file plus a sourceMappingURL comment): --enable-source-maps needs the comment.
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: false,
        banner: REQUIRE_SHIM,
        // Same list as infra/build/bundle.ts, so the benchmark measures what ships: the AWS SDK from
        // the runtime, @sparticuz/chromium from its layer.
        externalModules: [...EXTERNAL_MODULES],
      },
    });

    // Tracing.ACTIVE adds xray:PutTraceSegments and xray:PutTelemetryRecords on "*" to the role.
    const defaultPolicy = this.role.node.tryFindChild('DefaultPolicy');
    if (defaultPolicy) {
      Validations.of(defaultPolicy).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Only xray:PutTraceSegments and xray:PutTelemetryRecords (added by active tracing) use "*": X-Ray ' +
          'defines no resource types for them, so no narrower resource exists. test/infra checks that no ' +
          'other action has a "*" resource.',
      });
    }
  }
}
