/**
 * Every cdk-nag acknowledgement earns its place: synthesized with the acknowledgements switched off,
 * the AwsSolutions findings are exactly the acknowledged ones (none unacknowledged, none acknowledged
 * that no longer occurs), and each carries a reason. Staging is used because it has every function,
 * the HS256 authorizer included.
 */
import { type Acknowledgment, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStageConfig } from '../../infra/stages/load-stage-config.ts';
import { type ReportedViolation, synthStage } from './support/synth-stage.ts';

interface Recorded extends Acknowledgment {
  path: string;
}

const acknowledged: Recorded[] = [];
let findings: { id: string; path: string }[] = [];

beforeAll(() => {
  const original = Validations.prototype.acknowledge;
  Validations.prototype.acknowledge = function record(this: Validations, ...rules: Acknowledgment[]) {
    const scope = (this as unknown as { scope: IConstruct }).scope;
    for (const rule of rules) acknowledged.push({ ...rule, path: scope.node.path });
  };
  try {
    const { violations } = synthStage(loadStageConfig('staging'), { failOnFindings: false });
    findings = violations.flatMap((violation: ReportedViolation) =>
      violation.violatingConstructs.map((construct) => ({
        id: violation.ruleName,
        path: construct.constructPath,
      })),
    );
  } finally {
    Validations.prototype.acknowledge = original;
  }
});

const covers = (ack: Recorded, finding: { id: string; path: string }) =>
  ack.id === finding.id && (finding.path === ack.path || finding.path.startsWith(`${ack.path}/`));

describe('cdk-nag acknowledgements (staging)', () => {
  it('finds something to acknowledge, so the check is live', () => {
    expect(findings.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(0);
  });

  it('every finding is acknowledged where it occurs', () => {
    const unacknowledged = findings.filter((finding) => !acknowledged.some((ack) => covers(ack, finding)));
    expect(unacknowledged).toEqual([]);
  });

  it('every acknowledgement matches a finding', () => {
    const stale = acknowledged.filter((ack) => !findings.some((finding) => covers(ack, finding)));
    expect(stale).toEqual([]);
  });

  it('every acknowledgement is specific and gives a reason', () => {
    for (const ack of acknowledged) {
      // Specific: one rule's one finding (e.g. IAM5[Resource::…]), never a whole rule.
      expect(ack.id, ack.path).toMatch(/^AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(ack.reason.length, ack.id).toBeGreaterThan(80);
    }
  });
});
