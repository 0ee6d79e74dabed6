import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DOCUMENT_FILE } from '../../../../infra/local/demo-document.ts';
import { autoExportDemoResult, listDemoResults } from '../../../../infra/local/demo-list.ts';
import { planSeedDocument, type SeedDocument } from '../../../../infra/local/seed-loader.ts';

const demoDir = dirname(DEMO_DOCUMENT_FILE);
const demo = JSON.parse(readFileSync(DEMO_DOCUMENT_FILE, 'utf8')) as SeedDocument;
type DemoResult = SeedDocument['results'][number];

/** Scripts by language, to check that answers are written in the interview's language. */
const SCRIPT: Record<string, RegExp> = {
  ja: /[\u3040-\u30ff\u4e00-\u9fff]/u,
  ar: /\p{Script=Arabic}/u,
  th: /\p{Script=Thai}/u,
  en: /^[\p{Script=Latin}\p{P}\p{N}\s$%]+$/u,
  de: /[äöüß]|\b(und|die|der|ich)\b/u,
  fr: /[éèàç]|\b(le|la|les|et|je)\b/u,
  es: /[ñáéíóú¿]|\b(el|la|que|y)\b/u,
};

const interviewOf = (result: DemoResult) =>
  demo.interviews.find((interview) => interview.interview_id === result.interview_id);
const filesOf = (result: DemoResult) =>
  demo.files.filter((file) => file.candidate_id === result.candidate_id);

describe('the demo document', () => {
  it('passes the seed validation in full (schema, references, local files)', async () => {
    const plan = await planSeedDocument(structuredClone(demo), {
      baseDir: demoDir,
      lookup: async () => new Map(),
    });
    expect(plan.counts.results).toBe(demo.results.length);
    expect(plan.uploads.length).toBeGreaterThan(30);
  });

  it('has a completed result with no report yet whose interview exports automatically (npm start offers it to npm run emit)', () => {
    const result = autoExportDemoResult(demo);
    expect(result?.status).toBe('completed');
    expect(result?.pdf_export_url ?? null).toBeNull();
    expect(interviewOf(result as DemoResult)?.pdf_export_auto_config?.enabled).toBe(true);
  });

  it('has at least two merchants, each with a user', () => {
    expect(demo.merchants.length).toBeGreaterThanOrEqual(2);
    for (const merchant of demo.merchants) {
      expect(demo.memberships.some((membership) => membership.merchant_id === merchant.merchant_id)).toBe(
        true,
      );
    }
  });

  it('has at least eight results in at least five languages, ja, ar and th among them', () => {
    expect(demo.results.length).toBeGreaterThanOrEqual(8);
    const languages = new Set(demo.results.map((result) => result.mojito_language_code));
    expect(languages.size).toBeGreaterThanOrEqual(5);
    for (const language of ['ja', 'ar', 'th']) expect(languages).toContain(language);
  });

  it("writes every answer in the interview's language, at a realistic length", () => {
    const answers = demo.results.flatMap((result) =>
      (result.turns ?? []).map((turn) => ({
        language: result.mojito_language_code,
        answer: turn.answer ?? '',
      })),
    );
    for (const { language, answer } of answers) {
      expect(answer, `${language}: ${answer}`).toMatch(SCRIPT[language] ?? /./);
    }
    const substantial = answers.filter(({ answer }) => answer.length >= 150);
    expect(substantial.length).toBeGreaterThanOrEqual(20);
  });

  it('has results that never reached some expected questions', () => {
    const withUnreached = demo.results.filter((result) => {
      const turns = result.turns ?? [];
      if (turns.length === 0) return false;
      const answered = new Set(turns.map((turn) => turn.question_original_id));
      return (interviewOf(result)?.questions ?? []).some((question) => !answered.has(question.id));
    });
    expect(withUnreached.length).toBeGreaterThanOrEqual(2);
  });

  it('has follow-up turns under a parent, and small talk outside any question', () => {
    const turns = demo.results.flatMap((result) => result.turns ?? []);
    expect(turns.filter((turn) => turn.parent_turn_id).length).toBeGreaterThanOrEqual(5);
    expect(turns.some((turn) => !turn.parent_turn_id && !turn.question_original_id)).toBe(true);
  });

  it('has resumes and cover letters, one of them with several pages', () => {
    const types = new Set(demo.files.map((file) => file.type));
    expect(types).toEqual(new Set(['resume', 'cover_letter']));
    expect(demo.files.some((file) => file.pages.length > 1)).toBe(true);
  });

  it('has recordings per answer, of whole sessions (audio and video) and video introductions', () => {
    const turns = demo.results.flatMap((result) => result.turns ?? []);
    expect(turns.filter((turn) => turn.recording_file).length).toBeGreaterThanOrEqual(20);
    expect(demo.results.filter((result) => result.recording_file?.endsWith('.ogg')).length).toBeGreaterThan(
      0,
    );
    expect(demo.results.filter((result) => result.recording_file?.endsWith('.webm')).length).toBeGreaterThan(
      0,
    );
    expect(demo.results.filter((result) => result.video_introduction_file).length).toBeGreaterThanOrEqual(2);
  });

  it('has rubric evaluations with every verdict, risk flags of every severity and speech analytics', () => {
    const verdicts = new Set(
      demo.results.flatMap((result) => (result.rubric_evaluation ?? []).map((e) => e.verdict)),
    );
    expect(verdicts).toEqual(new Set(['confirmed', 'rejected', 'not_discussed']));
    const severities = new Set(
      demo.results.flatMap((result) => (result.recruiter_risks ?? []).map((r) => r.severity)),
    );
    expect(severities).toEqual(new Set(['low', 'medium', 'high']));
    const analysed = demo.results
      .flatMap((result) => result.turns ?? [])
      .filter((turn) => turn.answer_assessment_raw_data);
    expect(analysed.length).toBeGreaterThanOrEqual(30);
  });

  it('has hired, shortlisted, rejected and undecided results with varied scores', () => {
    const decisions = new Set(demo.results.map((result) => result.decision));
    for (const decision of ['hired', 'shortlisted', 'rejected', 'undecided'])
      expect(decisions).toContain(decision);
    const scores = demo.results.map((result) => result.score).filter((score) => typeof score === 'number');
    expect(new Set(scores).size).toBeGreaterThanOrEqual(7);
    expect(Math.max(...(scores as number[])) - Math.min(...(scores as number[]))).toBeGreaterThanOrEqual(30);
  });

  it('has one result with almost nothing filled in: no scores, no turns, no files', () => {
    const empty = demo.results.filter(
      (result) =>
        result.score == null &&
        result.score_answer == null &&
        (result.turns ?? []).length === 0 &&
        filesOf(result).length === 0 &&
        !result.recording_file &&
        !result.ai_analysis_recruiter,
    );
    expect(empty).toHaveLength(1);
  });

  it('keeps the merchants’ balances equal to the last entry of their credit ledger', () => {
    for (const merchant of demo.merchants) {
      const ledger = demo.credit_ledger.filter((entry) => entry.merchant_id === merchant.merchant_id);
      expect(ledger.at(-1)?.balance_after_tenths).toBe(merchant.credits_balance_tenths);
      expect(ledger.reduce((sum, entry) => sum + entry.amount_tenths, 0)).toBe(
        merchant.credits_balance_tenths,
      );
    }
  });

  it('uses every asset it ships, and the assets stay small (under 2 MB in all)', () => {
    const assetsDir = join(demoDir, 'assets');
    const shipped = (readdirSync(assetsDir, { recursive: true }) as string[])
      .map((name) => join(assetsDir, name))
      .filter((path) => statSync(path).isFile());
    const referenced = new Set(
      [
        ...demo.files.flatMap((file) => file.pages.map((page) => page.file)),
        ...demo.results.flatMap((result) => [
          result.recording_file,
          result.video_introduction_file,
          ...(result.turns ?? []).map((turn) => turn.recording_file),
        ]),
      ].filter((file): file is string => Boolean(file)),
    );
    expect(new Set(shipped.map((path) => relative(demoDir, path)))).toEqual(referenced);
    const total = shipped.reduce((sum, path) => sum + statSync(path).size, 0);
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('npm run demo:list', () => {
  it('lists every demo result with its merchant, a user of that merchant and its language', () => {
    const entries = listDemoResults(demo);
    expect(entries.map((entry) => entry.interview_result_id)).toEqual(
      demo.results.map((result) => result.interview_result_id),
    );
    for (const entry of entries) {
      const membership = demo.memberships.find((member) => member.user_id === entry.user_id);
      expect(membership?.merchant_id).toBe(entry.merchant_id);
      expect(entry.mojito_language_code).toMatch(/^[a-z]{2,3}$/);
    }
  });
});
