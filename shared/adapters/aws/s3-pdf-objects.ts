/**
 * The S3 side of the PDF export (shared/usecases/export-pdf.ts): does a PDF exist in the reports
 * bucket (HeadObject), and the bytes of a page image in the files bucket.
 */
import { GetObjectCommand, HeadObjectCommand, NotFound, type S3Client } from '@aws-sdk/client-s3';
import type { PdfObjectStore } from '../../usecases/ports.ts';

export class S3PdfObjects implements PdfObjectStore {
  constructor(
    private readonly s3: S3Client,
    private readonly buckets: { files: string; reports: string },
  ) {}

  /**
   * @example await new S3PdfObjects(s3, { files, reports }).reportExists('exports/m/ab12.pdf') // false
   */
  async reportExists(key: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.buckets.reports, Key: key }));
      return true;
    } catch (error) {
      if (
        error instanceof NotFound ||
        (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404
      ) {
        return false;
      }
      throw error;
    }
  }

  async readFile(key: string): Promise<{ bytes: Uint8Array; contentType: string }> {
    const object = await this.s3.send(new GetObjectCommand({ Bucket: this.buckets.files, Key: key }));
    const bytes = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
    return { bytes, contentType: object.ContentType ?? 'application/octet-stream' };
  }
}
