import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <footer className="site-footer">
      <div className="bar">
        <p>{t('footer.about')}</p>
        <p>
          {/* Rarely followed; prefetching it whenever the footer scrolls into view would make
              requests long after the page loaded (the triage page promises none). */}
          <Link href={paths.offline(locale)} prefetch={false}>
            {t('footer.offline')}
          </Link>
        </p>
      </div>
    </footer>
  );
}
