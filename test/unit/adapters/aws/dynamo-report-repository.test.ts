import { describe, expect, it } from 'vitest';
import { BatchIncompleteError } from '../../../../shared/adapters/aws/batch-operations.ts';
import { DynamoReportRepository } from '../../../../shared/adapters/aws/dynamo-report-repository.ts';
import { toItem } from '../../../../shared/adapters/aws/table-design.ts';
import type {
  CandidateRecord,
  InterviewRecord,
  InterviewResultRecord,
  TurnRecord,
} from '../../../../shared/domain/records.ts';
import { InMemoryDynamo } from './in-memory-dynamo.ts';

const MERCHANT = 'aaaaaaaa-0000-4000-8000-000000000001';
const OTHER_MERCHANT = 'aaaaaaaa-0000-4000-8000-000000000002';

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

function interview(n: number, merchant = MERCHANT): InterviewRecord {
  return {
    interview_id: id('bbbbbbbb', n),
    merchant_id: merchant,
    name: `Interview ${n}`,
    position: 'Engineer',
    mojito_language_code: 'en',
    questions: [],
    pdf_export_auto_config: null,
  };
}

function candidate(n: number, merchant = MERCHANT): CandidateRecord {
  return {
    candidate_id: id('cccccccc', n),
    merchant_id: merchant,
    name: `Candidate ${n}`,
    email: null,
    linkedin_url: null,
    phone_number: null,
    address: null,
  };
}

function result(n: number, interviewN: number, candidateN: number): InterviewResultRecord {
  return {
    interview_result_id: id('dddddddd', n),
    merchant_id: MERCHANT,
    interview_id: id('bbbbbbbb', interviewN),
    candidate_id: id('cccccccc', candidateN),
    mojito_language_code: 'en',
    status: 'completed',
    decision: 'undecided',
    start: null,
    end: null,
    duration_ds: null,
    score: n,
    score_answer: null,
    score_interview: null,
    score_pronunciation: null,
    score_sentiment: null,
    score_words_per_minute: null,
    ai_interview_coverage_percentage: null,
    ai_analysis_recruiter: null,
    reasons_to_hire: [],
    reasons_not_to_hire: [],
    key_statement: null,
    resume_analysis: null,
    recruiter_risks: [],
    rubric_evaluation: [],
    recording_local_path: null,
    recording_is_video: null,
    video_introduction_local_path: null,
    pdf_export_url: null,
    pdf_export_valid_until: null,
    pdf_export_version: null,
  };
}

function turn(sequence: number): TurnRecord {
  return {
    id: id('eeeeeeee', sequence),
    sequence,
    question_original_id: null,
    parent_turn_id: null,
    question_asked: `Question ${sequence}`,
    answer: `Answer ${sequence}`,
    ai_analysis_recruiter: null,
    score: 3,
    duration_ds: 100,
    mojito_language_code: 'en',
    answer_assessment_raw_data: null,
    recording_local_path: null,
    recording_is_video: null,
  };
}

/** n results over 5 interviews and n candidates, each with a transcript and a files item. */
function seeded(n: number, options?: ConstructorParameters<typeof InMemoryDynamo>[0]) {
  const dynamo = new InMemoryDynamo(options);
  for (let i = 1; i <= 5; i++) dynamo.put(toItem.interview(interview(i)));
  for (let i = 1; i <= n; i++) {
    const record = result(i, ((i - 1) % 5) + 1, i);
    dynamo.put(
      toItem.candidate(candidate(i)),
      toItem.candidateFiles(candidate(i), [
        {
          file_id: id('ffffffff', i),
          type: 'resume',
          file_name: 'cv.pdf',
          page_keys: [`files/${i}/page-1.png`],
        },
      ]),
      toItem.result(record),
      toItem.transcript(record, [turn(2), turn(0), turn(1)]),
    );
  }
  return dynamo;
}

const quietLogger = () => {
  const warnings: Array<{ message: string; attributes: Record<string, unknown> }> = [];
  return {
    warnings,
    logger: {
      warn: (message: string, attributes: Record<string, unknown>) => warnings.push({ message, attributes }),
    },
  };
};

describe('DynamoReportRepository.loadResultBundles', () => {
  it('loads 50 whole bundles in three BatchGetItem requests (results + transcripts, then the rest)', async () => {
    const dynamo = seeded(50);
    const repository = new DynamoReportRepository(dynamo.client, 'reports', quietLogger());
    const ids = Array.from({ length: 50 }, (_, i) => id('dddddddd', i + 1));

    const bundles = await repository.loadResultBundles(ids);

    expect([...bundles.keys()]).toEqual(ids);
    const bundle = bundles.get(ids[6] as string);
    expect(bundle?.result.score).toBe(7);
    expect(bundle?.interview.interview_id).toBe(id('bbbbbbbb', 2));
    expect(bundle?.candidate.name).toBe('Candidate 7');
    expect(bundle?.files.map((file) => file.page_keys)).toEqual([['files/7/page-1.png']]);
    expect(bundle?.turns.map((t) => t.sequence)).toEqual([0, 1, 2]);
    expect(bundle?.result).not.toHaveProperty('pk');
    // Round 1: 100 keys (one request). Round 2: 5 interviews + 50 candidates + 50 files = 105 keys (two).
    expect(dynamo.count('BatchGetItem')).toBe(3);
  });

  it('leaves ids that do not exist out of the map, and makes no request for an empty list', async () => {
    const dynamo = seeded(2);
    const repository = new DynamoReportRepository(dynamo.client, 'reports', quietLogger());
    const bundles = await repository.loadResultBundles([id('dddddddd', 1), id('dddddddd', 99)]);
    expect([...bundles.keys()]).toEqual([id('dddddddd', 1)]);
    expect(await repository.loadResultBundles([])).toEqual(new Map());
    expect(await repository.loadResultBundles([id('dddddddd', 98)])).toEqual(new Map());
    expect(dynamo.count('BatchGetItem')).toBe(3);
  });

  it("stops at the first round for another merchant's result when scoped, as for a missing id", async () => {
    const dynamo = seeded(2);
    const repository = new DynamoReportRepository(dynamo.client, 'reports', quietLogger());
    const foreign = await repository.loadResultBundles([id('dddddddd', 1)], { merchantId: OTHER_MERCHANT });
    const missing = await repository.loadResultBundles([id('dddddddd', 99)], { merchantId: OTHER_MERCHANT });
    expect(foreign).toEqual(new Map());
    expect(missing).toEqual(new Map());
    // One BatchGetItem each: the same work, so the same time, whether the id exists elsewhere or not.
    expect(dynamo.count('BatchGetItem')).toBe(2);
    const own = await repository.loadResultBundles([id('dddddddd', 1)], { merchantId: MERCHANT });
    expect([...own.keys()]).toEqual([id('dddddddd', 1)]);
  });

  it('treats a result whose interview or candidate is missing, or of another merchant, as missing and logs it', async () => {
    const dynamo = seeded(3);
    dynamo.items.clear();
    const orphanInterview = result(1, 9, 1);
    const foreignCandidate = result(2, 1, 2);
    dynamo.put(
      toItem.interview(interview(1)),
      toItem.candidate(candidate(1)),
      toItem.candidate(candidate(2, OTHER_MERCHANT)),
      toItem.result(orphanInterview),
      toItem.result(foreignCandidate),
    );
    const { warnings, logger } = quietLogger();
    const repository = new DynamoReportRepository(dynamo.client, 'reports', { logger });

    const bundles = await repository.loadResultBundles([id('dddddddd', 1), id('dddddddd', 2)]);

    expect(bundles.size).toBe(0);
    expect(warnings).toEqual([
      {
        message: 'Interview result skipped: its interview is missing',
        attributes: expect.objectContaining({
          interview_result_id: id('dddddddd', 1),
          found_for_other_merchant: false,
        }),
      },
      {
        message: 'Interview result skipped: its candidate is missing',
        attributes: expect.objectContaining({
          interview_result_id: id('dddddddd', 2),
          found_for_other_merchant: true,
        }),
      },
    ]);
  });

  it('returns a result without transcript or files with empty lists', async () => {
    const dynamo = new InMemoryDynamo();
    const record = result(1, 1, 1);
    dynamo.put(toItem.interview(interview(1)), toItem.candidate(candidate(1)), toItem.result(record));
    const repository = new DynamoReportRepository(dynamo.client, 'reports', quietLogger());
    const bundle = (await repository.loadResultBundles([record.interview_result_id])).get(
      record.interview_result_id,
    );
    expect(bundle?.turns).toEqual([]);
    expect(bundle?.files).toEqual([]);
  });

  it('finds ids given in upper case and keys the map by the ids as given', async () => {
    const dynamo = seeded(1);
    dynamo.items.clear();
    const record = { ...result(1, 1, 1), interview_result_id: 'abcdef00-0000-4000-8000-000000000001' };
    dynamo.put(toItem.interview(interview(1)), toItem.candidate(candidate(1)), toItem.result(record));
    const repository = new DynamoReportRepository(dynamo.client, 'reports', quietLogger());
    const bundles = await repository.loadResultBundles(['ABCDEF00-0000-4000-8000-000000000001']);
    expect([...bundles.keys()]).toEqual(['ABCDEF00-0000-4000-8000-000000000001']);
  });

  it('asks again for keys DynamoDB left unprocessed, with backoff', async () => {
    const dynamo = seeded(10, { unprocessedPerCall: [7, 3] });
    const waits: number[] = [];
    const repository = new DynamoReportRepository(dynamo.client, 'reports', {
      ...quietLogger(),
      retry: { sleep: async (ms) => void waits.push(ms) },
    });
    const ids = Array.from({ length: 10 }, (_, i) => id('dddddddd', i + 1));
    const bundles = await repository.loadResultBundles(ids);
    expect(bundles.size).toBe(10);
    expect(dynamo.count('BatchGetItem')).toBe(4);
    expect(waits).toHaveLength(2);
  });

  it('gives up with BatchIncompleteError when DynamoDB keeps leaving keys unprocessed', async () => {
    const dynamo = seeded(2, { unprocessedPerCall: [1, 1, 1] });
    const repository = new DynamoReportRepository(dynamo.client, 'reports', {
      ...quietLogger(),
      retry: { maxAttempts: 3, sleep: async () => {} },
    });
    await expect(repository.loadResultBundles([id('dddddddd', 1)])).rejects.toBeInstanceOf(
      BatchIncompleteError,
    );
  });
});

describe('DynamoReportRepository.getMembership', () => {
  it('returns the membership of a user without key attributes, and null for a stranger', async () => {
    const dynamo = new InMemoryDynamo().put(
      toItem.membership({ user_id: 'user-1', merchant_id: MERCHANT, role: 'recruiter' }),
    );
    const repository = new DynamoReportRepository(dynamo.client, 'reports', quietLogger());
    expect(await repository.getMembership('user-1')).toEqual({
      user_id: 'user-1',
      merchant_id: MERCHANT,
      role: 'recruiter',
    });
    expect(await repository.getMembership('user-2')).toBeNull();
  });
});
