import type { LanguageCode } from '../../domain/records.ts';
import type { Catalog } from './catalog.ts';
import { ar } from './catalogs/ar.ts';
import { bg } from './catalogs/bg.ts';
import { br } from './catalogs/br.ts';
import { cs } from './catalogs/cs.ts';
import { da } from './catalogs/da.ts';
import { de } from './catalogs/de.ts';
import { el } from './catalogs/el.ts';
import { en } from './catalogs/en.ts';
import { es } from './catalogs/es.ts';
import { fi } from './catalogs/fi.ts';
import { fil } from './catalogs/fil.ts';
import { fr } from './catalogs/fr.ts';
import { hi } from './catalogs/hi.ts';
import { hr } from './catalogs/hr.ts';
import { hu } from './catalogs/hu.ts';
import { id } from './catalogs/id.ts';
import { it } from './catalogs/it.ts';
import { ja } from './catalogs/ja.ts';
import { ko } from './catalogs/ko.ts';
import { ms } from './catalogs/ms.ts';
import { nl } from './catalogs/nl.ts';
import { no } from './catalogs/no.ts';
import { pl } from './catalogs/pl.ts';
import { pt } from './catalogs/pt.ts';
import { ro } from './catalogs/ro.ts';
import { ru } from './catalogs/ru.ts';
import { sk } from './catalogs/sk.ts';
import { sv } from './catalogs/sv.ts';
import { ta } from './catalogs/ta.ts';
import { th } from './catalogs/th.ts';
import { tr } from './catalogs/tr.ts';
import { uk } from './catalogs/uk.ts';
import { vi } from './catalogs/vi.ts';
import { zh } from './catalogs/zh.ts';

/**
 * Every report language's labels, imported statically: together they are a few dozen kilobytes, and a
 * lookup never waits on a dynamic import.
 */
export const CATALOGS: Readonly<Record<LanguageCode, Catalog>> = {
  ar,
  bg,
  zh,
  hr,
  cs,
  da,
  nl,
  en,
  fil,
  fi,
  fr,
  de,
  el,
  hi,
  hu,
  id,
  it,
  ja,
  ko,
  ms,
  no,
  pl,
  pt,
  br,
  ro,
  ru,
  sk,
  es,
  sv,
  ta,
  th,
  tr,
  uk,
  vi,
};
