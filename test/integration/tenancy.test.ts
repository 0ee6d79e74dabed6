/**
 * Tenancy through the whole stack: a user of another merchant asking for this merchant's result gets
 * exactly the answer a result that does not exist gets, byte for byte, so ids cannot be probed.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiResponse,
  attackerOf,
  type DemoResult,
  demoResults,
  postReport,
  tokenFor,
} from '../support/stack-client.ts';

let victim: DemoResult;
let attacker: { userId: string; merchantId: string };
let attackerToken: string;
/** A result the attacker's own merchant owns. */
let attackersOwn: DemoResult;

function comparable(response: ApiResponse) {
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: response.text,
  };
}

beforeAll(async () => {
  const results = demoResults();
  const [first] = results;
  if (!first) throw new Error('The demo document has no result');
  victim = first;
  attacker = attackerOf(victim.merchantId);
  const own = results.find((result) => result.merchantId === attacker.merchantId);
  if (!own) throw new Error(`The demo document has no result of merchant ${attacker.merchantId}`);
  attackersOwn = own;
  attackerToken = await tokenFor(attacker.userId);
});

describe("another merchant's result", () => {
  it('is served to a user of the merchant that owns it (so the refusals below are about tenancy)', async () => {
    const owner = await postReport(
      { interview_result_id: victim.id, export_type: 'json' },
      { token: await tokenFor(victim.userId) },
    );
    expect(owner.status).toBe(200);
  });

  it('gets the same 422 `Interview result not found` bytes as a nonexistent id (single id)', async () => {
    const foreign = await postReport(
      { interview_result_id: victim.id, export_type: 'json' },
      { token: attackerToken },
    );
    const missing = await postReport(
      { interview_result_id: randomUUID(), export_type: 'json' },
      { token: attackerToken },
    );
    expect(foreign.status).toBe(422);
    expect(foreign.json()).toEqual({ error: 'Interview result not found', name: 'interview_result_id' });
    expect(comparable(foreign)).toEqual(comparable(missing));
  });

  it('gets the same answer as a nonexistent id inside a combined report, naming the same position', async () => {
    const foreign = await postReport(
      { interview_result_ids: [attackersOwn.id, victim.id], export_type: 'json' },
      { token: attackerToken },
    );
    const missing = await postReport(
      { interview_result_ids: [attackersOwn.id, randomUUID()], export_type: 'json' },
      { token: attackerToken },
    );
    expect(foreign.status).toBe(422);
    expect(foreign.json()).toEqual({ error: 'Interview result not found', name: 'interview_result_ids[1]' });
    expect(comparable(foreign)).toEqual(comparable(missing));
  });

  it('leaks nothing of the result into the refusal', async () => {
    const foreign = await postReport(
      { interview_result_id: victim.id, export_type: 'json' },
      { token: attackerToken },
    );
    expect(foreign.text).not.toContain(victim.merchantId);
    expect(foreign.text).not.toContain(victim.id);
  });
});
