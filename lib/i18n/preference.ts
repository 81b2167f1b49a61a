/** The reader's remembered language choice (browser only; every access tolerates no storage). */
import { isLocale, type Locale } from './config';

const storageKey = 'kb-locale';

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Storage may be disabled (private mode, policies): the choice then lasts for this page only.
  }
}

export function rememberedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}
