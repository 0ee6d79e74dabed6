/**
 * The comfortable speaking pace the words-per-minute values are read against.
 *
 * 120–160 wpm: the US National Center for Voice and Speech gives about 150 wpm as the average rate of
 * American English conversation, and speaking-skills guidance commonly places clear, comfortable
 * delivery at roughly 120–160 wpm (e.g. D. Barnard, "Average Speaking Rate and Words per Minute",
 * VirtualSpeech, 2018: 120–150 wpm conversational, 150–160 for audiobooks and presentations).
 * The band is a reading aid for recruiters, not a score.
 */
export const COMFORTABLE_PACE = { min: 120, max: 160 } as const;

export type Pace = 'slow' | 'comfortable' | 'fast';

export function paceOf(wordsPerMinute: number): Pace {
  if (wordsPerMinute < COMFORTABLE_PACE.min) return 'slow';
  if (wordsPerMinute > COMFORTABLE_PACE.max) return 'fast';
  return 'comfortable';
}

export const PACE_COLOURS: Readonly<Record<Pace, string>> = {
  slow: '#d4a72c',
  comfortable: '#1f8a5b',
  fast: '#e07b39',
};

/** The drawn range of a pace axis: at least 60–220 wpm, widened to show every value. */
export function paceAxis(values: number[]): { min: number; max: number } {
  const low = Math.min(60, ...values);
  const high = Math.max(220, ...values);
  return { min: Math.floor(low / 20) * 20, max: Math.ceil(high / 20) * 20 };
}
