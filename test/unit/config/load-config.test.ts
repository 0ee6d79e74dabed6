import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../shared/config.ts';

const base = { TABLE_NAME: 't', FILES_BUCKET: 'f', REPORTS_BUCKET: 'r' };

describe('runtime configuration', () => {
  it('names a missing setting', () => {
    expect(() => loadConfig({ FILES_BUCKET: 'f', REPORTS_BUCKET: 'r' })).toThrow('TABLE_NAME');
  });

  it('defaults the URL lifetime to one hour and takes up to seven days', () => {
    expect(loadConfig(base).signedUrlTtlSeconds).toBe(3600);
    expect(loadConfig({ ...base, SIGNED_URL_TTL_SECONDS: '604800' }).signedUrlTtlSeconds).toBe(604_800);
  });

  // Found at start-up, not as a 500 on every report that links a page, a recording or a PDF.
  it.each(['0', '-5', '1.5', 'soon', '604801'])(
    'refuses SIGNED_URL_TTL_SECONDS=%s at load, naming it',
    (value) => {
      expect(() => loadConfig({ ...base, SIGNED_URL_TTL_SECONDS: value })).toThrow(
        /SIGNED_URL_TTL_SECONDS must be an integer from 1 to 604800/,
      );
    },
  );
});
