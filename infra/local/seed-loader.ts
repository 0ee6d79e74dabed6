/**
 * Loads a seed document (docs/seed-format.md, schema: infra/local/seed-document.schema.json) into the
 * report table and the files bucket.
 *
 * All or nothing as far as a person can tell: the whole document is checked first (schema, duplicate
 * ids, references to records in the document or already in the table, local files readable) and the
 * first problem is reported with the JSON path of the bad field; only a document without problems is
 * written. Objects are uploaded before the items that point at them, so no item ever names a missing
 * object.
 */
import { constants as fsConstants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import {
  type BatchRetryOptions,
  batchGetItems,
  batchWriteItems,
} from '../../shared/adapters/aws/batch-operations.ts';
import {
  CONTENT_TYPE_BY_EXTENSION,
  filePageKey,
  recordingKey,
} from '../../shared/adapters/aws/object-keys.ts';
import {
  type CandidateFilesItem,
  type ItemKey,
  itemKeys,
  keyId,
  recordOf,
  type TableItem,
  toItem,
} from '../../shared/adapters/aws/table-design.ts';
import { mapLimited } from '../../shared/concurrency.ts';
import { describeSchemaProblem, jsonPath, type PathSegment } from '../../shared/contract/schema-error.ts';
import type {
  CandidateFileRecord,
  CandidateRecord,
  CreditLedgerEntryRecord,
  InterviewRecord,
  InterviewResultRecord,
  MembershipRecord,
  MerchantRecord,
  TurnRecord,
} from '../../shared/domain/records.ts';
import seedSchema from './seed-document.schema.json' with { type: 'json' };

// ---------------------------------------------------------------------------------------------------
// The document, as the schema describes it (optional fields are filled with null / [] when records
// are built).

type Nullable<T> = T | null | undefined;

interface SeedTurn {
  id: string;
  sequence: number;
  question_original_id?: string | null;
  parent_turn_id?: string | null;
  question_asked?: string | null;
  answer?: string | null;
  ai_analysis_recruiter?: string | null;
  score?: number | null;
  duration_ds?: number | null;
  mojito_language_code?: TurnRecord['mojito_language_code'];
  answer_assessment_raw_data?: Partial<NonNullable<TurnRecord['answer_assessment_raw_data']>> | null;
  recording_local_path?: string | null;
  recording_file?: string;
  recording_is_video?: boolean | null;
}

type SeedResult = Partial<Omit<InterviewResultRecord, 'turns'>> &
  Pick<
    InterviewResultRecord,
    | 'interview_result_id'
    | 'merchant_id'
    | 'interview_id'
    | 'candidate_id'
    | 'mojito_language_code'
    | 'status'
  > & {
    recording_file?: string;
    video_introduction_file?: string;
    turns?: SeedTurn[];
    key_statement?: { quote: string; result_question_id?: string | null } | null;
  };

interface SeedFile {
  file_id: string;
  candidate_id: string;
  type: CandidateFileRecord['type'];
  file_name: string;
  pages: Array<{ file?: string; key?: string }>;
}

type SeedInterview = Omit<InterviewRecord, 'questions' | 'pdf_export_auto_config'> & {
  questions: Array<
    Omit<InterviewRecord['questions'][number], 'candidate_expectations_json'> & {
      candidate_expectations_json?: InterviewRecord['questions'][number]['candidate_expectations_json'];
    }
  >;
  pdf_export_auto_config?: InterviewRecord['pdf_export_auto_config'];
};

/** A document that passed the schema. */
export interface SeedDocument {
  merchants: MerchantRecord[];
  credit_ledger: Array<
    Omit<CreditLedgerEntryRecord, 'interview_result_id'> & { interview_result_id?: string | null }
  >;
  memberships: MembershipRecord[];
  candidates: Array<
    Pick<CandidateRecord, 'candidate_id' | 'merchant_id' | 'name'> & Partial<CandidateRecord>
  >;
  files: SeedFile[];
  interviews: SeedInterview[];
  results: SeedResult[];
}

// ---------------------------------------------------------------------------------------------------
// Errors

export interface SeedProblem {
  /** JSON path of the bad field, e.g. `$.results[2].turns[0].score`. */
  path: string;
  message: string;
}

/** The document cannot be loaded; nothing of it was written. `path` names the first bad field. */
export class SeedValidationError extends Error {
  override readonly name = 'SeedValidationError';
  readonly path: string;
  constructor(
    readonly problems: readonly [SeedProblem, ...SeedProblem[]],
    options?: ErrorOptions,
  ) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
    super(`${first.path}: ${first.message}${more}`, options);
    this.path = first.path;
  }
}

// ---------------------------------------------------------------------------------------------------
// Schema validation

let compiledValidator: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (compiledValidator) return compiledValidator;
  // verbose: errors carry their schema, so a refusal can list the allowed fields.
  const ajv = new Ajv2020({ strict: true, allErrors: false, allowUnionTypes: true, verbose: true });
  addFormatsModule.default(ajv, ['uuid', 'date-time', 'email', 'uri']);
  compiledValidator = ajv.compile(seedSchema);
  return compiledValidator;
}

// ---------------------------------------------------------------------------------------------------
// Checks across records

export interface SeedTarget {
  ddb: DynamoDBDocumentClient;
  s3: S3Client;
  tableName: string;
  filesBucket: string;
  /** Directory that relative `file` paths of the document are resolved against. */
  baseDir: string;
  retry?: BatchRetryOptions;
}

/** What validation needs from the table: the items of some keys (missing keys absent). */
export type ItemLookup = (keys: ItemKey[]) => Promise<Map<string, Record<string, unknown>>>;

interface Upload {
  key: string;
  absolutePath: string;
  contentType: string;
  /** Where the document names the file, for the readability check. */
  path: string;
}

/** Everything a valid document turns into. */
export interface SeedPlan {
  items: TableItem[];
  uploads: Upload[];
  counts: Record<
    | 'merchants'
    | 'credit_ledger'
    | 'memberships'
    | 'candidates'
    | 'files'
    | 'interviews'
    | 'results'
    | 'turns',
    number
  >;
}

const extensionOf = (file: string) => extname(file).slice(1).toLowerCase();

/** Video unless the extension says audio; `recording_is_video` in the document wins. */
const looksLikeVideo = (file: string) => ['webm', 'mp4'].includes(extensionOf(file));

class ProblemList {
  readonly problems: SeedProblem[] = [];
  add(segments: readonly PathSegment[], message: string) {
    this.problems.push({ path: jsonPath(segments), message });
  }
}

/** Remembers where each id was first seen; a second sighting is a problem naming the first. */
function uniqueIndex<T>(
  problems: ProblemList,
  records: readonly T[],
  section: string,
  idField: keyof T & string,
): Map<string, { record: T; index: number }> {
  const index = new Map<string, { record: T; index: number }>();
  records.forEach((record, position) => {
    const id = String(record[idField]);
    const earlier = index.get(id);
    if (earlier) {
      problems.add([section, position, idField], `duplicates ${jsonPath([section, earlier.index, idField])}`);
    } else {
      index.set(id, { record, index: position });
    }
  });
  return index;
}

/**
 * Checks a seed document completely and turns it into the items and uploads that load it. Reads the
 * table (through `lookup`) only to resolve references to records the document does not hold.
 *
 * @throws SeedValidationError naming the JSON path of the first problem.
 * @example
 * const plan = await planSeedDocument(JSON.parse(text), { baseDir: 'infra/local/demo', lookup: async () => new Map() });
 */
export async function planSeedDocument(
  doc: unknown,
  context: { baseDir: string; lookup: ItemLookup },
): Promise<SeedPlan> {
  const validate = schemaValidator();
  if (!validate(doc)) {
    const [first] = validate.errors ?? [];
    if (!first) throw new SeedValidationError([{ path: '$', message: 'does not match the seed schema' }]);
    const { path, problem } = describeSchemaProblem(first, { path: jsonPath, words: 'schema' });
    throw new SeedValidationError([{ path, message: problem }]);
  }
  const document = withSections(doc as Partial<SeedDocument>);
  const problems = new ProblemList();

  const merchants = uniqueIndex(problems, document.merchants, 'merchants', 'merchant_id');
  uniqueIndex(problems, document.memberships, 'memberships', 'user_id');
  const candidates = uniqueIndex(problems, document.candidates, 'candidates', 'candidate_id');
  uniqueIndex(problems, document.files, 'files', 'file_id');
  const interviews = uniqueIndex(problems, document.interviews, 'interviews', 'interview_id');
  const results = uniqueIndex(problems, document.results, 'results', 'interview_result_id');
  const ledgerKeys = new Map<string, number>();
  document.credit_ledger.forEach((entry, index) => {
    const id = `${entry.merchant_id}/${entry.entry_id}`;
    const earlier = ledgerKeys.get(id);
    if (earlier === undefined) ledgerKeys.set(id, index);
    else
      problems.add(
        ['credit_ledger', index, 'entry_id'],
        `duplicates ${jsonPath(['credit_ledger', earlier, 'entry_id'])}`,
      );
  });

  // One read of everything referenced but not in the document (and of the files candidates already have).
  const wanted: ItemKey[] = [];
  const referencedMerchants = [
    ...document.credit_ledger,
    ...document.memberships,
    ...document.candidates,
    ...document.interviews,
    ...document.results,
  ].map((record) => record.merchant_id);
  for (const id of referencedMerchants) if (!merchants.has(id)) wanted.push(itemKeys.merchant(id));
  for (const result of document.results) {
    if (!interviews.has(result.interview_id)) wanted.push(itemKeys.interview(result.interview_id));
    if (!candidates.has(result.candidate_id)) wanted.push(itemKeys.candidate(result.candidate_id));
  }
  for (const entry of document.credit_ledger) {
    if (entry.interview_result_id && !results.has(entry.interview_result_id)) {
      wanted.push(itemKeys.result(entry.interview_result_id));
    }
  }
  for (const file of document.files) {
    if (!candidates.has(file.candidate_id)) wanted.push(itemKeys.candidate(file.candidate_id));
    wanted.push(itemKeys.candidateFiles(file.candidate_id));
  }
  const stored =
    wanted.length > 0 ? await context.lookup(wanted) : new Map<string, Record<string, unknown>>();
  const storedRecord = <T>(key: ItemKey): T | undefined => {
    const item = stored.get(keyId(key));
    return item ? recordOf<T>(item) : undefined;
  };

  const merchantExists = (id: string) =>
    merchants.has(id) || storedRecord(itemKeys.merchant(id)) !== undefined;
  const interviewById = (id: string): SeedInterview | InterviewRecord | undefined =>
    interviews.get(id)?.record ?? storedRecord<InterviewRecord>(itemKeys.interview(id));
  const candidateById = (id: string): { merchant_id: string } | undefined =>
    candidates.get(id)?.record ?? storedRecord<CandidateRecord>(itemKeys.candidate(id));
  const resultExists = (id: string) => results.has(id) || storedRecord(itemKeys.result(id)) !== undefined;
  const noMerchant = (id: string) => `merchant ${id} is neither in this document nor in the table`;

  document.credit_ledger.forEach((entry, index) => {
    if (!merchantExists(entry.merchant_id))
      problems.add(['credit_ledger', index, 'merchant_id'], noMerchant(entry.merchant_id));
    if (entry.interview_result_id && !resultExists(entry.interview_result_id)) {
      problems.add(
        ['credit_ledger', index, 'interview_result_id'],
        `interview result ${entry.interview_result_id} is neither in this document nor in the table`,
      );
    }
  });
  for (const section of ['memberships', 'candidates', 'interviews'] as const) {
    document[section].forEach((record, index) => {
      if (!merchantExists(record.merchant_id))
        problems.add([section, index, 'merchant_id'], noMerchant(record.merchant_id));
    });
  }
  document.interviews.forEach((interview, index) => {
    const ids = new Map<string, number>();
    const positions = new Map<number, number>();
    interview.questions.forEach((question, questionIndex) => {
      const at = (field: string) => ['interviews', index, 'questions', questionIndex, field];
      const earlierId = ids.get(question.id);
      if (earlierId === undefined) ids.set(question.id, questionIndex);
      else
        problems.add(at('id'), `duplicates ${jsonPath(['interviews', index, 'questions', earlierId, 'id'])}`);
      const earlierPosition = positions.get(question.position);
      if (earlierPosition === undefined) positions.set(question.position, questionIndex);
      else {
        problems.add(
          at('position'),
          `duplicates ${jsonPath(['interviews', index, 'questions', earlierPosition, 'position'])}`,
        );
      }
    });
  });

  document.files.forEach((file, index) => {
    if (!candidateById(file.candidate_id)) {
      problems.add(
        ['files', index, 'candidate_id'],
        `candidate ${file.candidate_id} is neither in this document nor in the table`,
      );
    }
  });

  const seenTurnIds = new Map<string, PathSegment[]>();
  document.results.forEach((result, index) => {
    const at = (...rest: PathSegment[]) => ['results', index, ...rest];
    if (!merchantExists(result.merchant_id)) problems.add(at('merchant_id'), noMerchant(result.merchant_id));
    const interview = interviewById(result.interview_id);
    if (!interview) {
      problems.add(
        at('interview_id'),
        `interview ${result.interview_id} is neither in this document nor in the table`,
      );
    } else if (interview.merchant_id !== result.merchant_id) {
      problems.add(
        at('interview_id'),
        `interview ${result.interview_id} belongs to merchant ${interview.merchant_id}, not to the result's merchant ${result.merchant_id}`,
      );
    }
    const candidate = candidateById(result.candidate_id);
    if (!candidate) {
      problems.add(
        at('candidate_id'),
        `candidate ${result.candidate_id} is neither in this document nor in the table`,
      );
    } else if (candidate.merchant_id !== result.merchant_id) {
      problems.add(
        at('candidate_id'),
        `candidate ${result.candidate_id} belongs to merchant ${candidate.merchant_id}, not to the result's merchant ${result.merchant_id}`,
      );
    }
    if (result.start && result.end && Date.parse(result.end) < Date.parse(result.start)) {
      problems.add(at('end'), `is before start (${result.start})`);
    }
    if (result.recording_file && result.recording_local_path) {
      problems.add(at('recording_file'), 'give either recording_file or recording_local_path, not both');
    }
    if (result.video_introduction_file && result.video_introduction_local_path) {
      problems.add(
        at('video_introduction_file'),
        'give either video_introduction_file or video_introduction_local_path, not both',
      );
    }

    const questionIds = new Set((interview?.questions ?? []).map((question) => question.id));
    const turns = result.turns ?? [];
    const turnSequence = new Map(turns.map((turn) => [turn.id, turn.sequence]));
    const sequences = new Map<number, number>();
    turns.forEach((turn, turnIndex) => {
      const turnAt = (...rest: PathSegment[]) => at('turns', turnIndex, ...rest);
      const earlierId = seenTurnIds.get(turn.id);
      if (earlierId) problems.add(turnAt('id'), `duplicates ${jsonPath(earlierId)}`);
      else seenTurnIds.set(turn.id, turnAt('id'));
      const earlierSequence = sequences.get(turn.sequence);
      if (earlierSequence !== undefined) {
        problems.add(turnAt('sequence'), `duplicates ${jsonPath(at('turns', earlierSequence, 'sequence'))}`);
      } else sequences.set(turn.sequence, turnIndex);
      if (interview && turn.question_original_id && !questionIds.has(turn.question_original_id)) {
        problems.add(
          turnAt('question_original_id'),
          `is not a question of interview ${result.interview_id} (its questions: ${[...questionIds].join(', ') || 'none'})`,
        );
      }
      if (turn.parent_turn_id) {
        const parentSequence = turnSequence.get(turn.parent_turn_id);
        if (parentSequence === undefined)
          problems.add(turnAt('parent_turn_id'), 'is not a turn of this result');
        else if (parentSequence >= turn.sequence) {
          problems.add(turnAt('parent_turn_id'), 'must be an earlier turn (a lower sequence) of this result');
        }
      }
      if (turn.recording_file && turn.recording_local_path) {
        problems.add(
          turnAt('recording_file'),
          'give either recording_file or recording_local_path, not both',
        );
      }
    });
    (result.rubric_evaluation ?? []).forEach((evaluation, evaluationIndex) => {
      if (interview && !questionIds.has(evaluation.question_original_id)) {
        problems.add(
          at('rubric_evaluation', evaluationIndex, 'question_original_id'),
          `is not a question of interview ${result.interview_id}`,
        );
      }
    });
    const quotedTurn = result.key_statement?.result_question_id;
    if (quotedTurn && !turnSequence.has(quotedTurn)) {
      problems.add(at('key_statement', 'result_question_id'), 'is not a turn of this result');
    }
  });

  const plan = buildPlan(document, {
    merchantOfCandidate: (id) => candidateById(id)?.merchant_id ?? '',
    storedFiles: (id) => storedRecord<CandidateFilesItem>(itemKeys.candidateFiles(id))?.files ?? [],
    baseDir: context.baseDir,
  });
  for (const problem of await unreadableFiles(plan.uploads)) problems.problems.push(problem);

  const [first, ...rest] = problems.problems;
  if (first) throw new SeedValidationError([first, ...rest]);
  return plan;
}

async function unreadableFiles(uploads: readonly Upload[]): Promise<SeedProblem[]> {
  const checks = await Promise.all(
    uploads.map(async (upload): Promise<SeedProblem | null> => {
      try {
        const info = await stat(upload.absolutePath);
        if (!info.isFile()) return { path: upload.path, message: `${upload.absolutePath} is not a file` };
        await access(upload.absolutePath, fsConstants.R_OK);
        return null;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`;
        return { path: upload.path, message: `${upload.absolutePath} ${reason}` };
      }
    }),
  );
  return checks.filter((problem): problem is SeedProblem => problem !== null);
}

function withSections(document: Partial<SeedDocument>): SeedDocument {
  return {
    merchants: document.merchants ?? [],
    credit_ledger: document.credit_ledger ?? [],
    memberships: document.memberships ?? [],
    candidates: document.candidates ?? [],
    files: document.files ?? [],
    interviews: document.interviews ?? [],
    results: document.results ?? [],
  };
}

// ---------------------------------------------------------------------------------------------------
// Records and uploads

function buildPlan(
  document: SeedDocument,
  context: {
    merchantOfCandidate: (candidateId: string) => string;
    storedFiles: (candidateId: string) => CandidateFileRecord[];
    baseDir: string;
  },
): SeedPlan {
  const items: TableItem[] = [];
  const uploads: Upload[] = [];
  const upload = (key: string, file: string, path: PathSegment[]) => {
    uploads.push({
      key,
      absolutePath: resolve(context.baseDir, file),
      contentType: CONTENT_TYPE_BY_EXTENSION[extensionOf(file)] ?? 'application/octet-stream',
      path: jsonPath(path),
    });
    return key;
  };

  for (const merchant of document.merchants) {
    items.push(
      toItem.merchant({
        merchant_id: merchant.merchant_id,
        name: merchant.name,
        credits_balance_tenths: merchant.credits_balance_tenths,
      }),
    );
  }
  for (const entry of document.credit_ledger) {
    items.push(
      toItem.ledgerEntry({
        entry_id: entry.entry_id,
        merchant_id: entry.merchant_id,
        created_at: entry.created_at,
        event: entry.event,
        amount_tenths: entry.amount_tenths,
        balance_after_tenths: entry.balance_after_tenths,
        interview_result_id: entry.interview_result_id ?? null,
      }),
    );
  }
  for (const membership of document.memberships) {
    items.push(
      toItem.membership({
        user_id: membership.user_id,
        merchant_id: membership.merchant_id,
        role: membership.role,
      }),
    );
  }
  for (const candidate of document.candidates) {
    items.push(
      toItem.candidate({
        candidate_id: candidate.candidate_id,
        merchant_id: candidate.merchant_id,
        name: candidate.name,
        email: candidate.email ?? null,
        linkedin_url: candidate.linkedin_url ?? null,
        phone_number: candidate.phone_number ?? null,
        address: candidate.address ?? null,
      }),
    );
  }

  // One files item per candidate: what the table already holds, with this document's files replacing
  // or joining them.
  const filesByCandidate = new Map<string, CandidateFileRecord[]>();
  document.files.forEach((file, index) => {
    const merchantId = context.merchantOfCandidate(file.candidate_id);
    const record: CandidateFileRecord = {
      file_id: file.file_id,
      type: file.type,
      file_name: file.file_name,
      page_keys: file.pages.map((page, pageIndex) =>
        page.key !== undefined
          ? page.key
          : upload(
              filePageKey(
                { merchantId, candidateId: file.candidate_id, fileId: file.file_id },
                pageIndex + 1,
                extensionOf(page.file ?? ''),
              ),
              page.file ?? '',
              ['files', index, 'pages', pageIndex, 'file'],
            ),
      ),
    };
    const list =
      filesByCandidate.get(file.candidate_id) ??
      context
        .storedFiles(file.candidate_id)
        .filter((stored) => !document.files.some((f) => f.file_id === stored.file_id));
    list.push(record);
    filesByCandidate.set(file.candidate_id, list);
  });
  for (const [candidateId, files] of filesByCandidate) {
    items.push(
      toItem.candidateFiles(
        { candidate_id: candidateId, merchant_id: context.merchantOfCandidate(candidateId) },
        files,
      ),
    );
  }

  for (const interview of document.interviews) {
    items.push(
      toItem.interview({
        interview_id: interview.interview_id,
        merchant_id: interview.merchant_id,
        name: interview.name,
        position: interview.position,
        mojito_language_code: interview.mojito_language_code,
        questions: interview.questions.map((question) => ({
          id: question.id,
          position: question.position,
          question: question.question,
          candidate_expectations_json: question.candidate_expectations_json ?? null,
        })),
        pdf_export_auto_config: interview.pdf_export_auto_config ?? null,
      }),
    );
  }

  let turnCount = 0;
  document.results.forEach((result, index) => {
    const ids = { merchantId: result.merchant_id, resultId: result.interview_result_id };
    const recording = (
      file: string | undefined,
      storedKey: Nullable<string>,
      kind: Parameters<typeof recordingKey>[1],
      path: PathSegment[],
    ) => (file ? upload(recordingKey(ids, kind, extensionOf(file)), file, path) : (storedKey ?? null));

    const turns: TurnRecord[] = (result.turns ?? []).map((turn, turnIndex) => ({
      id: turn.id,
      sequence: turn.sequence,
      question_original_id: turn.question_original_id ?? null,
      parent_turn_id: turn.parent_turn_id ?? null,
      question_asked: turn.question_asked ?? null,
      answer: turn.answer ?? null,
      ai_analysis_recruiter: turn.ai_analysis_recruiter ?? null,
      score: turn.score ?? null,
      duration_ds: turn.duration_ds ?? null,
      mojito_language_code: turn.mojito_language_code ?? null,
      answer_assessment_raw_data: turn.answer_assessment_raw_data
        ? {
            accuracy: turn.answer_assessment_raw_data.accuracy ?? null,
            fluency: turn.answer_assessment_raw_data.fluency ?? null,
            completeness: turn.answer_assessment_raw_data.completeness ?? null,
            prosody: turn.answer_assessment_raw_data.prosody ?? null,
            recognition_confidence: turn.answer_assessment_raw_data.recognition_confidence ?? null,
            sentiment: turn.answer_assessment_raw_data.sentiment ?? null,
            words_per_minute: turn.answer_assessment_raw_data.words_per_minute ?? null,
          }
        : null,
      recording_local_path: recording(
        turn.recording_file,
        turn.recording_local_path,
        { kind: 'answer', turnId: turn.id },
        ['results', index, 'turns', turnIndex, 'recording_file'],
      ),
      recording_is_video:
        turn.recording_is_video ?? (turn.recording_file ? looksLikeVideo(turn.recording_file) : null),
    }));
    turnCount += turns.length;

    const record: InterviewResultRecord = {
      interview_result_id: result.interview_result_id,
      merchant_id: result.merchant_id,
      interview_id: result.interview_id,
      candidate_id: result.candidate_id,
      mojito_language_code: result.mojito_language_code,
      status: result.status,
      decision: result.decision ?? 'undecided',
      start: result.start ?? null,
      end: result.end ?? null,
      duration_ds: result.duration_ds ?? null,
      score: result.score ?? null,
      score_answer: result.score_answer ?? null,
      score_interview: result.score_interview ?? null,
      score_pronunciation: result.score_pronunciation ?? null,
      score_sentiment: result.score_sentiment ?? null,
      score_words_per_minute: result.score_words_per_minute ?? null,
      ai_interview_coverage_percentage: result.ai_interview_coverage_percentage ?? null,
      ai_analysis_recruiter: result.ai_analysis_recruiter ?? null,
      reasons_to_hire: result.reasons_to_hire ?? [],
      reasons_not_to_hire: result.reasons_not_to_hire ?? [],
      key_statement: result.key_statement
        ? {
            quote: result.key_statement.quote,
            result_question_id: result.key_statement.result_question_id ?? null,
          }
        : null,
      resume_analysis: result.resume_analysis ?? null,
      recruiter_risks: result.recruiter_risks ?? [],
      rubric_evaluation: (result.rubric_evaluation ?? []).map((evaluation) => ({
        question_original_id: evaluation.question_original_id,
        level: evaluation.level,
        expectation: evaluation.expectation,
        verdict: evaluation.verdict,
        evidence: evaluation.evidence ?? null,
      })),
      recording_local_path: recording(
        result.recording_file,
        result.recording_local_path,
        { kind: 'session' },
        ['results', index, 'recording_file'],
      ),
      recording_is_video:
        result.recording_is_video ?? (result.recording_file ? looksLikeVideo(result.recording_file) : null),
      video_introduction_local_path: recording(
        result.video_introduction_file,
        result.video_introduction_local_path,
        { kind: 'video_introduction' },
        ['results', index, 'video_introduction_file'],
      ),
      pdf_export_url: result.pdf_export_url ?? null,
      pdf_export_valid_until: result.pdf_export_valid_until ?? null,
      pdf_export_version: result.pdf_export_version ?? null,
    };
    items.push(toItem.result(record), toItem.transcript(record, turns));
  });

  return {
    items,
    uploads,
    counts: {
      merchants: document.merchants.length,
      credit_ledger: document.credit_ledger.length,
      memberships: document.memberships.length,
      candidates: document.candidates.length,
      files: document.files.length,
      interviews: document.interviews.length,
      results: document.results.length,
      turns: turnCount,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Loading

export interface SeedSummary {
  counts: SeedPlan['counts'];
  itemsWritten: number;
  objectsUploaded: number;
}

/**
 * Validates a seed document completely, then uploads its local files and writes its records.
 *
 * @throws SeedValidationError (with `.path`) before anything is written when the document has a problem.
 * @example
 * const doc = JSON.parse(await readFile('infra/local/demo/demo-data.json', 'utf8'));
 * await loadSeedDocument(doc, { ddb, s3, tableName, filesBucket, baseDir: 'infra/local/demo' });
 */
export async function loadSeedDocument(doc: unknown, target: SeedTarget): Promise<SeedSummary> {
  const plan = await planSeedDocument(doc, {
    baseDir: target.baseDir,
    lookup: (keys) =>
      batchGetItems(target.ddb, target.tableName, keys, { ...target.retry, consistentRead: true }),
  });
  // The same local file may be uploaded under several keys; each key once.
  const uploads = [...new Map(plan.uploads.map((upload) => [upload.key, upload])).values()];
  await mapLimited(uploads, 6, async (upload) => {
    const body = await readFile(upload.absolutePath);
    await target.s3.send(
      new PutObjectCommand({
        Bucket: target.filesBucket,
        Key: upload.key,
        Body: body,
        ContentType: upload.contentType,
        ContentLength: body.length,
      }),
    );
  });
  await batchWriteItems(target.ddb, target.tableName, plan.items, target.retry);
  return { counts: plan.counts, itemsWritten: plan.items.length, objectsUploaded: uploads.length };
}
