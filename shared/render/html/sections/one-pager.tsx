/**
 * The one-page report: header, AI assessment, rubric and a compact score chart on one A4 sheet.
 *
 * Long text is shortened to a visual budget (see truncate.ts) and lists are capped, with a note when
 * anything was left out. The budgets are chosen per report so the parts fit the sheet together
 * (one-pager-fit.ts); the sheet itself is a fixed-height box that clips, so even a pathological input
 * cannot spill onto a second page.
 */
import type { ReportData, ReportRubricQuestion } from '../../../domain/report-model.ts';
import { ScoreBars } from '../charts/score-bars.tsx';
import { formatNumber } from '../format.ts';
import type { RenderContext } from '../render-context.ts';
import { type Shortened, shorten } from '../truncate.ts';
import { Text } from '../user-text.tsx';
import { ReportHeader } from './header.tsx';
import { CheckIcon, CrossIcon, DashIcon, QuoteIcon, WarningIcon } from './icons.tsx';
import { type Label, labelsFor } from './labels.ts';
import { fitOnePager, type OnePagerBudget } from './one-pager-fit.ts';
import { bySeverity } from './risk-flags.tsx';
import { RUBRIC_LEVELS } from './rubric.tsx';
import { scoreBarItems } from './score-breakdown.tsx';

/** Collects whether anything was shortened, so the note appears only when needed. */
class Shortener {
  truncated = false;
  text(value: string, budget: number): string {
    const result: Shortened = shorten(value, budget);
    if (result.truncated) this.truncated = true;
    return result.text;
  }
  list<T>(items: T[], max: number): { shown: T[]; hidden: number } {
    if (items.length > max) this.truncated = true;
    return { shown: items.slice(0, max), hidden: Math.max(0, items.length - max) };
  }
}

function More({ hidden, l, lang }: { hidden: number; l: Label; lang: RenderContext['lang'] }) {
  if (hidden === 0) return null;
  return <li class="more">{l('report.more_items', { count: formatNumber(lang, hidden) })}</li>;
}

function ReasonList({
  reasons,
  kind,
  budget,
  cut,
  ctx,
}: {
  reasons: string[];
  kind: 'hire' | 'not-hire';
  budget: OnePagerBudget;
  cut: Shortener;
  ctx: RenderContext;
}) {
  const l = labelsFor(ctx.lang);
  const { shown, hidden } = cut.list(reasons, budget.reasons);
  return (
    <div class={`reasons-column reasons-${kind}`}>
      <h3>{kind === 'hire' ? l('assessment.reasons_to_hire') : l('assessment.reasons_not_to_hire')}</h3>
      {reasons.length === 0 ? (
        <p class="missing">{l('report.none')}</p>
      ) : (
        <ul>
          {shown.map((reason) => (
            <li>
              {kind === 'hire' ? <CheckIcon /> : <CrossIcon />}
              <Text value={cut.text(reason, budget.reason)} />
            </li>
          ))}
          <More hidden={hidden} l={l} lang={ctx.lang} />
        </ul>
      )}
    </div>
  );
}

function RubricMatrix({
  questions,
  budget,
  cut,
  ctx,
}: {
  questions: ReportRubricQuestion[];
  budget: OnePagerBudget;
  cut: Shortener;
  ctx: RenderContext;
}) {
  const l = labelsFor(ctx.lang);
  const { shown, hidden } = cut.list(questions, budget.rubricQuestions);
  return (
    <section
      class="section rubric rubric-compact"
      id={`${ctx.idPrefix}rubric`}
      aria-labelledby={`${ctx.idPrefix}rubric-title`}
    >
      <h2 id={`${ctx.idPrefix}rubric-title`}>{l('rubric.title')}</h2>
      {questions.length === 0 ? (
        <p class="missing">{l('report.none')}</p>
      ) : (
        <table class="rubric-matrix">
          <thead>
            <tr>
              <th scope="col" class="col-question">
                {l('transcript.question')}
              </th>
              {RUBRIC_LEVELS.map((level) => (
                <th scope="col" class={`col-level level-${level}`}>
                  {l(`rubric.level.${level}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((question, index) => (
              <tr>
                <th scope="row" class="col-question">
                  <span class="question-number">
                    {/* Counted 1…n: the one-pager shows no transcript that could explain a gap. */}
                    {formatNumber(ctx.lang, index + 1)}
                  </span>
                  <Text value={cut.text(question.question, budget.rubricQuestion)} />
                </th>
                {RUBRIC_LEVELS.map((level) => {
                  const expectations = question.expectations.filter(
                    (expectation) => expectation.level === level,
                  );
                  return (
                    <td class="col-level">
                      {expectations.length === 0
                        ? '–'
                        : expectations.map((expectation) => (
                            <span
                              class={`pip verdict-${expectation.verdict}`}
                              title={expectation.expectation}
                            >
                              {expectation.verdict === 'confirmed' ? (
                                <CheckIcon />
                              ) : expectation.verdict === 'rejected' ? (
                                <CrossIcon />
                              ) : (
                                <DashIcon />
                              )}
                              <span class="visually-hidden">
                                {l(`rubric.verdict.${expectation.verdict}`)}
                              </span>
                            </span>
                          ))}
                    </td>
                  );
                })}
              </tr>
            ))}
            {hidden > 0 && (
              <tr class="more">
                <td colSpan={4}>{l('report.more_items', { count: formatNumber(ctx.lang, hidden) })}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      <p class="legend rubric-legend">
        <span class="pip verdict-confirmed">
          <CheckIcon />
        </span>
        {l('rubric.verdict.confirmed')}
        <span class="pip verdict-rejected">
          <CrossIcon />
        </span>
        {l('rubric.verdict.rejected')}
        <span class="pip verdict-not_discussed">
          <DashIcon />
        </span>
        {l('rubric.verdict.not_discussed')}
      </p>
    </section>
  );
}

export function OnePager({ report, ctx }: { report: ReportData; ctx: RenderContext }) {
  const l = labelsFor(ctx.lang);
  const cut = new Shortener();
  const budget = fitOnePager(report);
  const assessment = report.ai_recruiter_assessment;
  const risks = cut.list(bySeverity(report.risk_flags), budget.risks);
  // The parts are built eagerly (plain calls, not elements): the note at the bottom depends on
  // whether any of them cut something, and elements would only run after this function returns.
  const riskStrip = report.risk_flags.length > 0 && (
    <section class="section risks risks-compact" id={`${ctx.idPrefix}risks`} aria-label={l('risk.title')}>
      <ul class="risk-list">
        {risks.shown.map((flag) => (
          <li class={`risk risk-${flag.severity}`}>
            <span class="risk-severity">
              <WarningIcon />
              {l(`risk.severity.${flag.severity}`)}
            </span>
            <span class="risk-text">
              <Text value={cut.text(flag.description, budget.risk)} />
            </span>
          </li>
        ))}
        <More hidden={risks.hidden} l={l} lang={ctx.lang} />
      </ul>
    </section>
  );
  const assessmentBlock = assessment && (
    <section
      class="section assessment assessment-compact"
      id={`${ctx.idPrefix}assessment`}
      aria-labelledby={`${ctx.idPrefix}assessment-title`}
    >
      <h2 id={`${ctx.idPrefix}assessment-title`}>{l('assessment.title')}</h2>
      {assessment.summary && (
        <p class="summary" dir="auto">
          <bdi>{cut.text(assessment.summary, budget.summary)}</bdi>
        </p>
      )}
      {assessment.key_statement && (
        <figure class="key-statement">
          <QuoteIcon />
          <blockquote>
            <p dir="auto">
              <bdi>{cut.text(assessment.key_statement, budget.keyStatement)}</bdi>
            </p>
          </blockquote>
          <figcaption>{l('assessment.key_statement')}</figcaption>
        </figure>
      )}
      {assessment.resume_analysis && (
        <div class="resume-analysis">
          <h3>{l('assessment.resume_analysis')}</h3>
          <p dir="auto">
            <bdi>{cut.text(assessment.resume_analysis, budget.resumeAnalysis)}</bdi>
          </p>
        </div>
      )}
    </section>
  );
  const reasonsBlock = assessment && (
    <div class="reasons">
      {ReasonList({ reasons: assessment.reasons_to_hire, kind: 'hire', budget, cut, ctx })}
      {ReasonList({ reasons: assessment.reasons_not_to_hire, kind: 'not-hire', budget, cut, ctx })}
    </div>
  );
  const rubricBlock =
    report.ai_scoring_rubric &&
    RubricMatrix({
      questions: report.ai_scoring_rubric.questions,
      budget,
      cut,
      ctx,
    });
  return (
    <div class="sheet">
      <div class="sheet-body">
        <ReportHeader report={report} ctx={ctx} />
        {riskStrip}
        <div class="one-pager-grid">
          <div class="one-pager-main">{assessmentBlock}</div>
          <aside class="one-pager-side">
            <section
              class="section scores scores-compact"
              id={`${ctx.idPrefix}scores`}
              aria-labelledby={`${ctx.idPrefix}scores-title`}
            >
              <h2 id={`${ctx.idPrefix}scores-title`}>{l('scores.title')}</h2>
              <ScoreBars
                items={scoreBarItems(report, l)}
                ctx={ctx}
                caption={l('scores.title')}
                notAvailable={l('report.not_available')}
                compact
              />
            </section>
          </aside>
        </div>
        {reasonsBlock}
        {rubricBlock}
      </div>
      {cut.truncated && <p class="truncated-note">{l('report.truncated_note')}</p>}
    </div>
  );
}
