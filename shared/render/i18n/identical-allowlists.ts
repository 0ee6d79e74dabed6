import type { LanguageCode } from '../../domain/records.ts';
import type { IdenticalToEnglish } from './catalog.ts';
import { arIdenticalToEnglish } from './catalogs/ar.ts';
import { bgIdenticalToEnglish } from './catalogs/bg.ts';
import { brIdenticalToEnglish } from './catalogs/br.ts';
import { csIdenticalToEnglish } from './catalogs/cs.ts';
import { daIdenticalToEnglish } from './catalogs/da.ts';
import { deIdenticalToEnglish } from './catalogs/de.ts';
import { elIdenticalToEnglish } from './catalogs/el.ts';
import { esIdenticalToEnglish } from './catalogs/es.ts';
import { fiIdenticalToEnglish } from './catalogs/fi.ts';
import { filIdenticalToEnglish } from './catalogs/fil.ts';
import { frIdenticalToEnglish } from './catalogs/fr.ts';
import { hiIdenticalToEnglish } from './catalogs/hi.ts';
import { hrIdenticalToEnglish } from './catalogs/hr.ts';
import { huIdenticalToEnglish } from './catalogs/hu.ts';
import { idIdenticalToEnglish } from './catalogs/id.ts';
import { itIdenticalToEnglish } from './catalogs/it.ts';
import { jaIdenticalToEnglish } from './catalogs/ja.ts';
import { koIdenticalToEnglish } from './catalogs/ko.ts';
import { msIdenticalToEnglish } from './catalogs/ms.ts';
import { nlIdenticalToEnglish } from './catalogs/nl.ts';
import { noIdenticalToEnglish } from './catalogs/no.ts';
import { plIdenticalToEnglish } from './catalogs/pl.ts';
import { ptIdenticalToEnglish } from './catalogs/pt.ts';
import { roIdenticalToEnglish } from './catalogs/ro.ts';
import { ruIdenticalToEnglish } from './catalogs/ru.ts';
import { skIdenticalToEnglish } from './catalogs/sk.ts';
import { svIdenticalToEnglish } from './catalogs/sv.ts';
import { taIdenticalToEnglish } from './catalogs/ta.ts';
import { thIdenticalToEnglish } from './catalogs/th.ts';
import { trIdenticalToEnglish } from './catalogs/tr.ts';
import { ukIdenticalToEnglish } from './catalogs/uk.ts';
import { viIdenticalToEnglish } from './catalogs/vi.ts';
import { zhIdenticalToEnglish } from './catalogs/zh.ts';

/**
 * Per language, the labels deliberately left identical to English, with the reason. Read by the catalog
 * completeness test; English itself has none (it is the source).
 */
export const IDENTICAL_TO_ENGLISH: Readonly<Record<Exclude<LanguageCode, 'en'>, IdenticalToEnglish>> = {
  ar: arIdenticalToEnglish,
  bg: bgIdenticalToEnglish,
  zh: zhIdenticalToEnglish,
  hr: hrIdenticalToEnglish,
  cs: csIdenticalToEnglish,
  da: daIdenticalToEnglish,
  nl: nlIdenticalToEnglish,
  fil: filIdenticalToEnglish,
  fi: fiIdenticalToEnglish,
  fr: frIdenticalToEnglish,
  de: deIdenticalToEnglish,
  el: elIdenticalToEnglish,
  hi: hiIdenticalToEnglish,
  hu: huIdenticalToEnglish,
  id: idIdenticalToEnglish,
  it: itIdenticalToEnglish,
  ja: jaIdenticalToEnglish,
  ko: koIdenticalToEnglish,
  ms: msIdenticalToEnglish,
  no: noIdenticalToEnglish,
  pl: plIdenticalToEnglish,
  pt: ptIdenticalToEnglish,
  br: brIdenticalToEnglish,
  ro: roIdenticalToEnglish,
  ru: ruIdenticalToEnglish,
  sk: skIdenticalToEnglish,
  es: esIdenticalToEnglish,
  sv: svIdenticalToEnglish,
  ta: taIdenticalToEnglish,
  th: thIdenticalToEnglish,
  tr: trIdenticalToEnglish,
  uk: ukIdenticalToEnglish,
  vi: viIdenticalToEnglish,
};
