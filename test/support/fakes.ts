/**
 * In-memory stand-ins for the repository and the URL signer, for use-case tests without AWS. They
 * record what they were asked, so a test can prove a section that is off caused no signing and a
 * combined report loaded its results in one call.
 */
import type { MembershipRecord, MerchantRecord, ResultBundle } from '../../shared/domain/records.ts';
import { ResultGoneError } from '../../shared/errors.ts';
import type { PdfRenderResult } from '../../shared/usecases/pdf-render-protocol.ts';
import type {
  BucketKind,
  PdfExportRecord,
  PdfExportWrite,
  PdfObjectStore,
  PdfRenderClient,
  PdfRenderRequest,
  ReportRepository,
  SignOptions,
  UrlSigner,
} from '../../shared/usecases/ports.ts';

/**
 * The repository in memory. It keeps the promises of the port as `DynamoReportRepository` keeps them
 * (test/support/repository-contract.ts runs the same tests against both): ids in any letter case,
 * copies out, results of other merchants left out in a scope, no merchant invented, no result created
 * by recording a PDF on it.
 */
export class FakeRepository implements ReportRepository {
  readonly membershipLookups: string[] = [];
  /** The id lists of every `loadResultBundles` call, in call order. */
  readonly bundleLoads: string[][] = [];
  /** Every stored PDF recorded on a result (`store_file`), in call order. */
  readonly pdfExportsRecorded: Array<[string, PdfExportRecord]> = [];
  private readonly memberships: Map<string, MembershipRecord>;
  private readonly merchants: Map<string, MerchantRecord>;
  /** By lower-case result id, as the table keys them. */
  private readonly bundles: Map<string, ResultBundle>;

  constructor(
    memberships: readonly MembershipRecord[],
    bundles: readonly ResultBundle[],
    merchants: readonly MerchantRecord[] = [],
  ) {
    this.memberships = new Map(
      memberships.map((membership) => [membership.user_id, structuredClone(membership)]),
    );
    this.merchants = new Map(merchants.map((merchant) => [merchant.merchant_id, structuredClone(merchant)]));
    this.bundles = new Map(
      bundles.map((bundle) => [bundle.result.interview_result_id.toLowerCase(), structuredClone(bundle)]),
    );
  }

  /** Changes a stored result, as another writer of the table would (tests of data that moves on). */
  editResult(resultId: string, edit: (result: ResultBundle['result']) => void): void {
    const bundle = this.bundles.get(resultId.toLowerCase());
    if (!bundle) throw new Error(`No stored result ${resultId}`);
    edit(bundle.result);
  }

  async getMembership(userId: string): Promise<MembershipRecord | null> {
    this.membershipLookups.push(userId);
    return structuredClone(this.memberships.get(userId) ?? null);
  }

  /** As the table's conditional write: this merchant's existing result, never over a newer version. */
  async recordPdfExport(
    resultId: string,
    merchantId: string,
    record: PdfExportRecord,
  ): Promise<PdfExportWrite> {
    const result = this.bundles.get(resultId.toLowerCase())?.result;
    if (result === undefined || result.merchant_id !== merchantId) throw new ResultGoneError(resultId);
    if (result.pdf_export_version !== null && result.pdf_export_version > record.pdf_export_version) {
      return 'superseded';
    }
    Object.assign(result, record);
    this.pdfExportsRecorded.push([resultId, { ...record }]);
    return 'recorded';
  }

  async getMerchant(merchantId: string): Promise<MerchantRecord | null> {
    return structuredClone(this.merchants.get(merchantId) ?? null);
  }

  async loadResultBundles(
    resultIds: readonly string[],
    scope: { merchantId?: string } = {},
  ): Promise<Map<string, ResultBundle>> {
    this.bundleLoads.push([...resultIds]);
    const found = new Map<string, ResultBundle>();
    for (const id of resultIds) {
      const bundle = this.bundles.get(id.toLowerCase());
      if (bundle === undefined) continue;
      if (scope.merchantId !== undefined && bundle.result.merchant_id !== scope.merchantId) continue;
      // Copies, like a real store: the use case must not depend on sharing objects with it.
      found.set(id, structuredClone(bundle));
    }
    return found;
  }
}

export interface SignCall {
  bucket: BucketKind;
  key: string;
  options: SignOptions;
}

/** Signs by building a recognisable URL from its inputs; records every call. */
export class FakeSigner implements UrlSigner {
  readonly calls: SignCall[] = [];

  async sign(bucket: BucketKind, key: string, options: SignOptions): Promise<string> {
    this.calls.push({ bucket, key, options: { ...options } });
    const path = key.split('/').map(encodeURIComponent).join('/');
    return `https://${bucket}.bucket.example.test/${path}?X-Amz-Expires=${options.expiresInSeconds}&X-Amz-Signature=fake`;
  }

  /** The keys signed so far, in call order. */
  signedKeys(): string[] {
    return this.calls.map((call) => call.key);
  }
}

/**
 * The PDF side without Chromium or S3: a renderer that records what it was asked to print and an
 * object store that remembers what was "rendered", so a repeat request finds the stored PDF.
 */
export class FakePdf implements PdfRenderClient, PdfObjectStore {
  readonly renders: PdfRenderRequest[] = [];
  private readonly stored = new Set<string>();

  async render(request: PdfRenderRequest): Promise<PdfRenderResult> {
    this.renders.push(request);
    this.stored.add(request.output_key);
    return { key: request.output_key, bytes: request.html.length, pages: 1 };
  }

  async reportExists(key: string): Promise<boolean> {
    return this.stored.has(key);
  }

  async readFile(_key: string): Promise<{ bytes: Uint8Array; contentType: string }> {
    // A 1×1 transparent PNG: enough for the HTML to carry an inlined image.
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    return { bytes: Buffer.from(png, 'base64'), contentType: 'image/png' };
  }

  /** The ports `ReportDeps.pdf` takes. */
  ports(): { client: PdfRenderClient; objects: PdfObjectStore } {
    return { client: this, objects: this };
  }
}
