'use client';
import { useEffect } from 'react';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { rememberedLocale } from '@/lib/i18n/preference';

/** Replaces the current page with `/<negotiated locale>/<rest>`, keeping the query and #fragment. */
export function LocaleRedirect({ rest }: { rest: string }) {
  useEffect(() => {
    const locale = negotiateLocale(rememberedLocale(), navigator.languages ?? [navigator.language]);
    window.location.replace(`/${locale}/${rest}${window.location.search}${window.location.hash}`);
  }, [rest]);
  return null;
}
