/**
 * The overview table of a combined report (`json_export.table`): the very table the HTML report opens
 * with, so the JSON export and the document never disagree. Labels come from the report-language
 * catalogs, scores carry the colour scale as inline styles (the fragment is used without the report's
 * stylesheet). Implementation: shared/render/html/overview-table.tsx.
 */
export { OverviewTable, renderOverviewTable } from './html/overview-table.tsx';
