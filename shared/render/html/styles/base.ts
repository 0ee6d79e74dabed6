/**
 * Structure shared by every template: tokens, layout of each section, print rules.
 *
 * Layout uses logical properties only (margin-inline-start, inset-inline-end, text-align: start…), so
 * `dir="rtl"` mirrors the whole report without a separate stylesheet. Templates override the tokens
 * (custom properties) and add their own character on top.
 */
export const BASE_CSS = `
:root {
  --ink: #1b2230;
  --ink-soft: #3c4556;
  --muted: #677085;
  --line: #e2e6ee;
  --line-strong: #cfd5e0;
  --paper: #ffffff;
  --soft: #f5f7fa;
  --accent: #1f4e79;
  --accent-soft: #e8eff7;
  --accent-ink: #163a5c;
  --good: #1f8a5b;
  --good-soft: #e3f3ea;
  --bad: #c8414b;
  --bad-soft: #fbe9ea;
  --warn: #b7791f;
  --warn-soft: #fdf3e1;
  --radius: 6px;
  --section-gap: 7mm;
  --base-size: 10pt;
}

*, *::before, *::after { box-sizing: border-box; }
html { color: var(--ink); background: var(--paper); font-size: var(--base-size); line-height: 1.5;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; text-rendering: optimizeLegibility; }
body { margin: 0; }
h1, h2, h3, h4, p, ul, ol, dl, dd, figure, blockquote { margin: 0; padding: 0; }
ul { list-style: none; }
a { color: var(--accent); text-decoration: none; }
bdi { unicode-bidi: isolate; }
img { max-width: 100%; }
svg { overflow: visible; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
.missing { color: var(--muted); font-style: italic; }
.prose p { white-space: pre-line; overflow-wrap: anywhere; }
.prose p + p { margin-block-start: 0.6em; }
p, dd, li, td, th, h1, h2, h3 { overflow-wrap: break-word; }

/* Scripts that join letters or have no case: no tracking, no capitals. */
/* ...and no slanted text: these scripts have no italics, and synthesised obliques look broken. */
:lang(ar) *, :lang(hi) *, :lang(ta) *, :lang(th) *, :lang(ja) *, :lang(ko) *, :lang(zh) * {
  letter-spacing: 0 !important; font-style: normal !important; }

/* ---------- screen: the report as a sheet ---------- */
@media screen {
  body { background: #e9edf2; padding: 24px 0; }
  .result, .overview-page { background: var(--paper); width: 210mm; max-width: 100%; margin: 0 auto 24px;
    padding: 16mm 14mm; box-shadow: 0 1px 3px rgba(20, 30, 50, 0.12), 0 8px 24px rgba(20, 30, 50, 0.08); }
}

/* ---------- header ---------- */
.report-header { display: grid; grid-template-columns: 1fr auto; gap: 6mm; align-items: start;
  padding-block-end: 6mm; margin-block-end: var(--section-gap); border-block-end: 1px solid var(--line); }
.eyebrow { font-size: 0.78rem; font-weight: 600; letter-spacing: 0.12em; text-transform: uppercase; color: var(--accent); }
.candidate-name { font-size: 2.3rem; line-height: 1.15; font-weight: 700; margin-block: 1.5mm 1mm; color: var(--ink); }
.position-line { font-size: 1.1rem; color: var(--ink-soft); display: flex; flex-direction: column; }
.position-line .interview-name { color: var(--muted); font-size: 0.9em; }
.facts { display: grid; gap: 3mm 6mm; }
.header-facts { grid-template-columns: repeat(3, minmax(0, 1fr)); margin-block-start: 5mm; }
.fact dt { font-size: 0.74rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; font-weight: 600; }
.fact dd { font-size: 0.98rem; font-weight: 500; margin-block-start: 0.3mm; }
.header-score { display: flex; flex-direction: column; align-items: center; width: 50mm; }
.score-ring { display: block; }
.score-label { font-size: 0.8rem; font-weight: 600; color: var(--ink-soft); margin-block-start: 1mm; text-align: center; }
.coverage { width: 100%; margin-block-start: 3mm; display: grid; grid-template-columns: 1fr auto; gap: 1mm 2mm;
  font-size: 0.8rem; color: var(--muted); }
.coverage-value { font-weight: 700; color: var(--ink); }
.coverage-bar { grid-column: 1 / -1; display: block; }

/* ---------- badges ---------- */
.badge { display: inline-block; padding: 0.1em 0.65em; border-radius: 999px; font-size: 0.85rem; font-weight: 600;
  background: var(--soft); color: var(--ink-soft); border: 1px solid var(--line); white-space: nowrap; }
.status-completed { background: #eef4fb; color: #1f4e79; border-color: #d3e1f1; }
.status-started { background: var(--warn-soft); color: #7a4f0e; border-color: #f3dfb8; }
.status-abandoned { background: #f1f2f4; color: #5b6270; }
.decision-hired { background: var(--good-soft); color: #125c3b; border-color: #bfe3cf; }
.decision-shortlisted { background: #e6f0fc; color: #1d4f91; border-color: #c6dbf5; }
.decision-rejected { background: var(--bad-soft); color: #8a1f28; border-color: #f3c7cb; }
.decision-undecided { background: #f1f2f4; color: #5b6270; }

/* ---------- sections ---------- */
.section { margin-block-end: var(--section-gap); }
.section > h2 { font-size: 1.25rem; font-weight: 700; color: var(--accent-ink); margin-block-end: 3.5mm;
  break-after: avoid; }
.section h3 { font-size: 1rem; font-weight: 700; color: var(--ink); break-after: avoid; }
.icon { flex: none; vertical-align: -0.15em; }

/* risk flags */
.risk-list { display: grid; gap: 2mm; }
.risk { display: grid; grid-template-columns: auto 1fr auto; gap: 3mm; align-items: baseline; padding: 2.5mm 3.5mm;
  border-radius: var(--radius); border: 1px solid; border-inline-start-width: 4px; break-inside: avoid; }
.risk-high { background: #fdecee; border-color: #f1c3c8; border-inline-start-color: var(--bad); }
.risk-medium { background: var(--warn-soft); border-color: #f2dcb1; border-inline-start-color: #e08a1e; }
.risk-low { background: #f3f6fa; border-color: #dde3ec; border-inline-start-color: #8a96a8; }
.risk-severity { display: inline-flex; gap: 1.5mm; align-items: center; font-weight: 700; font-size: 0.85rem;
  white-space: nowrap; }
.risk-high .risk-severity { color: #9b1c27; }
.risk-medium .risk-severity { color: #8a520c; }
.risk-low .risk-severity { color: #4b5567; }
.risk-text { font-size: 0.95rem; }
.risk-code { font-size: 0.75rem; color: var(--muted); font-family: ui-monospace, "Noto Sans Mono", monospace; }

/* contact */
.contact-facts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
.contact-facts dd { overflow-wrap: anywhere; }

/* assessment */
.summary { font-size: 1.02rem; line-height: 1.6; color: var(--ink); }
.key-statement { position: relative; margin-block: 5mm; padding: 4mm 6mm 4mm 6mm; padding-inline-start: 15mm;
  background: var(--accent-soft); border-radius: var(--radius); break-inside: avoid; }
.key-statement .icon-quote { position: absolute; inset-inline-start: 5mm; top: 4.5mm; color: var(--accent); opacity: 0.55; }
[dir="rtl"] .icon-quote { transform: scaleX(-1); }
.key-statement blockquote { font-size: 1.12rem; font-style: italic; line-height: 1.5; color: var(--accent-ink); }
.key-statement figcaption { margin-block-start: 1.5mm; font-size: 0.74rem; text-transform: uppercase;
  letter-spacing: 0.08em; color: var(--muted); font-weight: 600; }
.reasons { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; margin-block: 4mm; }
.reasons-column { padding: 3.5mm 4mm; border-radius: var(--radius); border: 1px solid var(--line); break-inside: avoid; }
.reasons-hire { background: #f3faf6; border-color: #cfe9db; }
.reasons-not-hire { background: #fdf5f5; border-color: #f1d5d7; }
.reasons-column h3 { margin-block-end: 2mm; }
.reasons-hire h3 { color: #155c3c; }
.reasons-not-hire h3 { color: #8a1f28; }
.reasons-column li { display: grid; grid-template-columns: auto 1fr; gap: 2mm; align-items: baseline; padding-block: 0.8mm; }
.reasons-hire .icon { color: var(--good); }
.reasons-not-hire .icon { color: var(--bad); }
.reasons-column li.more { display: block; color: var(--muted); font-style: italic; padding-inline-start: 6mm; }
.resume-analysis { margin-block-start: 4mm; }
/* Short: printed whole rather than a last line alone on the next page (seen in the Spanish demo PDF). */
.resume-analysis { break-inside: avoid; }
.resume-analysis h3 { margin-block-end: 1.5mm; }

/* rubric */
.rubric-question { margin-block-end: 5mm; break-inside: avoid; }
.rubric-question-head { display: grid; grid-template-columns: 1fr; gap: 1mm; margin-block-end: 2mm; break-after: avoid;
  break-inside: avoid; }
.question-number { font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.08em; color: var(--accent); }
.rubric-question-text { font-size: 1.02rem; }
.rubric-tally { display: flex; flex-wrap: wrap; gap: 1.5mm; font-size: 0.78rem; }
.tally { padding: 0 2mm; border-radius: 999px; font-weight: 600; }
.tally-confirmed { background: var(--good-soft); color: #155c3c; }
.tally-rejected { background: var(--bad-soft); color: #8a1f28; }
.tally-not_discussed { background: #f1f2f4; color: #5b6270; }
.rubric-table { width: 100%; border-collapse: collapse; font-size: 0.92rem; }
.rubric-table tr { break-inside: avoid; }
.rubric-table td, .rubric-table th { padding: 2mm 2.5mm; border-block-end: 1px solid var(--line); vertical-align: top; text-align: start; }
.rubric-table tr.row-level-strong + tr.row-level-moderate > *, .rubric-table tr.row-level-moderate + tr.row-level-weak > *,
.rubric-table tr.row-level-strong + tr.row-level-weak > * {
  border-block-start: 1.5px solid var(--line-strong); }
.rubric-table .col-level { width: 24mm; font-weight: 400; }
.rubric-table .col-verdict { width: 36mm; }
.level { display: inline-block; font-size: 0.78rem; font-weight: 700; padding: 0.2mm 2mm; border-radius: 4px; }
.level-strong { background: #e3f3ea; color: #155c3c; }
.level-moderate { background: #fbf4dc; color: #6e5408; }
.level-weak { background: #fcefe3; color: #8a4313; }
.expectation { display: block; }
.evidence { display: block; margin-block-start: 1mm; font-size: 0.84rem; color: var(--muted); }
.evidence-label { font-weight: 600; }
.verdict { display: inline-flex; gap: 1.2mm; align-items: center; font-weight: 600; font-size: 0.85rem; white-space: nowrap; }
.verdict-confirmed { color: #1b7a50; }
.verdict-rejected { color: #b23641; }
.verdict-not_discussed { color: #7a8293; }

/* scores */
.chart { break-inside: avoid; }
.chart-caption { display: block; font-size: 0.78rem; font-weight: 700; color: var(--muted); text-transform: uppercase;
  letter-spacing: 0.07em; margin-block-end: 2mm; }
.score-bars .chart-caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
.bar-list { display: grid; gap: 2.2mm; }
.bar-row { display: grid; grid-template-columns: 42mm 1fr; gap: 4mm; align-items: center; break-inside: avoid; }
.bar-label { font-size: 0.92rem; color: var(--ink-soft); }
.bar-cell { display: grid; grid-template-columns: 1fr 14mm; gap: 3mm; align-items: center; margin: 0; }
.bar { display: block; }
.bar-value { font-weight: 700; font-size: 1rem; text-align: end; font-variant-numeric: tabular-nums; }
.bar-overall .bar-label { font-weight: 700; color: var(--ink); }
.question-scores { margin-block-start: 5mm; }
.column-chart { display: block; }
.legend { display: flex; flex-wrap: wrap; gap: 1mm 2mm; align-items: center; font-size: 0.78rem; color: var(--muted);
  margin-block-start: 1mm; }
.legend-swatch { display: inline-block; width: 4mm; height: 2.5mm; border-radius: 1px; }
.band-swatch { background: #dcf0e4; border: 1px solid #bfe3cf; }

/* transcript */
.turn { padding: 3.5mm 4mm; border: 1px solid var(--line); border-radius: var(--radius); margin-block-end: 3mm;
  break-inside: avoid; background: var(--paper); }
.turn-head { display: flex; justify-content: space-between; align-items: center; gap: 3mm; flex-wrap: wrap;
  margin-block-end: 1.5mm; }
.turn-label { font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.08em; color: var(--accent); }
.turn-meta { display: inline-flex; gap: 2.5mm; align-items: center; }
.score-pill { font-size: 0.8rem; font-weight: 700; padding: 0.3mm 2.5mm; border-radius: 999px; white-space: nowrap; }
.score-pill-label { font-weight: 500; }
.turn-duration { font-size: 0.8rem; color: var(--muted); white-space: nowrap; }
.turn-question { font-weight: 700; font-size: 1rem; margin-block-end: 2mm; overflow-wrap: anywhere; }
.turn-part-label { font-size: 0.72rem; font-weight: 700; color: var(--muted); text-transform: uppercase;
  letter-spacing: 0.07em; margin-block: 1.5mm 0.5mm; }
.turn-analysis { margin-block-start: 2mm; padding: 2mm 3mm; background: var(--soft); border-radius: 4px;
  border-inline-start: 3px solid var(--accent); }
.turn-analysis .prose { color: var(--ink-soft); font-size: 0.94rem; }
.follow-up { background: #fbfcfd; }
.follow-ups { margin-inline-start: 8mm; padding-inline-start: 4mm; border-inline-start: 2px dashed var(--line-strong); }
.question-group { margin-block-end: 5mm; }
.question-group-head { display: grid; gap: 0.5mm; margin-block-end: 2mm; break-after: avoid; break-inside: avoid; }
.question-group-text { font-size: 1.05rem; }
.not-reached .question-group-head { opacity: 0.75; }
.not-reached-note { padding: 2.5mm 4mm; border: 1px dashed var(--line-strong); border-radius: var(--radius);
  color: var(--muted); font-style: italic; break-inside: avoid; }

/* analytics */
.analytics-table { width: 100%; border-collapse: separate; border-spacing: 1.2mm; font-size: 0.85rem; margin-inline: -1.2mm;
  width: calc(100% + 2.4mm); }
.analytics-table thead th { font-size: 0.72rem; font-weight: 700; color: var(--muted); text-align: center;
  vertical-align: bottom; padding: 0 1mm 1mm; line-height: 1.25; }
.analytics-table thead th.col-answer { text-align: start; }
.analytics-table tr { break-inside: avoid; }
.analytics-table th.col-answer { text-align: start; font-weight: 400; vertical-align: middle; width: 27%; }
.analytics-table th.col-sentiment { width: 15mm; }
.analytics-table th.col-wpm { width: 13mm; }
.answer-number { display: inline-block; min-width: 6mm; height: 6mm; line-height: 6mm; text-align: center;
  border-radius: 999px; background: var(--accent-soft); color: var(--accent-ink); font-weight: 700;
  margin-inline-end: 2mm; font-size: 0.8rem; }
.answer-question { font-size: 0.8rem; color: var(--ink-soft); }
.measure { text-align: center; border-radius: 4px; padding: 1.2mm 1.5mm 1mm; vertical-align: middle; }
.measure-value { display: block; font-weight: 700; font-variant-numeric: tabular-nums; }
.measure-bar { display: block; margin-block-start: 0.6mm; opacity: 0.9; }
.measure.missing, .sentiment.missing, .wpm.missing { background: var(--soft); font-style: normal; }
.sentiment, .wpm { text-align: center; border-radius: 4px; font-weight: 600; vertical-align: middle; }
/* One word: the column widens instead (the Japanese word for neutral broke before its last kana). */
.sentiment, .wpm { white-space: nowrap; padding-inline: 1.5mm; }
.sentiment-positive { background: var(--good-soft); color: #155c3c; }
.sentiment-neutral { background: #f1f2f4; color: #4d5566; }
.sentiment-negative { background: var(--bad-soft); color: #8a1f28; }
.wpm.pace-comfortable { background: var(--good-soft); color: #155c3c; }
.wpm.pace-slow { background: #fbf4dc; color: #6e5408; }
.wpm.pace-fast { background: #fcefe3; color: #8a4313; }
.pace-per-answer { margin-block-start: 5mm; }

/* recordings */
.recording-list { display: grid; gap: 0; border: 1px solid var(--line); border-radius: var(--radius); }
.recording { display: grid; grid-template-columns: 16mm 1fr auto; gap: 3mm; align-items: center; padding: 2.5mm 3.5mm;
  border-block-end: 1px solid var(--line); break-inside: avoid; }
.recording:last-child { border-block-end: 0; }
.recording-kind { font-size: 0.72rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
.recording-title { display: grid; }
.recording-name { font-weight: 600; }
.recording-subtitle { font-size: 0.82rem; color: var(--muted); }
.recording-link { display: grid; justify-items: end; text-align: end; }
.recording-link a { display: inline-flex; gap: 1.5mm; align-items: center; font-weight: 700; }
.recording-expiry { font-size: 0.75rem; color: var(--muted); }

/* files */
.file-page { break-inside: avoid; margin-block-end: 6mm; border: 1px solid var(--line); border-radius: var(--radius);
  overflow: hidden; }
.file-page figcaption { display: flex; gap: 3mm; align-items: baseline; padding: 2mm 3.5mm; background: var(--soft);
  border-block-end: 1px solid var(--line); font-size: 0.85rem; }
.file-kind { font-weight: 700; }
.file-name { color: var(--ink-soft); flex: 1; overflow-wrap: anywhere; }
.file-page-number { color: var(--muted); white-space: nowrap; }
.file-page { background: var(--soft); }
.file-page img { display: block; margin: 5mm auto; max-height: 215mm; width: auto; max-width: calc(100% - 10mm);
  background: #fff; box-shadow: 0 0.5mm 2mm rgba(20, 30, 50, 0.18); }

/* ---------- overview (combined) ---------- */
.overview-header { margin-block-end: 6mm; }
.overview-header h1 { font-size: 2rem; margin-block: 1mm; }
.overview-count { color: var(--muted); }
.overview-table { width: 100%; border-collapse: collapse; font-size: 0.84rem; table-layout: fixed; }
.overview-table thead { display: table-header-group; }
.overview-table th, .overview-table td { padding: 2mm 1.4mm; border-block-end: 1px solid var(--line); text-align: start;
  vertical-align: middle; overflow-wrap: anywhere; }
.overview-table thead th { font-size: 0.7rem; color: var(--muted); font-weight: 700; border-block-end: 1.5px solid var(--line-strong);
  line-height: 1.25; vertical-align: bottom; }
/* Numeric columns are narrow: their headers run sideways (bottom to top in every script). */
.overview-table thead th.col-score, .overview-table thead th.col-risks { writing-mode: sideways-lr; text-align: start;
  vertical-align: bottom; white-space: nowrap; max-height: 30mm; padding: 1.5mm 0; }
.overview-table tr { break-inside: avoid; }
.overview-table .col-rank { width: 9mm; text-align: center; font-weight: 700; color: var(--muted); }
.overview-table .col-candidate { width: 30mm; font-weight: 700; }
.overview-table .col-position { width: 33mm; color: var(--ink-soft); font-size: 0.78rem; }
.overview-table .col-date { width: 20mm; color: var(--ink-soft); }
.overview-table .col-score { width: 10mm; }
.overview-table .col-risks { width: 9mm; }
.overview-table .col-decision { width: 23mm; }
.overview-table tbody th.col-candidate { font-size: 0.92rem; }
.overview-table td.col-rank.top { color: var(--accent); }
.overview-table .score-cell { text-align: center; font-variant-numeric: tabular-nums; }
.overview-table td.col-risks { text-align: center; font-weight: 700; }
.overview-table td.col-risks.high { color: #9b1c27; }
.overview-table td.col-risks.some { color: #8a520c; }
.overview-table td.col-risks.none { color: var(--muted); font-weight: 400; }
.overview-table tr.top > * { border-block-end-color: var(--line-strong); }
.overview-table tr.top th.col-candidate { color: var(--accent-ink); }
.score-scale { margin-block-start: 3mm; gap: 0; }
.score-scale-step { padding: 0.6mm 2.5mm; font-size: 0.72rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.score-scale-step:first-child { border-start-start-radius: 3px; border-end-start-radius: 3px; }
.score-scale-step:last-child { border-start-end-radius: 3px; border-end-end-radius: 3px; }
.overview-table .badge { font-size: 0.74rem; white-space: normal; text-align: center; }

/* one-pager truncation note */
.truncated-note { font-size: 0.75rem; color: var(--muted); font-style: italic; margin-block-start: 2mm; }

/* Narrow screens (phones): one column, lighter padding. Print is unaffected (A4 is wider). */
@media screen and (max-width: 720px) {
  body { padding: 0; }
  .result, .overview-page { padding: 6mm 5mm; margin-block-end: 8px; box-shadow: none; }
  .report-header { grid-template-columns: 1fr; }
  .header-score { width: 100%; max-width: 60mm; justify-self: center; }
  .header-facts, .contact-facts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .reasons { grid-template-columns: 1fr; }
  .bar-row { grid-template-columns: 1fr; gap: 1mm; }
  .risk { grid-template-columns: 1fr; gap: 1mm; }
  .analytics { overflow-x: auto; }
  .overview-page { overflow-x: auto; }
  .overview-table { min-width: 170mm; }
}

/* ---------- print ---------- */
@page { size: A4; margin: 18mm 14mm 16mm 14mm;
  /* Breathing room between the PDF renderer's running header/footer (margin boxes) and the page. */
  @top-left { padding-bottom: 4mm; } @top-right { padding-bottom: 4mm; }
  @bottom-left { padding-top: 4mm; } @bottom-right { padding-top: 4mm; } }
@media print {
  html { font-size: calc(var(--base-size) * 0.95); }
  body { background: none; }
  .combined .overview-page { break-after: page; }
  .combined .result + .result, .result + .result { break-before: page; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  a { color: var(--accent); }
}
`;
