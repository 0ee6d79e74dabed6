/**
 * The renderer's storage in the reports bucket (port `RenderStorage`): staged HTML under
 * `render-input/` is read and deleted, PDFs are written under the report prefixes. The renderer's IAM
 * role allows exactly those prefixes (infra/lib/service-functions.ts).
 */
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { RenderStorage } from '../../usecases/ports.ts';

export class S3RenderStorage implements RenderStorage {
  constructor(
    private readonly s3: S3Client,
    private readonly reportsBucket: string,
  ) {}

  /** @example const html = await storage.readStagedHtml('render-input/5f0c….html'); */
  async readStagedHtml(key: string): Promise<string> {
    const object = await this.s3.send(new GetObjectCommand({ Bucket: this.reportsBucket, Key: key }));
    if (!object.Body) throw new Error(`Staged HTML ${key} has no body`);
    return object.Body.transformToString('utf-8');
  }

  async deleteStagedHtml(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.reportsBucket, Key: key }));
  }

  async writePdf(key: string, pdf: Uint8Array, pages: number): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.reportsBucket,
        Key: key,
        Body: pdf,
        ContentType: 'application/pdf',
        Metadata: { pages: String(pages) },
      }),
    );
  }
}
