'use client';
import { useEffect } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { rememberedLocale } from '@/lib/i18n/preference';

/** Replaces the current page with `target(locale)` for the reader's negotiated locale. */
export function LocaleRedirect({ target }: { target: (locale: Locale) => string }) {
  useEffect(() => {
    const locale = negotiateLocale(rememberedLocale(), navigator.languages ?? [navigator.language]);
    window.location.replace(`${target(locale)}${window.location.hash}`);
  }, [target]);
  return null;
}
