/**
 * The AI recruiter assessment: summary, the candidate's key statement as a quote, reasons to hire and
 * not to hire side by side, and the resume analysis.
 */
import type { ReportAssessment } from '../../../domain/report-model.ts';
import type { RenderContext } from '../render-context.ts';
import { Prose, Text } from '../user-text.tsx';
import { CheckIcon, CrossIcon, QuoteIcon } from './icons.tsx';
import { labelsFor } from './labels.ts';

export function Assessment({ assessment, ctx }: { assessment: ReportAssessment; ctx: RenderContext }) {
  const l = labelsFor(ctx.lang);
  const none = <p class="missing">{l('report.none')}</p>;
  return (
    <section
      class="section assessment"
      id={`${ctx.idPrefix}assessment`}
      aria-labelledby={`${ctx.idPrefix}assessment-title`}
    >
      <h2 id={`${ctx.idPrefix}assessment-title`}>{l('assessment.title')}</h2>
      {assessment.summary && (
        <div class="summary">
          <h3 class="visually-hidden">{l('assessment.summary')}</h3>
          <Prose value={assessment.summary} />
        </div>
      )}
      {assessment.key_statement && (
        <figure class="key-statement">
          <QuoteIcon />
          <blockquote>
            <p dir="auto">
              <bdi>{assessment.key_statement}</bdi>
            </p>
          </blockquote>
          <figcaption>{l('assessment.key_statement')}</figcaption>
        </figure>
      )}
      <div class="reasons">
        <div class="reasons-column reasons-hire">
          <h3>{l('assessment.reasons_to_hire')}</h3>
          {assessment.reasons_to_hire.length === 0 ? (
            none
          ) : (
            <ul>
              {assessment.reasons_to_hire.map((reason) => (
                <li>
                  <CheckIcon />
                  <Text value={reason} />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div class="reasons-column reasons-not-hire">
          <h3>{l('assessment.reasons_not_to_hire')}</h3>
          {assessment.reasons_not_to_hire.length === 0 ? (
            none
          ) : (
            <ul>
              {assessment.reasons_not_to_hire.map((reason) => (
                <li>
                  <CrossIcon />
                  <Text value={reason} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {assessment.resume_analysis && (
        <div class="resume-analysis">
          <h3>{l('assessment.resume_analysis')}</h3>
          <Prose value={assessment.resume_analysis} />
        </div>
      )}
    </section>
  );
}
