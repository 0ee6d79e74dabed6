/**
 * Small readers over a synthesized template, for checks the assertions library has no matcher for
 * (every statement of every policy; the statements of one function's role).
 */
import type { SynthesizedStage } from './synth-stage.ts';

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

export type Resources = SynthesizedStage['resources'];

/** CloudFormation properties: free-form JSON, read by tests that know what they look for. */
// biome-ignore lint/suspicious/noExplicitAny: template JSON has no static type
export type Properties = Record<string, any>;

/** The properties of a resource, which must exist. */
export function propertiesOf(resources: Resources, id: string | undefined): Properties {
  const resource = id === undefined ? undefined : resources[id];
  if (!resource) throw new Error(`No resource ${id} in the template`);
  return resource.Properties ?? {};
}

export function asArray<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

/** Logical ids of the resources of a type. */
export function idsOfType(resources: Resources, type: string): string[] {
  return Object.entries(resources)
    .filter(([, resource]) => resource.Type === type)
    .map(([id]) => id);
}

/** Every statement of every identity policy and resource policy in the template. */
export function allIdentityStatements(resources: Resources): { policy: string; statement: Statement }[] {
  return idsOfType(resources, 'AWS::IAM::Policy').flatMap((policy) => {
    const document = propertiesOf(resources, policy).PolicyDocument as { Statement: Statement[] };
    return document.Statement.map((statement) => ({ policy, statement }));
  });
}

/** The Lambda function whose logical id starts with the construct path's id (e.g. `FunctionsPdfRenderer`). */
export function functionId(resources: Resources, prefix: string): string {
  const [id, ...others] = idsOfType(resources, 'AWS::Lambda::Function').filter((id) => id.startsWith(prefix));
  if (!id || others.length > 0) throw new Error(`Expected one function starting with ${prefix}`);
  return id;
}

/** The statements of the policies attached to a function's role. */
export function statementsOfFunction(resources: Resources, fnId: string): Statement[] {
  const role = (propertiesOf(resources, fnId).Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  return idsOfType(resources, 'AWS::IAM::Policy')
    .filter((policy) =>
      (propertiesOf(resources, policy).Roles as { Ref: string }[]).some((ref) => ref.Ref === role),
    )
    .flatMap(
      (policy) => (propertiesOf(resources, policy).PolicyDocument as { Statement: Statement[] }).Statement,
    );
}

/**
 * A statement reduced to what a reviewer reads: sorted actions and sorted resource names, where a
 * stack resource is named by its logical id (`DataReportsBucket…/exports/*`, `DataReportTable…`).
 */
export function summarize(statement: Statement): { actions: string[]; resources: string[] } {
  const name = (resource: unknown): string => {
    if (typeof resource === 'string') return resource;
    const getAtt = (resource as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
    if (getAtt) return getAtt[0];
    const join = (resource as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
    if (join) return join[1].map(name).join('');
    return JSON.stringify(resource);
  };
  return {
    actions: asArray(statement.Action).sort(),
    resources: asArray(statement.Resource).map(name).sort(),
  };
}
