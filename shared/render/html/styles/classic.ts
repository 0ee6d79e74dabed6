/**
 * classic (the default): a calm, document-like report. Navy accent, ruled section titles, white
 * space; reads like a consultant's assessment and prints cleanly in greyscale.
 */
export const CLASSIC_CSS = `
.template-classic { --accent: #1f4e79; --accent-soft: #edf3f9; --accent-ink: #173b5e; }
.template-classic .report-header { border-block-start: 4px solid var(--accent); padding-block-start: 6mm;
  border-block-end: 1px solid var(--line-strong); }
.template-classic .section > h2 { display: flex; align-items: center; gap: 3mm; font-size: 0.86rem; font-weight: 700;
  text-transform: uppercase; letter-spacing: 0.12em; color: var(--accent); }
.template-classic .section > h2::after { content: ""; flex: 1; border-block-start: 1px solid var(--line-strong); }
.template-classic .overview-header { border-block-start: 4px solid var(--accent); padding-block-start: 6mm; }
.template-classic .overview-table thead th { background: #f3f6fa; }
`;
