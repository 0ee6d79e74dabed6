/**
 * Where candidate files and recordings live in the files bucket (docs/data-model.md, "S3 key layout").
 *
 * Every key starts with what it is and then the merchant, so one IAM prefix or one lifecycle rule can
 * address a kind of object, and one merchant's objects can be listed, exported or erased by prefix
 * (a candidate's deletion request, a merchant leaving).
 */

/**
 * `files/<merchant>/<candidate>/<file>/page-<n>.<ext>`; pages count from 1, as people count them.
 *
 * @example filePageKey({ merchantId: 'm', candidateId: 'c', fileId: 'f' }, 1, 'png') // 'files/m/c/f/page-1.png'
 */
export function filePageKey(
  ids: { merchantId: string; candidateId: string; fileId: string },
  page: number,
  extension: string,
): string {
  return `files/${ids.merchantId}/${ids.candidateId}/${ids.fileId}/page-${page}.${extension}`;
}

/**
 * `recordings/<merchant>/<result>/session.<ext>`, `…/video-introduction.<ext>` and
 * `…/answers/<turn>.<ext>`: everything recorded in one interview under one prefix.
 *
 * @example recordingKey({ merchantId: 'm', resultId: 'r' }, { kind: 'answer', turnId: 't' }, 'ogg')
 * // 'recordings/m/r/answers/t.ogg'
 */
export function recordingKey(
  ids: { merchantId: string; resultId: string },
  recording: { kind: 'session' } | { kind: 'video_introduction' } | { kind: 'answer'; turnId: string },
  extension: string,
): string {
  const prefix = `recordings/${ids.merchantId}/${ids.resultId}`;
  switch (recording.kind) {
    case 'session':
      return `${prefix}/session.${extension}`;
    case 'video_introduction':
      return `${prefix}/video-introduction.${extension}`;
    case 'answer':
      return `${prefix}/answers/${recording.turnId}.${extension}`;
  }
}

/** Content types of the extensions the seed format accepts, sent with each upload. */
export const CONTENT_TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  webm: 'video/webm',
  mp4: 'video/mp4',
};
