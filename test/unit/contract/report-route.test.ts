import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPORT_ROUTE } from '../../../shared/contract/report-route.ts';

it('is the one path and method of the contract', () => {
  const contract = parse(readFileSync('shared/contract/openapi.yaml', 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  expect(Object.keys(contract.paths)).toEqual([REPORT_ROUTE.path]);
  expect(Object.keys(contract.paths[REPORT_ROUTE.path] ?? {})).toEqual([REPORT_ROUTE.method.toLowerCase()]);
});
