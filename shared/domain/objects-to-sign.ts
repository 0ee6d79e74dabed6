/**
 * Which stored objects a report links to, given its toggles. Signing is I/O-free but not pure
 * (it reads the clock and credentials), so the builder never signs: the use case signs exactly the
 * objects listed here and hands the builder a map from object key to link. A section that is off
 * lists nothing, so nothing is ever signed for it.
 */

import type { ExportFeatures } from './options.ts';
import type { ResultBundle } from './records.ts';

/** A presigned URL and the moment it stops working (ISO timestamp). */
export interface SignedUrl {
  url: string;
  expires_at: string;
}

/** Links by object key (all objects of a report are in the files bucket). */
export type SignedLinks = ReadonlyMap<string, SignedUrl>;

/**
 * The keys (all in the files bucket) of the objects a report of this bundle needs signed: file pages only with `files`, per-answer
 * recordings only with `answer_recording`, the session recording and the video introduction only
 * with `session_recording`. In a stable order (files, answers by sequence, session, introduction);
 * a key may repeat, so callers sign each distinct key once.
 *
 * @example
 * objectKeysToSign(bundle, { ...DEFAULT_EXPORT_FEATURES, session_recording: true });
 * // ['files/…/resume-1.png', 'recordings/…/session.webm']
 */
export function objectKeysToSign(
  bundle: ResultBundle,
  features: Pick<ExportFeatures, 'files' | 'answer_recording' | 'session_recording'>,
): string[] {
  const keys: string[] = [];
  if (features.files) {
    for (const file of bundle.files) {
      for (const key of file.page_keys) keys.push(key);
    }
  }
  if (features.answer_recording) {
    const turns = [...bundle.turns].sort((a, b) => a.sequence - b.sequence);
    for (const turn of turns) {
      if (turn.recording_local_path !== null) {
        keys.push(turn.recording_local_path);
      }
    }
  }
  if (features.session_recording) {
    const { recording_local_path, video_introduction_local_path } = bundle.result;
    if (recording_local_path !== null) {
      keys.push(recording_local_path);
    }
    if (video_introduction_local_path !== null) {
      keys.push(video_introduction_local_path);
    }
  }
  return keys;
}
