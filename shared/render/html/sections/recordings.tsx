/**
 * Recordings: links to the session recording, the video introduction and each answer's recording,
 * each with the moment its signed link stops working. A link that is not plain http(s) is dropped.
 */
import type {
  ReportAnswerRecording,
  ReportSessionRecording,
  SignedLink,
} from '../../../domain/report-model.ts';
import { formatDateTime, formatNumber } from '../format.ts';
import type { RenderContext } from '../render-context.ts';
import { safeLinkUrl } from '../safe-url.ts';
import { Text } from '../user-text.tsx';
import { PlayIcon } from './icons.tsx';
import { type Label, labelsFor } from './labels.ts';

function RecordingRow({
  title,
  subtitle,
  link,
  ctx,
  l,
}: {
  title: string;
  subtitle: string | null;
  link: SignedLink;
  ctx: RenderContext;
  l: Label;
}) {
  const href = safeLinkUrl(link.url);
  const until = formatDateTime(ctx.lang, link.expires_at);
  return (
    <li class="recording">
      <span class="recording-kind">{link.is_video ? l('recordings.video') : l('recordings.audio')}</span>
      <span class="recording-title">
        <span class="recording-name">{title}</span>
        {subtitle && (
          <span class="recording-subtitle">
            <Text value={subtitle} />
          </span>
        )}
      </span>
      <span class="recording-link">
        {href ? (
          <a href={href} rel="noopener noreferrer nofollow">
            <PlayIcon />
            {l('recordings.open')}
          </a>
        ) : (
          <span class="missing">{l('report.not_available')}</span>
        )}
        {href && until && (
          <span class="recording-expiry">{l('recordings.valid_until', { date: until })}</span>
        )}
      </span>
    </li>
  );
}

export function Recordings({
  session,
  answers,
  ctx,
}: {
  session: ReportSessionRecording | undefined;
  answers: ReportAnswerRecording[] | undefined;
  ctx: RenderContext;
}) {
  const l = labelsFor(ctx.lang);
  const rows = [];
  if (session?.session) {
    rows.push(
      <RecordingRow title={l('recordings.session')} subtitle={null} link={session.session} ctx={ctx} l={l} />,
    );
  }
  if (session?.video_introduction) {
    rows.push(
      <RecordingRow
        title={l('recordings.video_introduction')}
        subtitle={null}
        link={session.video_introduction}
        ctx={ctx}
        l={l}
      />,
    );
  }
  for (const answer of answers ?? []) {
    rows.push(
      <RecordingRow
        title={l('recordings.answer', { n: formatNumber(ctx.lang, answer.number) })}
        subtitle={answer.question}
        link={answer.recording}
        ctx={ctx}
        l={l}
      />,
    );
  }
  return (
    <section
      class="section recordings"
      id={`${ctx.idPrefix}recordings`}
      aria-labelledby={`${ctx.idPrefix}recordings-title`}
    >
      <h2 id={`${ctx.idPrefix}recordings-title`}>{l('recordings.title')}</h2>
      {rows.length === 0 ? <p class="missing">{l('report.none')}</p> : <ul class="recording-list">{rows}</ul>}
    </section>
  );
}
