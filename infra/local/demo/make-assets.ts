/**
 * Regenerates the demo assets from their sources. Run by hand after changing a page source or the
 * demo document; the outputs are committed, so nobody else needs the tools:
 *
 *   apt-get install -y chromium espeak-ng ffmpeg pngquant fonts-noto-core fonts-noto-cjk
 *   npx tsx infra/local/demo/make-assets.ts
 *
 * - assets/pages/<name>.png: each assets-src/pages/<name>.html rendered by headless Chromium at A4 size
 *   (794 × 1123 CSS px), then palette-quantized by pngquant to keep the repository small.
 * - assets/recordings/*.ogg: the first words of each answer spoken by espeak-ng in the interview's
 *   language, a couple of seconds, Opus at 12 kbit/s. Session recordings speak the first question.
 * - assets/recordings/*.webm: a tiny video (waveform of the spoken words on a plain background).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const demoDir = dirname(fileURLToPath(import.meta.url));
const pagesSource = join(demoDir, 'assets-src', 'pages');
const pagesOut = join(demoDir, 'assets', 'pages');
const recordingsOut = join(demoDir, 'assets', 'recordings');
const scratch = mkdtempSync(join(tmpdir(), 'demo-assets-'));

/** espeak-ng voice per interview language. */
const VOICES: Record<string, string> = {
  ja: 'ja',
  ar: 'ar',
  th: 'th',
  es: 'es',
  en: 'en-gb',
  de: 'de',
  fr: 'fr-fr',
};

/** Runs a tool; `quiet` drops its stderr (headless Chromium logs D-Bus complaints on every run). */
function run(command: string, args: string[], quiet = false) {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', quiet ? 'ignore' : 'inherit'] });
}

function renderPages() {
  mkdirSync(pagesOut, { recursive: true });
  for (const name of readdirSync(pagesSource).filter((file) => file.endsWith('.html'))) {
    const raw = join(scratch, name.replace(/\.html$/, '.png'));
    run(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--hide-scrollbars',
        '--window-size=794,1123',
        `--screenshot=${raw}`,
        `file://${join(pagesSource, name)}`,
      ],
      true,
    );
    run('pngquant', [
      '--force',
      '--quality=60-85',
      '--speed=1',
      '--output',
      join(pagesOut, basename(raw)),
      raw,
    ]);
  }
}

/** The first few words of a text: enough for a second or two of speech. */
function opening(text: string, language: string): string {
  // Languages written without spaces between words (ja, th) are cut by characters.
  if (language === 'ja' || language === 'th') return text.slice(0, 14);
  return text.split(/\s+/).slice(0, 6).join(' ');
}

function speak(text: string, language: string, wav: string) {
  run('espeak-ng', ['-v', VOICES[language] ?? 'en', '-s', '165', '-w', wav, text]);
}

function encodeAudio(wav: string, out: string, seconds: number) {
  run(
    'ffmpeg',
    ['-y', '-loglevel', 'error', '-t', String(seconds), '-i', wav, '-ac', '1', '-ar', '16000'].concat([
      '-c:a',
      'libopus',
      '-b:a',
      '12k',
      out,
    ]),
  );
}

function encodeVideo(wav: string, out: string, seconds: number) {
  run('ffmpeg', [
    '-y',
    '-loglevel',
    'error',
    '-t',
    String(seconds),
    '-i',
    wav,
    '-filter_complex',
    '[0:a]showwaves=s=160x120:mode=cline:rate=8:colors=0x2f80ed,format=yuv420p[v]',
    '-map',
    '[v]',
    '-map',
    '0:a',
    '-c:v',
    'libvpx',
    '-b:v',
    '40k',
    '-c:a',
    'libopus',
    '-b:a',
    '12k',
    '-ac',
    '1',
    '-ar',
    '16000',
    out,
  ]);
}

interface DemoTurn {
  question_asked: string | null;
  answer: string | null;
  recording_file?: string;
}
interface DemoResult {
  mojito_language_code: string;
  recording_file?: string;
  video_introduction_file?: string;
  turns?: DemoTurn[];
}

function makeRecordings() {
  mkdirSync(recordingsOut, { recursive: true });
  const demo = JSON.parse(readFileSync(join(demoDir, 'demo-data.json'), 'utf8')) as { results: DemoResult[] };
  for (const result of demo.results) {
    const language = result.mojito_language_code;
    const turns = result.turns ?? [];
    for (const turn of turns) {
      if (!turn.recording_file || !turn.answer) continue;
      const wav = join(scratch, 'turn.wav');
      speak(opening(turn.answer, language), language, wav);
      encodeAudio(wav, join(demoDir, turn.recording_file), 2);
    }
    // The session opens with the first question; the video introduction is the candidate talking.
    const spoken = [
      [result.recording_file, turns[0]?.question_asked ?? ''],
      [result.video_introduction_file, turns[0]?.answer ?? ''],
    ] as const;
    for (const [file, text] of spoken) {
      if (!file) continue;
      const wav = join(scratch, 'session.wav');
      speak(opening(text, language), language, wav);
      if (file.endsWith('.webm')) encodeVideo(wav, join(demoDir, file), 2);
      else encodeAudio(wav, join(demoDir, file), 3);
    }
  }
}

try {
  renderPages();
  makeRecordings();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
