import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { idBoxLabels } from '@/lib/i18n/labels';
import { paths } from '@/lib/i18n/paths';
import { IdBox } from './IdBox';

/** A helpful 404: the ID box and the main entry points. */
export function NotFoundView({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.intro')}</p>
      <p>{t('notFound.tryId')}</p>
      <IdBox locale={locale} labels={idBoxLabels(locale)} />
      <p>{t('notFound.links')}</p>
      <ul>
        <li>
          <a href={paths.home(locale)}>{t('nav.home')}</a>
        </li>
        <li>
          <a href={paths.events(locale)}>{t('nav.events')}</a>
        </li>
      </ul>
    </>
  );
}
