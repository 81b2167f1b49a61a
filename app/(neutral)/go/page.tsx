import type { Metadata } from 'next';
import { GoResolver } from '@/components/GoResolver';

export const metadata: Metadata = { title: 'Opening the article…', robots: { index: false } };

/** `/go/?EvtSrc=…&EvtID=…`: resolves links from monitoring tools and Event Viewer. */
export default function GoPage() {
  return <GoResolver />;
}
