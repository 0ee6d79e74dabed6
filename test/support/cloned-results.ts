/**
 * Demo results cloned under new ids, for tests and benchmarks that need results of their own: each
 * clone keeps its candidate (and so its files), recordings and full transcript, so a report on it
 * costs what a real one would. With `autoExport`, each clone gets its own copy of its interview
 * carrying that `pdf_export_auto_config` (report-worker's tests and bench).
 */
import type { SeedDocument } from '../../infra/local/seed-loader.ts';
import type { PdfExportAutoConfig } from '../../shared/domain/records.ts';

type SeedResult = SeedDocument['results'][number];
type SeedInterview = SeedDocument['interviews'][number];

/** Replaces the first uuid group with `tag` (8 hex digits), keeping the rest: a valid, distinct uuid. */
const retag = (id: string, tag: string): string => `${tag}${id.slice(8)}`;

export interface ClonedResultsOptions {
  /** Demo results to clone from, in turn. */
  templates: (result: SeedResult) => boolean;
  count: number;
  /** The first hex digit(s) of every new id, so that data sets never collide; at most 2 characters. */
  series: string;
  /** Give each clone an interview of its own with this auto-export config. */
  autoExport?: PdfExportAutoConfig | null;
}

export interface ClonedResults {
  /** Seed document holding the new results (and interviews); candidates and files are the demo's. */
  document: SeedDocument;
  results: SeedResult[];
}

/**
 * @example const { document, results } = clonedResults(demo, { templates: (r) => r.merchant_id === m, count: 50, series: '8' });
 */
export function clonedResults(demo: Partial<SeedDocument>, options: ClonedResultsOptions): ClonedResults {
  const templates = (demo.results ?? []).filter((r) => (r.turns?.length ?? 0) > 0 && options.templates(r));
  if (templates.length === 0) throw new Error('No demo result to clone from');
  const interviews: SeedInterview[] = [];
  const results = Array.from({ length: options.count }, (_, index): SeedResult => {
    const tag = `${options.series}${String(index).padStart(8 - options.series.length, '0')}`;
    const source = structuredClone(templates[index % templates.length] as SeedResult);
    let interviewId = source.interview_id;
    if (options.autoExport !== undefined) {
      const interview = demo.interviews?.find((candidate) => candidate.interview_id === source.interview_id);
      if (!interview) throw new Error(`Demo interview ${source.interview_id} is missing`);
      interviewId = retag(interview.interview_id, tag);
      interviews.push({
        ...structuredClone(interview),
        interview_id: interviewId,
        pdf_export_auto_config: options.autoExport,
      });
    }
    const turns = (source.turns ?? []).map((turn) => ({
      ...turn,
      id: retag(turn.id, tag),
      parent_turn_id: turn.parent_turn_id ? retag(turn.parent_turn_id, tag) : null,
    }));
    const keyStatement = source.key_statement
      ? {
          ...source.key_statement,
          result_question_id: source.key_statement.result_question_id
            ? retag(source.key_statement.result_question_id, tag)
            : null,
        }
      : null;
    return {
      ...source,
      interview_result_id: retag(source.interview_result_id, tag),
      interview_id: interviewId,
      turns,
      key_statement: keyStatement,
    } as SeedResult;
  });
  return { document: { interviews, results } as unknown as SeedDocument, results };
}
