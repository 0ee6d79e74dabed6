/**
 * modern: a bold, dashboard-like report. A deep indigo hero with the score on a white card, sections
 * as rounded cards, violet accent; for teams who present reports on screen as much as on paper.
 */
export const MODERN_CSS = `
.template-modern { --accent: #5a48e0; --accent-soft: #f0eeff; --accent-ink: #2e2587; --radius: 10px;
  --soft: #f6f5fc; --line: #e7e6f2; --line-strong: #d4d2e6; }
@media screen { .template-modern body { background: #e4e2ef; } }
.template-modern .report-header { background: linear-gradient(135deg, #1c1744 0%, #2f2587 55%, #5a48e0 100%);
  color: #fff; border: 0; border-radius: 14px; padding: 7mm 7mm 6mm; }
.template-modern .report-header .eyebrow { color: #c9c2ff; }
.template-modern .report-header .candidate-name { color: #fff; }
.template-modern .report-header .position-line { color: #e4e0ff; }
.template-modern .report-header .position-line .interview-name { color: #b9b1f5; }
.template-modern .report-header .fact dt { color: #b9b1f5; }
.template-modern .report-header .fact dd { color: #fff; }
.template-modern .report-header .badge { border-color: transparent; }
.template-modern .header-score { background: #fff; color: var(--ink); border-radius: 12px; padding: 4mm 4mm 3mm;
  box-shadow: 0 6px 18px rgba(10, 6, 50, 0.25); }
.template-modern .section:not(.risks) { background: #fff; border: 1px solid var(--line); border-radius: 12px;
  padding: 5mm 5.5mm; }
.template-modern .section > h2 { display: flex; align-items: center; gap: 2.5mm; font-size: 1.15rem; color: var(--accent-ink); }
.template-modern .section > h2::before { content: ""; width: 2.2mm; height: 5mm; border-radius: 2px;
  background: linear-gradient(180deg, #7c6cf0, #4a3ad0); }
.template-modern .risk { border-radius: 10px; }
.template-modern .turn { border-radius: 10px; border-color: var(--line); }
.template-modern .key-statement { background: linear-gradient(135deg, #f3f1ff, #ebe8ff); }
.template-modern .overview-header { background: linear-gradient(135deg, #1c1744 0%, #2f2587 55%, #5a48e0 100%);
  color: #fff; border-radius: 14px; padding: 7mm; }
.template-modern .overview-header .eyebrow { color: #c9c2ff; }
.template-modern .overview-header .overview-count { color: #e4e0ff; }
.template-modern .overview-table thead th { color: var(--accent-ink); }
/* A card split by a page break is closed on both pages (Chromium 130 and later fragment block boxes so). */
.template-modern .section, .template-modern .turn { -webkit-box-decoration-break: clone; box-decoration-break: clone; }
`;
