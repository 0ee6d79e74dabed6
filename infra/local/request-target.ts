/**
 * The path and query of an HTTP request target as a gateway sees them (RFC 9112 §3.2). Parsing the
 * target with `new URL(target, base)` reads `//x` as a host and throws on `//`, which turned a request
 * for `//` into a 500 of the local gateway: the target is split here instead, as it came.
 *
 * @example requestTarget('//a?b=1') // { path: '//a', query: 'b=1' }
 */
export function requestTarget(target: string | undefined): { path: string; query: string } {
  let raw = target || '/';
  // Absolute form (sent to proxies): keep the path and query of the URL.
  if (/^https?:\/\//i.test(raw)) {
    const url = URL.parse(raw);
    raw = url ? `${url.pathname}${url.search}` : '/';
  }
  const question = raw.indexOf('?');
  return question < 0
    ? { path: raw, query: '' }
    : { path: raw.slice(0, question), query: raw.slice(question + 1) };
}
