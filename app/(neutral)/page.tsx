import { LanguageChoice } from '@/components/LanguageChoice';

export default function RootPage() {
  return <LanguageChoice />;
}
