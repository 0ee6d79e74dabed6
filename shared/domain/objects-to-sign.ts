/**
 * Which stored objects a report links to, given its toggles. Signing is I/O-free but not pure
 * (it reads the clock and credentials), so the builder never signs: the use case signs exactly the
 * objects listed here and hands the builder a map from object key to link. A section that is off
 * lists nothing, so nothing is ever signed for it.
 */

import type { BucketKind } from '../store/ports.ts';
import type { ExportFeatures } from './options.ts';
import type { ResultBundle } from './records.ts';

/** Why an object is linked; tells the reader of a signing log what each URL was for. */
export type SignPurpose = 'file_page' | 'answer_recording' | 'session_recording' | 'video_introduction';

export interface ObjectToSign {
  /** Page images and recordings are all kept in the files bucket. */
  bucket: BucketKind;
  key: string;
  purpose: SignPurpose;
}

/** A presigned URL and the moment it stops working (ISO timestamp). */
export interface SignedUrl {
  url: string;
  expires_at: string;
}

/** Links by object key (all objects of a report are in the files bucket). */
export type SignedLinks = ReadonlyMap<string, SignedUrl>;

/**
 * The objects a report of this bundle needs signed: file pages only with `files`, per-answer
 * recordings only with `answer_recording`, the session recording and the video introduction only
 * with `session_recording`. In a stable order (files, answers by sequence, session, introduction);
 * a key may repeat, so callers sign each distinct key once.
 *
 * @example
 * const objects = listObjectsToSign(bundle, { ...DEFAULT_EXPORT_FEATURES, session_recording: true });
 * objects.map((o) => o.key); // ['files/…/resume-1.png', 'recordings/…/session.webm']
 */
export function listObjectsToSign(
  bundle: ResultBundle,
  features: Pick<ExportFeatures, 'files' | 'answer_recording' | 'session_recording'>,
): ObjectToSign[] {
  const objects: ObjectToSign[] = [];
  if (features.files) {
    for (const file of bundle.files) {
      for (const key of file.page_keys) objects.push({ bucket: 'files', key, purpose: 'file_page' });
    }
  }
  if (features.answer_recording) {
    const turns = [...bundle.turns].sort((a, b) => a.sequence - b.sequence);
    for (const turn of turns) {
      if (turn.recording_local_path !== null) {
        objects.push({ bucket: 'files', key: turn.recording_local_path, purpose: 'answer_recording' });
      }
    }
  }
  if (features.session_recording) {
    const { recording_local_path, video_introduction_local_path } = bundle.result;
    if (recording_local_path !== null) {
      objects.push({ bucket: 'files', key: recording_local_path, purpose: 'session_recording' });
    }
    if (video_introduction_local_path !== null) {
      objects.push({ bucket: 'files', key: video_introduction_local_path, purpose: 'video_introduction' });
    }
  }
  return objects;
}
