/** Metadata of a page that exists alike in every locale: its title and hreflang alternates. */
import type { Metadata } from 'next';
import { alternates } from './alternates';
import { isLocale, type Locale } from './config';
import { translator, type MessageKey } from './dictionary';

export async function localizedPageMetadata(
  params: Promise<{ locale: string }>,
  titleKey: MessageKey,
  pathIn: (locale: Locale) => string,
): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale)
    ? { title: translator(locale)(titleKey), alternates: alternates({ pathIn, locale }) }
    : {};
}
