/**
 * Shortening text to a visual budget, for the one-page template.
 *
 * A character count misjudges scripts: a CJK ideograph is about twice as wide as a Latin letter, and
 * Thai vowel and tone marks take no width of their own. So text is measured in "half-width units" per
 * grapheme (East Asian wide = 2, everything else = 1), and cut at a word boundary (Intl.Segmenter's
 * dictionary segmentation handles Thai and Japanese, which do not separate words with spaces).
 */

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Wide ranges (Unicode UAX #11 East_Asian_Width W/F, main blocks): Hangul Jamo, CJK symbols to Yi,
// Hangul syllables, CJK compatibility, fullwidth forms, CJK extension planes.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/** The width of a text in half-width units. */
export function visualWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) width += WIDE.test(segment) ? 2 : 1;
  return width;
}

export interface Shortened {
  text: string;
  truncated: boolean;
}

/**
 * The text if it fits `budget` half-width units, else its longest word-aligned prefix that fits
 * with an ellipsis. Whitespace runs are collapsed first (a one-pager has no room for blank lines).
 *
 * @example shorten('The quick brown fox', 12) // { text: 'The quick…', truncated: true }
 */
export function shorten(text: string, budget: number): Shortened {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (visualWidth(flat) <= budget) return { text: flat, truncated: false };
  let kept = '';
  let width = 0;
  for (const { segment } of wordSegmenter.segment(flat)) {
    const segmentWidth = visualWidth(segment);
    if (width + segmentWidth > budget - 1) {
      if (kept.trim().length === 0) {
        // One word longer than the whole budget: cut it by graphemes.
        for (const { segment: grapheme } of graphemeSegmenter.segment(segment)) {
          const w = WIDE.test(grapheme) ? 2 : 1;
          if (width + w > budget - 1) break;
          kept += grapheme;
          width += w;
        }
      }
      break;
    }
    kept += segment;
    width += segmentWidth;
  }
  return { text: `${kept.replace(/[\s,;:.、。،]+$/u, '')}…`, truncated: true };
}
