import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { contentDispositionAttachment, S3UrlSigner } from '../../../../shared/adapters/aws/s3-url-signer.ts';

const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
});
const signer = new S3UrlSigner(s3, { files: 'files-bucket', reports: 'reports-bucket' });

describe('S3UrlSigner', () => {
  it('signs a GET of the object in the bucket of its kind, valid for the given time', async () => {
    const url = new URL(await signer.sign('files', 'files/m/c/f/page-1.png', { expiresInSeconds: 900 }));
    expect(url.hostname).toBe('files-bucket.s3.eu-west-1.amazonaws.com');
    expect(url.pathname).toBe('/files/m/c/f/page-1.png');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(url.searchParams.has('response-content-disposition')).toBe(false);

    const report = new URL(await signer.sign('reports', 'exports/x.pdf', { expiresInSeconds: 60 }));
    expect(report.hostname).toBe('reports-bucket.s3.eu-west-1.amazonaws.com');
  });

  it('asks S3 to send the download name back as an attachment', async () => {
    const url = new URL(
      await signer.sign('reports', 'r.pdf', {
        expiresInSeconds: 60,
        downloadFileName: '佐藤 美咲 – Report.pdf',
      }),
    );
    expect(url.searchParams.get('response-content-disposition')).toBe(
      contentDispositionAttachment('佐藤 美咲 – Report.pdf'),
    );
  });

  it("starts a URL's lifetime at its clock's time", async () => {
    const signedAt = new Date('2026-03-10T08:00:00.000Z');
    const clocked = new S3UrlSigner(s3, { files: 'f', reports: 'r' }, { now: () => signedAt });
    const url = new URL(await clocked.sign('files', 'k', { expiresInSeconds: 60 }));
    expect(url.searchParams.get('X-Amz-Date')).toBe('20260310T080000Z');
    expect(url.searchParams.get('X-Amz-Credential')).toContain('/20260310/eu-west-1/s3/aws4_request');
  });

  it('refuses lifetimes S3 cannot honour (over seven days, zero, fractions)', async () => {
    for (const expiresInSeconds of [0, 604_801, 1.5]) {
      await expect(signer.sign('files', 'k', { expiresInSeconds })).rejects.toThrow(/expiresInSeconds/);
    }
    await expect(signer.sign('files', 'k', { expiresInSeconds: 604_800 })).resolves.toContain(
      'X-Amz-Expires=604800',
    );
  });
});

describe('contentDispositionAttachment', () => {
  it('gives the UTF-8 name percent-encoded as RFC 5987 asks, and an ASCII fallback', () => {
    expect(contentDispositionAttachment('Müller – Report.pdf')).toBe(
      `attachment; filename="Muller _ Report.pdf"; filename*=UTF-8''M%C3%BCller%20%E2%80%93%20Report.pdf`,
    );
  });

  it('keeps plain names readable', () => {
    expect(contentDispositionAttachment('Daniel_Okafor-report.v2.pdf')).toBe(
      `attachment; filename="Daniel_Okafor-report.v2.pdf"; filename*=UTF-8''Daniel_Okafor-report.v2.pdf`,
    );
  });

  it('cannot be broken out of: quotes, backslashes, semicolons and line breaks are neutralised', () => {
    const header = contentDispositionAttachment('a"b\\c;d\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(
      `attachment; filename="a_b_c;dSet-Cookie: x=1.pdf"; filename*=UTF-8''a%22b%5Cc%3BdSet-Cookie%3A%20x%3D1.pdf`,
    );
  });

  it('encodes characters outside attr-char that encodeURIComponent would leave alone', () => {
    expect(contentDispositionAttachment("it's (final)*.pdf")).toContain(
      `filename*=UTF-8''it%27s%20%28final%29%2A.pdf`,
    );
  });

  it('falls back to a generic ASCII name when nothing of the name is ASCII', () => {
    expect(contentDispositionAttachment('ليلى.pdf')).toMatch(
      /^attachment; filename="download.pdf"; filename\*=UTF-8''%D9%84/,
    );
    expect(contentDispositionAttachment('佐藤美咲_履歴書')).toMatch(/^attachment; filename="download"; /);
  });
});
