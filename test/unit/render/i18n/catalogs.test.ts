import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../shared/domain/records.ts';
import { en, type LabelKey } from '../../../../shared/render/i18n/catalogs/en.ts';
import { IDENTICAL_TO_ENGLISH } from '../../../../shared/render/i18n/identical-allowlists.ts';
import { LANGUAGES, type ScriptCode } from '../../../../shared/render/i18n/locales.ts';
import { CATALOGS } from '../../../../shared/render/i18n/registry.ts';

const englishKeys = Object.keys(en).sort();
const translated = LANGUAGE_CODES.filter((code) => code !== 'en') as Exclude<LanguageCode, 'en'>[];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

function entries(code: LanguageCode): Array<[LabelKey, string]> {
  return Object.entries(CATALOGS[code]) as Array<[LabelKey, string]>;
}

/** The catalog's text that is meant to be in its own language: allowlisted English identities removed. */
function ownText(code: Exclude<LanguageCode, 'en'>): Array<[LabelKey, string]> {
  const allowed = IDENTICAL_TO_ENGLISH[code];
  return entries(code)
    .filter(([key]) => !Object.hasOwn(allowed, key))
    .map(([key, value]) => [key, value.replace(/\{\w+\}/g, '')]);
}

const SCRIPT_LETTER: Record<ScriptCode, RegExp> = {
  Arab: /\p{Script=Arabic}/u,
  Cyrl: /\p{Script=Cyrillic}/u,
  Deva: /\p{Script=Devanagari}/u,
  Grek: /\p{Script=Greek}/u,
  Hans: /\p{Script=Han}/u,
  Jpan: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  Kore: /\p{Script=Hangul}/u,
  Latn: /\p{Script=Latin}/u,
  Taml: /\p{Script=Tamil}/u,
  Thai: /\p{Script=Thai}/u,
};

describe('catalog completeness', () => {
  it('has one catalog per contract language, and no other', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...LANGUAGE_CODES].sort());
    expect(Object.keys(LANGUAGES).sort()).toEqual([...LANGUAGE_CODES].sort());
    expect(Object.keys(IDENTICAL_TO_ENGLISH).sort()).toEqual([...translated].sort());
  });

  it.each(translated)('%s has exactly the keys of English, each a non-empty string', (code) => {
    expect(Object.keys(CATALOGS[code]).sort()).toEqual(englishKeys);
    for (const [key, value] of entries(code)) {
      expect(typeof value, `${code} ${key}`).toBe('string');
      expect(value.trim(), `${code} ${key}`).not.toBe('');
    }
  });

  it.each(translated)('%s leaves no label identical to English unless allowlisted with a reason', (code) => {
    const allowed = IDENTICAL_TO_ENGLISH[code];
    const unexplained = entries(code)
      .filter(([key, value]) => value.trim().toLowerCase() === en[key].toLowerCase())
      .filter(([key]) => !Object.hasOwn(allowed, key))
      .map(([key, value]) => `${key} = ${JSON.stringify(value)}`);
    expect(unexplained, `${code}: untranslated labels`).toEqual([]);
  });

  it.each(translated)('%s allowlists only labels that really are identical, each with a reason', (code) => {
    for (const [key, reason] of Object.entries(IDENTICAL_TO_ENGLISH[code]) as Array<[LabelKey, string]>) {
      expect(Object.hasOwn(en, key), `${code}: allowlisted key ${key} is not a label`).toBe(true);
      expect(CATALOGS[code][key], `${code}: ${key} is allowlisted but translated; drop the entry`).toBe(
        en[key],
      );
      expect(reason.trim().length, `${code}: ${key} needs a reason`).toBeGreaterThan(5);
    }
  });

  it.each(translated)('%s keeps every placeholder of each label, and adds none', (code) => {
    for (const [key, value] of entries(code)) {
      expect(placeholders(value), `${code} ${key}`).toEqual(placeholders(en[key]));
    }
  });

  it('English labels use only the documented placeholder names', () => {
    const known = new Set(['n', 'date', 'count', 'score', 'max', 'min', 'page', 'total']);
    for (const [key, value] of Object.entries(en)) {
      for (const name of placeholders(value)) expect(known.has(name), `${key}: {${name}}`).toBe(true);
    }
  });
});

describe('each catalog is written in its language', () => {
  it.each(translated)('%s: every translated label contains letters of its script', (code) => {
    const script = LANGUAGES[code].script;
    const wrong = ownText(code)
      .filter(([, text]) => /\p{L}/u.test(text)) // '{score}/{max}' has no words to be in a script
      .filter(([, text]) => !SCRIPT_LETTER[script].test(text))
      .map(([key, text]) => `${key} = ${JSON.stringify(text)}`);
    expect(wrong, `${code} (${script})`).toEqual([]);
  });

  it.each(translated)('%s: nearly all letters belong to its script (a few "AI" excepted)', (code) => {
    const script = LANGUAGES[code].script;
    const letters =
      ownText(code)
        .map(([, text]) => text)
        .join('')
        .match(/\p{L}/gu) ?? [];
    const inScript = letters.filter((letter) => SCRIPT_LETTER[script].test(letter)).length;
    expect(inScript / letters.length, `${code} (${script})`).toBeGreaterThan(0.95);
  });

  // Letters that tell a language apart from its neighbours: a copy of a sibling language's catalog, or
  // of the wrong script variant, fails here even where the script is the same.
  const SIGNATURES: Partial<Record<LanguageCode, { has: RegExp; hasNot?: RegExp }>> = {
    ja: { has: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, hasNot: /\p{Script=Hangul}/u },
    zh: {
      has: /\p{Script=Han}/u,
      // Kana would mean Japanese; these traditional forms would mean Traditional Chinese.
      hasNot:
        /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}報頁問題時錄評語險聯絡電郵數覽結論決試記簡歷選擇積極動時間]/u,
    },
    ko: { has: /\p{Script=Hangul}/u, hasNot: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
    ru: { has: /[ыэё]/u, hasNot: /[іїєґ]/u },
    uk: { has: /[іїєґ]/u, hasNot: /[ыэёъ]/u },
    bg: { has: /ъ/u, hasNot: /[ыэёіїє]/u },
    de: { has: /[äöüß]/u },
    fr: { has: /[éèêàçù]/u, hasNot: /[ñãõ]/u },
    es: { has: /[ñáíóú]/u, hasNot: /[ãõçà]/u },
    it: { has: /[àèéìòù]/u, hasNot: /[ñãõç]/u },
    pt: { has: /[ãõç]/u, hasNot: /ñ/u },
    br: { has: /[ãõç]/u, hasNot: /ñ/u },
    ro: { has: /[ășțâî]/u, hasNot: /[şţ]/u }, // comma-below ș ț, never the Turkish cedilla forms
    tr: { has: /[ığşİ]/u, hasNot: /[ășț]/u },
    pl: { has: /[łąęśźżń]/u, hasNot: /[řěů]/u },
    cs: { has: /[řěů]/u, hasNot: /[ľĺŕôä]/u },
    sk: { has: /[ľĺŕôä]/u, hasNot: /[řěů]/u },
    hr: { has: /[čćđšž]/u, hasNot: /[řěůľ]/u },
    hu: { has: /[őű]/u },
    fi: { has: /[äö]/u, hasNot: /[æøå]/u },
    sv: { has: /å/u, hasNot: /[æø]/u },
    da: { has: /[æø]/u, hasNot: /[äö]/u },
    no: { has: /[æøå]/u, hasNot: /[äö]/u },
    vi: { has: /[ơưđạảấầẩậắếềểệỉịọỏốồổộớờởợụủứừửự]/u },
  };

  it.each(Object.keys(SIGNATURES) as LanguageCode[])('%s has its language’s own letters', (code) => {
    const signature = SIGNATURES[code];
    const text = Object.values(CATALOGS[code]).join('\n');
    expect(signature?.has.test(text), `${code} lacks ${signature?.has}`).toBe(true);
    if (signature?.hasNot) expect(text.match(signature.hasNot), `${code} has ${signature.hasNot}`).toBeNull();
  });

  it('no catalog is mostly a copy of another language', () => {
    // Close relatives share labels: measured 72% for pt/br, at most a third elsewhere (da/no 33%, id/ms
    // 29%, cs/sk 28%). A catalog copied from another language would share nearly all of them.
    const keys = Object.keys(en) as LabelKey[];
    for (const [i, a] of LANGUAGE_CODES.entries()) {
      for (const b of LANGUAGE_CODES.slice(i + 1)) {
        const same = keys.filter((key) => CATALOGS[a][key] === CATALOGS[b][key]).length / keys.length;
        const limit = (a === 'pt' && b === 'br') || (a === 'br' && b === 'pt') ? 0.8 : 0.5;
        expect(same, `${a} and ${b} share ${(same * 100).toFixed(0)}% of labels`).toBeLessThan(limit);
      }
    }
  });

  it('Brazilian and European Portuguese use their own vocabulary', () => {
    const differing = englishKeys.filter(
      (key) => CATALOGS.br[key as LabelKey] !== CATALOGS.pt[key as LabelKey],
    );
    expect(differing.length).toBeGreaterThanOrEqual(10);
    const brText = Object.values(CATALOGS.br).join('\n');
    const ptText = Object.values(CATALOGS.pt).join('\n');
    expect(brText).toMatch(/Arquivos/);
    expect(brText).toMatch(/contato/);
    expect(brText).not.toMatch(/Ficheiro|contacto|Morada/);
    expect(ptText).toMatch(/Ficheiros/);
    expect(ptText).toMatch(/contacto/);
    expect(ptText).not.toMatch(/Arquivo|contato|Endereço/);
  });
});
