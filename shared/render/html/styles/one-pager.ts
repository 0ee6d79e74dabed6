/**
 * one_pager: everything a hiring manager needs on one A4 sheet. Dense but airy: a header band, the
 * assessment beside the score chart, reasons side by side and the rubric as a verdict matrix.
 *
 * The sheet is a fixed-height box that clips (273 mm of A4's 297 minus the 12 mm margins, less a
 * millimetre of rounding headroom), so the report prints on exactly one page whatever the content.
 */
export const ONE_PAGER_CSS = `
.template-one_pager { --accent: #0f6e6e; --accent-soft: #e6f3f3; --accent-ink: #0b5050; --section-gap: 3.5mm;
  --base-size: 8.6pt; }
@page { size: A4; margin: 12mm; }
@media screen { .template-one_pager .result { padding: 12mm; } }
/* Size + layout + paint containment makes the sheet one monolithic box for fragmentation: overflow is
   clipped instead of spilling (invisibly) onto a second page (measured with Chromium 156). */
.template-one_pager .sheet { height: 272mm; overflow: hidden; contain: size layout paint; display: flex;
  flex-direction: column; }
/* The body takes what the note leaves and clips; the note (when present) always shows. */
.template-one_pager .sheet-body { flex: 1 1 auto; min-height: 0; overflow: hidden; }
.template-one_pager .report-header { grid-template-columns: 1fr auto; padding: 0 0 3.5mm; gap: 5mm;
  margin-block-end: 3.5mm; border-block-end: 2px solid var(--accent); }
.template-one_pager .candidate-name { font-size: 1.9rem; margin-block: 0.5mm; display: -webkit-box;
  -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.template-one_pager .position-line { font-size: 1rem; }
.template-one_pager .header-facts { grid-template-columns: repeat(5, auto); gap: 1.5mm 5mm; margin-block-start: 3mm;
  justify-content: start; }
.template-one_pager .fact dt { font-size: 0.68rem; }
.template-one_pager .fact dd { font-size: 0.88rem; white-space: nowrap; }
.template-one_pager .header-score { width: 40mm; }
.template-one_pager .score-ring { width: 25mm; height: 25mm; }
.template-one_pager .coverage { margin-block-start: 1.5mm; }
.template-one_pager .section > h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.1em; color: var(--accent);
  margin-block-end: 2mm; }
.template-one_pager .risks-compact .risk-list { gap: 1mm; }
.template-one_pager .risk { padding: 1.2mm 2.5mm; grid-template-columns: auto 1fr; font-size: 0.9rem; }
.template-one_pager .risk-list .more { font-size: 0.8rem; color: var(--muted); font-style: italic; }
.template-one_pager .one-pager-grid { display: grid; grid-template-columns: minmax(0, 1.45fr) minmax(0, 1fr); gap: 6mm;
  margin-block-end: var(--section-gap); }
.template-one_pager .one-pager-grid .section { margin: 0; }
.template-one_pager .summary { font-size: 0.98rem; line-height: 1.5; }
.template-one_pager .key-statement { margin-block: 2.5mm; padding: 2.5mm 3.5mm; padding-inline-start: 11mm; }
.template-one_pager .key-statement .icon-quote { width: 5.5mm; inset-inline-start: 3mm; top: 3mm; }
.template-one_pager .key-statement blockquote { font-size: 0.98rem; }
.template-one_pager .key-statement figcaption { font-size: 0.66rem; margin-block-start: 0.8mm; }
.template-one_pager .resume-analysis { margin-block-start: 2mm; font-size: 0.9rem; color: var(--ink-soft); }
.template-one_pager .resume-analysis h3 { font-size: 0.82rem; margin-block-end: 0.5mm; }
.template-one_pager .scores-compact { background: var(--soft); border-radius: var(--radius); padding: 3mm 3.5mm; }
.template-one_pager .bar-row { grid-template-columns: 25mm 1fr; gap: 2.5mm; }
.template-one_pager .bar-list { gap: 1.6mm; }
.template-one_pager .bar-label { font-size: 0.84rem; }
.template-one_pager .bar-cell { grid-template-columns: 1fr 8mm; gap: 2mm; }
.template-one_pager .bar-value { font-size: 0.9rem; }
.template-one_pager .reasons { margin-block: 0 var(--section-gap); gap: 4mm; }
.template-one_pager .reasons-column { padding: 2.5mm 3mm; }
.template-one_pager .reasons-column li { padding-block: 0.4mm; font-size: 0.92rem; }
.template-one_pager .rubric-matrix { width: 100%; border-collapse: collapse; font-size: 0.88rem; }
.template-one_pager .rubric-matrix th, .template-one_pager .rubric-matrix td { padding: 1.3mm 2mm;
  border-block-end: 1px solid var(--line); text-align: start; vertical-align: middle; }
.template-one_pager .rubric-matrix thead th { font-size: 0.7rem; text-transform: uppercase; letter-spacing: 0.06em;
  color: var(--muted); border-block-end: 1.5px solid var(--line-strong); }
.template-one_pager .rubric-matrix thead .col-level { text-align: center; width: 22mm; }
.template-one_pager .rubric-matrix td.col-level { text-align: center; white-space: nowrap; }
/* Hanging indent: a wrapped question lines up with its first line, not under its number. */
.template-one_pager .rubric-matrix tbody th { font-weight: 500; padding-inline-start: 8mm; text-indent: -6mm; }
.template-one_pager .rubric-matrix .question-number { display: inline-block; min-width: 4.5mm; margin-inline-end: 1.5mm; text-indent: 0;
  color: var(--accent); }
.template-one_pager .rubric-matrix tr.more td { color: var(--muted); font-style: italic; }
.pip { display: inline-flex; width: 4.2mm; height: 4.2mm; align-items: center; justify-content: center; border-radius: 999px;
  margin: 0 0.35mm; vertical-align: middle; }
.pip .icon { width: 2.8mm; height: 2.8mm; }
.pip.verdict-confirmed { background: var(--good-soft); color: #1b7a50; }
.pip.verdict-rejected { background: var(--bad-soft); color: #b23641; }
.pip.verdict-not_discussed { background: #eef0f3; color: #7a8293; }
.template-one_pager .rubric-legend { margin-block-start: 1.5mm; }
.template-one_pager .rubric-legend .pip { margin-inline-start: 2mm; }
.template-one_pager .truncated-note { flex: none; padding-block-start: 2mm; border-block-start: 1px solid var(--line); }
`;
