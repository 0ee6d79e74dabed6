/**
 * Narrow grants the L2 `grant*` helpers make too wide: object actions on named key prefixes only, and
 * Lambda invocation of the unqualified function only. Each object-prefix wildcard is acknowledged for
 * cdk-nag (AwsSolutions-IAM5) on the exact finding it raises, with the prefix as the reason.
 */
import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Bucket } from 'aws-cdk-lib/aws-s3';

function logicalIdOf(element: CfnElement): string {
  return Stack.of(element).resolve(element.logicalId) as string;
}

/** The IAM5 finding cdk-nag raises for `<bucket ARN>/<prefix>*`, as it spells it. */
function objectPrefixFinding(bucket: Bucket, prefix: string): string {
  const logicalId = logicalIdOf(bucket.node.defaultChild as CfnElement);
  return `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${prefix}*]`;
}

/**
 * Allows `actions` on the objects under each prefix of a bucket, nothing else.
 *
 * @example grantObjectPrefixes(role, reportsBucket, ['s3:PutObject'], ['exports/'], 'writes PDFs');
 */
export function grantObjectPrefixes(
  role: Role,
  bucket: Bucket,
  actions: string[],
  prefixes: readonly string[],
  purpose: string,
): void {
  role.addToPrincipalPolicy(
    new PolicyStatement({
      actions,
      resources: prefixes.map((prefix) => bucket.arnForObjects(`${prefix}*`)),
    }),
  );
  const policy = role.node.findChild('DefaultPolicy');
  for (const prefix of prefixes) {
    Validations.of(policy).acknowledge({
      id: objectPrefixFinding(bucket, prefix),
      reason:
        `${actions.join(', ')} on objects under "${prefix}" only: the role ${purpose}, and object keys ` +
        'below the prefix are content hashes and ids known only at run time, so no narrower ARN exists.',
    });
  }
}

/**
 * Allows invoking the unqualified function (its `$LATEST`), without the `:*` version wildcard that
 * `grantInvoke` adds.
 *
 * @example grantInvokeUnqualified(reportApiRole, pdfRenderer);
 */
export function grantInvokeUnqualified(role: Role, fn: IFunction): void {
  role.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }),
  );
}
