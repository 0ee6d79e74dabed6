/**
 * Which URLs from the report model may become an `href` or a `src`.
 *
 * The model's URLs are presigned links made by our own signer, but the renderer treats every field as
 * hostile (docs/design.md, "The renderer treats content as hostile"): a link must parse as an
 * absolute http(s) URL without credentials; an image may only be a page image of the report's own
 * files, or the data URI the PDF path inlined for it.
 */

/**
 * The URL, normalised, when it is an absolute http: or https: URL without user info; otherwise null.
 *
 * @example safeLinkUrl('javascript:alert(1)') // null
 * @example safeLinkUrl('https://files.example/a.mp4?X-Amz-Signature=1') // 'https://files.example/a.mp4?X-Amz-Signature=1'
 */
export function safeLinkUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 8192) return null;
  // URL parsing strips tabs and newlines and trims control characters ("java\tscript:"), so
  // decide on what the parser saw, and return the parser's serialisation, not the raw string.
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** Inlined images must be plain raster data URIs: no SVG (it can reference and script). */
const INLINE_IMAGE = /^data:image\/(?:png|jpe?g|webp|gif);base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * Where an image of the report's files is loaded from: the inlined data URI when the caller supplied
 * one for this URL, else the signed URL itself when it is a safe http(s) link; otherwise null.
 */
export function safeImageSource(
  raw: string | null | undefined,
  inlineImages: ReadonlyMap<string, string> | undefined,
): string | null {
  if (typeof raw !== 'string') return null;
  const inlined = inlineImages?.get(raw);
  if (inlined !== undefined) return INLINE_IMAGE.test(inlined) ? inlined : null;
  return safeLinkUrl(raw);
}
