/**
 * Presigned GET URLs for page images, recordings and PDFs. Signing is local computation (SigV4 over
 * the request); no request reaches S3 until someone opens the URL.
 */

import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { MAX_PRESIGNED_URL_SECONDS } from '../../config.ts';
import type { BucketKind, SignOptions, UrlSigner } from '../../usecases/ports.ts';

export interface SignerBuckets {
  files: string;
  reports: string;
}

export interface S3UrlSignerOptions {
  /**
   * The signing time, where a URL's lifetime starts (`X-Amz-Date`). Give it the clock the use case
   * computes `pdf_export_valid_until` with, so the stated expiry is the URL's. Default: the system clock.
   */
  now?: () => Date;
}

/**
 * `attr-char` of RFC 5987 §3.2.1: what may stand unencoded in `filename*`. Everything else is sent as
 * UTF-8 percent-encoded octets.
 */
const RFC5987_ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

function encodeRfc5987Value(value: string): string {
  let encoded = '';
  for (const byte of new TextEncoder().encode(value)) {
    const character = String.fromCharCode(byte);
    encoded +=
      byte < 0x80 && RFC5987_ATTR_CHAR.test(character)
        ? character
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

/**
 * A plain `filename="…"` for clients that ignore `filename*` (RFC 6266 §4.3 advises sending both):
 * printable ASCII only, without the quote and backslash that would end or escape the quoted string.
 */
function asciiFallbackFileName(fileName: string): string {
  const ascii = Array.from(fileName.normalize('NFKD').replace(/\p{M}/gu, ''), (character) => {
    const code = character.codePointAt(0) ?? 0;
    return code < 0x20 || code > 0x7e || character === '"' || character === '\\' ? '_' : character;
  })
    .join('')
    .trim();
  const collapsed = ascii.replace(/_+/g, '_');
  // A name with nothing readable left (Japanese, Arabic…) becomes `download` with its extension.
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(collapsed)?.[0] ?? '';
  const stem = collapsed.slice(0, collapsed.length - extension.length);
  return /[A-Za-z0-9]/.test(stem) ? collapsed : `download${extension}`;
}

/**
 * The `Content-Disposition` of a download: `attachment` with the name twice, ASCII and UTF-8.
 *
 * @example contentDispositionAttachment('Müller – Report.pdf')
 * // 'attachment; filename="Muller _ Report.pdf"; filename*=UTF-8\'\'M%C3%BCller%20%E2%80%93%20Report.pdf'
 */
export function contentDispositionAttachment(fileName: string): string {
  // Control characters (CR, LF above all) have no place in a header value, whatever the encoding.
  const clean = Array.from(fileName)
    .filter((character) => {
      const code = character.codePointAt(0) ?? 0;
      return code >= 0x20 && code !== 0x7f;
    })
    .join('');
  return `attachment; filename="${asciiFallbackFileName(clean)}"; filename*=UTF-8''${encodeRfc5987Value(clean)}`;
}

/**
 * Signs GET URLs for objects of the files and reports buckets.
 *
 * @example
 * const signer = new S3UrlSigner(s3, { files: config.filesBucket, reports: config.reportsBucket });
 * const url = await signer.sign('files', 'files/m/c/f/page-1.png', { expiresInSeconds: 3600 });
 */
export class S3UrlSigner implements UrlSigner {
  private readonly now: () => Date;

  constructor(
    private readonly s3: S3Client,
    private readonly buckets: SignerBuckets,
    options: S3UrlSignerOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  async sign(bucket: BucketKind, key: string, options: SignOptions): Promise<string> {
    const { expiresInSeconds, downloadFileName } = options;
    if (
      !Number.isInteger(expiresInSeconds) ||
      expiresInSeconds < 1 ||
      expiresInSeconds > MAX_PRESIGNED_URL_SECONDS
    ) {
      throw new RangeError(
        `expiresInSeconds must be an integer from 1 to ${MAX_PRESIGNED_URL_SECONDS}, got ${expiresInSeconds}`,
      );
    }
    const command = new GetObjectCommand({
      Bucket: this.buckets[bucket],
      Key: key,
      ...(downloadFileName
        ? { ResponseContentDisposition: contentDispositionAttachment(downloadFileName) }
        : {}),
    });
    return getSignedUrl(this.s3, command, { expiresIn: expiresInSeconds, signingDate: this.now() });
  }
}
