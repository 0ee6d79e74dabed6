import { describe, expect, it } from 'vitest';
import { objectKeysToSign } from '../../../shared/domain/objects-to-sign.ts';
import { ALL_OFF, ALL_ON, bundleOf, RESULT_ALMOST_EMPTY, RESULT_FULL_EN } from '../../support/fixtures.ts';

const keysOf = (features: typeof ALL_OFF) => objectKeysToSign(bundleOf(RESULT_FULL_EN), features);

describe('objects a report needs signed', () => {
  it('lists nothing when no linked section is on', () => {
    const linkedSectionsOff = { ...ALL_ON, files: false, answer_recording: false, session_recording: false };
    expect(objectKeysToSign(bundleOf(RESULT_FULL_EN), linkedSectionsOff)).toEqual([]);
  });

  it('lists the page images of every file only with files', () => {
    expect(keysOf({ ...ALL_OFF, files: true })).toEqual([
      'files/c1000000/cover-letter/page-1.png',
      'files/c1000000/resume/page-1.png',
      'files/c1000000/resume/page-2.png',
    ]);
  });

  it('lists the recorded answers only with answer_recording, in conversation order', () => {
    expect(keysOf({ ...ALL_OFF, answer_recording: true })).toEqual([
      'recordings/93c98d21/t-design.webm',
      'recordings/93c98d21/t-design-follow-up.webm',
      'recordings/93c98d21/t-incident.webm',
    ]);
  });

  it('lists the session recording and the video introduction only with session_recording', () => {
    expect(objectKeysToSign(bundleOf(RESULT_FULL_EN), { ...ALL_OFF, session_recording: true })).toEqual([
      'recordings/93c98d21/session.webm',
      'recordings/93c98d21/introduction.mp4',
    ]);
  });

  it('lists nothing for a result without files or recordings even with everything on', () => {
    expect(objectKeysToSign(bundleOf(RESULT_ALMOST_EMPTY), ALL_ON)).toEqual([]);
  });
});
