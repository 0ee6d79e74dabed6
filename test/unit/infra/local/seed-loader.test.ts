import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedDocument, SeedValidationError } from '../../../../infra/local/seed-loader.ts';
import { itemKeys, keyId, toItem } from '../../../../shared/adapters/aws/table-design.ts';
import { InMemoryDynamo, RecordingS3 } from '../../adapters/aws/in-memory-dynamo.ts';

const MERCHANT = '11111111-1111-4111-8111-111111111111';
const OTHER_MERCHANT = '22222222-2222-4222-8222-222222222222';
const INTERVIEW = '33333333-3333-4333-8333-333333333333';
const QUESTION_1 = '33333333-3333-4333-8333-000000000001';
const QUESTION_2 = '33333333-3333-4333-8333-000000000002';
const CANDIDATE = '44444444-4444-4444-8444-444444444444';
const FILE = '55555555-5555-4555-8555-555555555555';
const RESULT = '66666666-6666-4666-8666-666666666666';
const TURN_1 = '77777777-7777-4777-8777-000000000001';
const TURN_2 = '77777777-7777-4777-8777-000000000002';
const USER = '88888888-8888-4888-8888-888888888888';

let baseDir: string;

beforeAll(() => {
  baseDir = mkdtempSync(join(tmpdir(), 'seed-loader-test-'));
  mkdirSync(join(baseDir, 'assets'));
  writeFileSync(join(baseDir, 'assets', 'page.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  writeFileSync(join(baseDir, 'assets', 'answer.ogg'), Buffer.from('OggS fake audio'));
  writeFileSync(join(baseDir, 'assets', 'intro.webm'), Buffer.from('fake video'));
});
afterAll(() => rmSync(baseDir, { recursive: true, force: true }));

/** A small valid document; each test breaks one thing in a copy. */
function validDocument() {
  return {
    merchants: [{ merchant_id: MERCHANT, name: 'Acme', credits_balance_tenths: 100 }],
    memberships: [{ user_id: USER, merchant_id: MERCHANT, role: 'owner' }],
    candidates: [{ candidate_id: CANDIDATE, merchant_id: MERCHANT, name: 'Ada Lovelace' }],
    files: [
      {
        file_id: FILE,
        candidate_id: CANDIDATE,
        type: 'resume',
        file_name: 'cv.pdf',
        pages: [{ file: 'assets/page.png' }, { key: 'files/existing/page-2.png' }],
      },
    ],
    interviews: [
      {
        interview_id: INTERVIEW,
        merchant_id: MERCHANT,
        name: 'Engineer',
        position: 'Engineer',
        mojito_language_code: 'en',
        questions: [
          { id: QUESTION_1, position: 1, question: 'Why us?' },
          { id: QUESTION_2, position: 2, question: 'Why now?' },
        ],
      },
    ],
    results: [
      {
        interview_result_id: RESULT,
        merchant_id: MERCHANT,
        interview_id: INTERVIEW,
        candidate_id: CANDIDATE,
        mojito_language_code: 'en',
        status: 'completed',
        score: 70,
        video_introduction_file: 'assets/intro.webm',
        turns: [
          {
            id: TURN_1,
            sequence: 0,
            question_original_id: QUESTION_1,
            answer: 'Because.',
            score: 3,
            recording_file: 'assets/answer.ogg',
          },
          { id: TURN_2, sequence: 1, parent_turn_id: TURN_1, answer: 'Really.' },
        ],
      },
    ],
  } as Record<string, unknown> & { results: [EditableRecord & { turns: [EditableRecord, EditableRecord] }] };
}

type EditableRecord = Record<string, unknown>;

function target(dynamo = new InMemoryDynamo(), s3 = new RecordingS3()) {
  return {
    dynamo,
    s3,
    seedTarget: { ddb: dynamo.client, s3: s3.client, tableName: 'reports', filesBucket: 'files', baseDir },
  };
}

/** Loads `doc`, expects a refusal naming `path`, and checks that nothing was written or uploaded. */
async function expectRefusal(doc: unknown, path: string, message?: RegExp, dynamo = new InMemoryDynamo()) {
  const { s3, seedTarget } = target(dynamo);
  const itemsBefore = dynamo.items.size;
  const error = await loadSeedDocument(doc, seedTarget).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SeedValidationError);
  const refusal = error as SeedValidationError;
  expect(refusal.path).toBe(path);
  expect(refusal.message.startsWith(`${path}: `)).toBe(true);
  if (message) expect(refusal.message).toMatch(message);
  expect(dynamo.count('BatchWriteItem')).toBe(0);
  expect(dynamo.items.size).toBe(itemsBefore);
  expect(s3.puts).toEqual([]);
  return refusal;
}

describe('loadSeedDocument refuses a bad document, naming the JSON path, and writes nothing', () => {
  it('a turn score out of range', async () => {
    const doc = validDocument();
    doc.results[0].turns[0].score = 7;
    await expectRefusal(doc, '$.results[0].turns[0].score', /must be <= 5/);
  });

  it('a missing required field', async () => {
    const doc = validDocument();
    delete doc.results[0].status;
    await expectRefusal(doc, '$.results[0].status', /is required/);
  });

  it('an unknown field, listing the allowed ones', async () => {
    const doc = validDocument();
    (doc.candidates as [EditableRecord])[0].nickname = 'Ada';
    await expectRefusal(doc, '$.candidates[0].nickname', /allowed: candidate_id, merchant_id, name/);
  });

  it('an id that is not a canonical lower-case UUID', async () => {
    const doc = validDocument();
    doc.results[0].interview_result_id = 'ABCDEF00-6666-4666-8666-666666666666';
    await expectRefusal(doc, '$.results[0].interview_result_id');
  });

  it('an enum value, listing the valid values', async () => {
    const doc = validDocument();
    doc.results[0].mojito_language_code = 'xx';
    await expectRefusal(doc, '$.results[0].mojito_language_code', /must be one of: "ar", "bg"/);
  });

  it('a page that names both a local file and a key', async () => {
    const doc = validDocument();
    (doc.files as [{ pages: object[] }])[0].pages[0] = { file: 'assets/page.png', key: 'x' };
    await expectRefusal(doc, '$.files[0].pages[0]', /exactly one of: file, key/);
  });

  it('a document that is not an object', async () => {
    await expectRefusal([], '$', /must be object/);
  });

  it('a result whose interview is neither in the document nor in the table', async () => {
    const doc = validDocument();
    doc.interviews = [];
    await expectRefusal(doc, '$.results[0].interview_id', /neither in this document nor in the table/);
  });

  it('a result whose interview belongs to another merchant (found in the table)', async () => {
    const doc = validDocument();
    doc.interviews = [];
    const dynamo = new InMemoryDynamo().put(
      toItem.interview({
        interview_id: INTERVIEW,
        merchant_id: OTHER_MERCHANT,
        name: 'x',
        position: 'x',
        mojito_language_code: 'en',
        questions: [],
        pdf_export_auto_config: null,
      }),
    );
    await expectRefusal(doc, '$.results[0].interview_id', /belongs to merchant 2222/, dynamo);
  });

  it('a membership of an unknown merchant', async () => {
    const doc = validDocument();
    (doc.memberships as [EditableRecord])[0].merchant_id = OTHER_MERCHANT;
    await expectRefusal(doc, '$.memberships[0].merchant_id', /merchant 2222/);
  });

  it('a turn that answers a question of no such interview question', async () => {
    const doc = validDocument();
    doc.results[0].turns[0].question_original_id = OTHER_MERCHANT;
    await expectRefusal(doc, '$.results[0].turns[0].question_original_id', /is not a question of interview/);
  });

  it('a follow-up whose parent is a later turn', async () => {
    const doc = validDocument();
    doc.results[0].turns[0].parent_turn_id = TURN_2;
    await expectRefusal(doc, '$.results[0].turns[0].parent_turn_id', /earlier turn/);
  });

  it('a duplicate id, naming the first occurrence', async () => {
    const doc = validDocument();
    doc.results[0].turns[1].id = TURN_1;
    await expectRefusal(doc, '$.results[0].turns[1].id', /duplicates \$\.results\[0\]\.turns\[0\]\.id/);
  });

  it('rubric evaluation of a question the interview does not have', async () => {
    const doc = validDocument();
    doc.results[0].rubric_evaluation = [
      { question_original_id: TURN_1, level: 'strong', expectation: 'x', verdict: 'confirmed' },
    ];
    await expectRefusal(doc, '$.results[0].rubric_evaluation[0].question_original_id');
  });

  it('a result that ends before it starts', async () => {
    const doc = validDocument();
    Object.assign(doc.results[0], { start: '2026-10-01T10:00:00Z', end: '2026-10-01T09:00:00Z' });
    await expectRefusal(doc, '$.results[0].end', /before start/);
  });

  it('a local file that does not exist', async () => {
    const doc = validDocument();
    doc.results[0].turns[0].recording_file = 'assets/missing.ogg';
    await expectRefusal(doc, '$.results[0].turns[0].recording_file', /missing\.ogg does not exist/);
  });

  it.skipIf(process.getuid?.() === 0)('a local file that cannot be read', async () => {
    const unreadable = join(baseDir, 'assets', 'locked.ogg');
    writeFileSync(unreadable, 'x');
    chmodSync(unreadable, 0o000);
    const doc = validDocument();
    doc.results[0].turns[0].recording_file = 'assets/locked.ogg';
    await expectRefusal(doc, '$.results[0].turns[0].recording_file', /cannot be read/);
  });

  it('a recording given both as a local file and as a stored key', async () => {
    const doc = validDocument();
    doc.results[0].turns[0].recording_local_path = 'recordings/x.ogg';
    await expectRefusal(doc, '$.results[0].turns[0].recording_file', /not both/);
  });

  it('reports the first problem and counts the others', async () => {
    const doc = validDocument();
    doc.interviews = [];
    (doc.memberships as [EditableRecord])[0].merchant_id = OTHER_MERCHANT;
    const refusal = await expectRefusal(doc, '$.memberships[0].merchant_id');
    expect(refusal.problems.map((problem) => problem.path)).toEqual([
      '$.memberships[0].merchant_id',
      '$.results[0].interview_id',
    ]);
    expect(refusal.message).toMatch(/and 1 more problem/);
  });
});

describe('loadSeedDocument with a valid document', () => {
  it('uploads local files under the documented layout and writes every record with defaults filled in', async () => {
    const { dynamo, s3, seedTarget } = target();
    const summary = await loadSeedDocument(validDocument(), seedTarget);

    expect(
      s3.puts
        .map(({ key, contentType }) => ({ key, contentType }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    ).toEqual([
      { key: `files/${MERCHANT}/${CANDIDATE}/${FILE}/page-1.png`, contentType: 'image/png' },
      { key: `recordings/${MERCHANT}/${RESULT}/answers/${TURN_1}.ogg`, contentType: 'audio/ogg' },
      { key: `recordings/${MERCHANT}/${RESULT}/video-introduction.webm`, contentType: 'video/webm' },
    ]);
    expect(s3.puts.every((put) => put.bucket === 'files' && put.bytes > 0)).toBe(true);

    const result = dynamo.items.get(keyId(itemKeys.result(RESULT)));
    expect(result).toMatchObject({
      decision: 'undecided',
      score: 70,
      score_answer: null,
      reasons_to_hire: [],
      recording_local_path: null,
      video_introduction_local_path: `recordings/${MERCHANT}/${RESULT}/video-introduction.webm`,
    });
    expect(result).not.toHaveProperty('turns');
    expect(result).not.toHaveProperty('video_introduction_file');

    const transcript = dynamo.items.get(keyId(itemKeys.transcript(RESULT))) as {
      turns: Record<string, unknown>[];
    };
    expect(transcript.turns).toHaveLength(2);
    expect(transcript.turns[0]).toMatchObject({
      recording_local_path: `recordings/${MERCHANT}/${RESULT}/answers/${TURN_1}.ogg`,
      recording_is_video: false,
      answer_assessment_raw_data: null,
    });
    expect(transcript.turns[0]).not.toHaveProperty('recording_file');
    expect(transcript.turns[1]).toMatchObject({ parent_turn_id: TURN_1, question_asked: null, score: null });

    const files = dynamo.items.get(keyId(itemKeys.candidateFiles(CANDIDATE))) as { files: unknown[] };
    expect(files.files).toEqual([
      {
        file_id: FILE,
        type: 'resume',
        file_name: 'cv.pdf',
        page_keys: [`files/${MERCHANT}/${CANDIDATE}/${FILE}/page-1.png`, 'files/existing/page-2.png'],
      },
    ]);
    expect(dynamo.items.get(keyId(itemKeys.membership(USER)))).toMatchObject({ merchant_id: MERCHANT });
    expect(summary).toMatchObject({ itemsWritten: 7, objectsUploaded: 3, counts: { results: 1, turns: 2 } });
  });

  it('accepts references to records already in the table and keeps files the candidate already has', async () => {
    const seeded = target();
    await loadSeedDocument(validDocument(), seeded.seedTarget);
    const secondFile = '55555555-5555-4555-8555-000000000002';
    const addition = {
      files: [
        {
          file_id: secondFile,
          candidate_id: CANDIDATE,
          type: 'cover_letter',
          file_name: 'letter.pdf',
          pages: [{ key: 'k' }],
        },
      ],
      results: [
        {
          interview_result_id: '66666666-6666-4666-8666-000000000002',
          merchant_id: MERCHANT,
          interview_id: INTERVIEW,
          candidate_id: CANDIDATE,
          mojito_language_code: 'de',
          status: 'started',
        },
      ],
    };
    const again = target(seeded.dynamo);
    await loadSeedDocument(addition, again.seedTarget);
    const files = seeded.dynamo.items.get(keyId(itemKeys.candidateFiles(CANDIDATE))) as {
      files: Array<{ file_id: string }>;
    };
    expect(files.files.map((file) => file.file_id)).toEqual([FILE, secondFile]);
    expect(seeded.dynamo.items.has(keyId(itemKeys.result('66666666-6666-4666-8666-000000000002')))).toBe(
      true,
    );
  });
});
