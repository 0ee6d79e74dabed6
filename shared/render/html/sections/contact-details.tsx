import type { ReportContactDetails } from '../../../domain/report-model.ts';
import type { RenderContext } from '../render-context.ts';
import { safeLinkUrl } from '../safe-url.ts';
import { Fact, Text } from '../user-text.tsx';
import { labelsFor } from './labels.ts';

/** Contact details; the LinkedIn URL becomes a link only when it is a plain http(s) URL. */
export function ContactDetails({ contact, ctx }: { contact: ReportContactDetails; ctx: RenderContext }) {
  const l = labelsFor(ctx.lang);
  const missing = <span class="missing">{l('report.not_available')}</span>;
  const linkedin = safeLinkUrl(contact.linkedin_url);
  return (
    <section
      class="section contact"
      id={`${ctx.idPrefix}contact`}
      aria-labelledby={`${ctx.idPrefix}contact-title`}
    >
      <h2 id={`${ctx.idPrefix}contact-title`}>{l('contact.title')}</h2>
      <dl class="facts contact-facts">
        <Fact label={l('contact.email')}>{contact.email ? <Text value={contact.email} /> : missing}</Fact>
        <Fact label={l('contact.phone')}>
          {contact.phone_number ? <Text value={contact.phone_number} /> : missing}
        </Fact>
        <Fact label={l('contact.linkedin')}>
          {contact.linkedin_url ? (
            linkedin ? (
              <a href={linkedin} rel="noopener noreferrer nofollow">
                <Text value={contact.linkedin_url} />
              </a>
            ) : (
              <Text value={contact.linkedin_url} />
            )
          ) : (
            missing
          )}
        </Fact>
        <Fact label={l('contact.address')}>
          {contact.address ? <Text value={contact.address} /> : missing}
        </Fact>
      </dl>
    </section>
  );
}
