/**
 * Hostile content in a report (docs/design.md, "The renderer treats content as hostile"): candidate
 * answers and AI text are untrusted, and the renderer must hold even if a template let markup through. Every attack below points at a listener on
 * 127.0.0.1 started here (standing in for the metadata address, a remote stylesheet host, …), or at
 * local files. Nothing may reach the listener, no file content may reach the PDF, and the PDF must
 * still be produced with the surrounding text.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HOST_RESOLVER_FLAG } from '../../shared/render/pdf/browser-keeper.ts';
import { PdfRenderer } from '../../shared/render/pdf/pdf-renderer.ts';
import { pdfInfo, pdfText } from '../support/pdf-tools.ts';

let listener: Server;
let base: string;
const hits: string[] = [];
let renderer: PdfRenderer;

beforeAll(async () => {
  listener = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    // Were it reached, it would answer with content that must never appear in a PDF.
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<p>LEAKED-FROM-LISTENER</p>');
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  renderer = new PdfRenderer({ timeoutMs: 30_000 });
});

afterAll(async () => {
  await renderer?.close();
  await new Promise<void>((resolve) => listener?.close(() => resolve()));
});

function hostileAnswers(): Record<string, string> {
  return {
    'metadata image': `<img src="${base}/latest/meta-data/iam/security-credentials/">`,
    'iframe of /etc/passwd': '<iframe src="file:///etc/passwd" width="600" height="300"></iframe>',
    'iframe of the listener': `<iframe src="${base}/frame"></iframe>`,
    script: `<script>document.body.innerHTML = 'SCRIPT-RAN'; fetch('${base}/script');</script>`,
    'remote stylesheet @import': `<style>@import url("${base}/remote.css");</style>`,
    'remote stylesheet link': `<link rel="stylesheet" href="${base}/linked.css">`,
    'meta refresh': `<meta http-equiv="refresh" content="0;url=${base}/refresh">`,
    'svg external href': `<svg width="40" height="40"><image href="${base}/svg-image.png" width="40" height="40"/><use href="${base}/sprite.svg#a"/></svg>`,
    'link to environ':
      '<a href="file:///proc/self/environ">environment</a><object data="file:///proc/self/environ"></object>',
    'css background': `<div style="background-image: url('${base}/background.png'); width: 10px; height: 10px"></div>`,
    'web font': `<style>@font-face { font-family: Evil; src: url("${base}/font.woff2"); } .e { font-family: Evil }</style><p class="e">font</p>`,
    'base element': `<base href="${base}/"><img src="relative.png">`,
    'websocket in script': `<script>new WebSocket('${base.replace('http', 'ws')}/ws');</script>`,
    'font origin traversal': '<img src="https://fonts.invalid/files/../../../../etc/passwd">',
  };
}

describe('hostile report content', () => {
  test('reaches no server and no file, and the PDF is still produced with the surrounding text', async () => {
    const answers = hostileAnswers();
    const body = Object.entries(answers)
      .map(
        ([name, markup], i) =>
          `<section><h2>Answer ${i + 1}: ${name}</h2>${markup}<p>End of answer ${i + 1}</p></section>`,
      )
      .join('');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title></head><body><h1>Hostile report</h1>${body}</body></html>`;

    const rendered = await renderer.render(html, {
      title: 'Hostile',
      author: 'Test',
      language: 'en',
      headerText: 'Eve',
    });

    // Give any straggling request time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(hits).toEqual([]);
    expect(rendered.pages).toBeGreaterThanOrEqual(1);
    expect(rendered.blockedRequests).toBeGreaterThan(0);
    const text = pdfText(rendered.pdf);
    expect(text).toContain('Hostile report');
    for (let i = 1; i <= Object.keys(answers).length; i++) expect(text).toContain(`End of answer ${i}`);
    // No file content, no listener content, no script output.
    expect(text).not.toMatch(/root:x:0:0|root:\*:0:0/);
    expect(text).not.toMatch(/PATH=|HOME=|AWS_/);
    expect(text).not.toContain('LEAKED-FROM-LISTENER');
    expect(text).not.toContain('SCRIPT-RAN');
  });

  test('a meta refresh to a data: document or the listener does not replace the report', async () => {
    const html = `<!doctype html><html lang="en"><head><meta http-equiv="refresh" content="0;url=data:text/html,<p>REPLACED</p>"><title>t</title></head><body><p>The real report</p><a href="${base}/click">a link</a></body></html>`;
    const rendered = await renderer.render(html, { title: 't', author: 'a', language: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const text = pdfText(rendered.pdf);
    expect(text).toContain('The real report');
    expect(text).not.toContain('REPLACED');
    expect(hits).toEqual([]);
  });

  test('a warm page carries nothing from one render to the next: text, styles, base, scheduled navigations, script', async () => {
    const pagesBefore = renderer.pagesCreated;
    const first = await renderer.render(
      `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>Report A</title>` +
        `<meta http-equiv="refresh" content="1;url=${base}/late-refresh">` +
        `<base href="${base}/">` +
        '<style>body::after { content: "STYLE-OF-A" } h1 { color: red }</style></head>' +
        `<body><h1>SECRET-OF-A 秘密</h1><p style="break-before: page">second page</p><p style="break-before: page">third page</p>` +
        `<img loading="lazy" src="lazy.png"><link rel="prefetch" href="${base}/prefetch"></body></html>`,
      { title: 'Report A', author: 'a', language: 'ja', headerText: 'Candidate A' },
    );
    expect(first.pages).toBe(3);
    expect(pdfText(first.pdf)).toContain('SECRET-OF-A');

    const second = await renderer.render(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report B</title></head><body>' +
        '<p>Only B</p><img src="relative-b.png">' +
        "<script>document.body.innerHTML = 'SCRIPT-RAN-ON-A-WARM-PAGE'</script></body></html>",
      { title: 'Report B', author: 'b', language: 'en', headerText: 'Candidate B' },
    );
    // Longer than the first document's refresh delay: had it survived, it would have fired by now.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const third = await renderer.render(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>C</title></head><body><p>Only C</p></body></html>',
      { title: 'C', author: 'c', language: 'en' },
    );

    // The same page printed all three (so this is the reuse path), each only its own document.
    expect(renderer.pagesCreated).toBe(pagesBefore);
    expect(second.pages).toBe(1);
    const secondText = pdfText(second.pdf);
    expect(secondText).toContain('Only B');
    expect(secondText).toContain('Candidate B');
    expect(secondText).toContain('Page 1 of 1');
    for (const leak of [
      'SECRET-OF-A',
      'STYLE-OF-A',
      'Candidate A',
      'second page',
      'SCRIPT-RAN-ON-A-WARM-PAGE',
    ]) {
      expect(secondText).not.toContain(leak);
    }
    expect(pdfInfo(second.pdf).Title).toBe('Report B');
    const thirdText = pdfText(third.pdf);
    expect(thirdText).toContain('Only C');
    expect(thirdText).not.toMatch(/SECRET-OF-A|Only B|Candidate/);
    expect(hits).toEqual([]);
  });

  test('Chromium runs without the flags that switch off same-origin and mixed-content protection', async () => {
    const browser = await renderer.keeper.browser();
    const args = browser.process()?.spawnargs ?? [];
    expect(args.length).toBeGreaterThan(0);
    expect(args).not.toContain('--disable-web-security');
    expect(args).not.toContain('--allow-running-insecure-content');
  });

  test('behind interception and the CSP, Chromium itself resolves no host, by name or by address', async () => {
    const browser = await renderer.keeper.browser();
    expect(browser.process()?.spawnargs).toContain(HOST_RESOLVER_FLAG);
    // A page of the renderer's browser without the renderer's lock-down: only the resolver stands
    // between it and the listener (without the flag, both navigations reach it).
    const unguarded = await browser.newPage();
    try {
      const port = new URL(base).port;
      for (const url of [`http://localhost:${port}/by-name`, `${base}/by-address`]) {
        await expect(unguarded.goto(url, { timeout: 10_000 })).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
      }
    } finally {
      // Closing a single-process Chromium page that shows an error page can hang: leave it first.
      await unguarded.goto('about:blank').catch(() => {});
      await Promise.race([unguarded.close(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    expect(hits).toEqual([]);
  });
});
