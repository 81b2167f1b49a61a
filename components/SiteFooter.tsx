import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <footer className="site-footer">
      <div className="bar">
        <p>{t('footer.about')}</p>
      </div>
    </footer>
  );
}
