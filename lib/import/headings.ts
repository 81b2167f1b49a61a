/**
 * The section headings of legacy articles, mapped to our three sections. Exports use the
 * vendor's English headings, their German and Russian translations, and a few synonyms.
 */
import type { SectionKey } from '../content/sections';

const aliases: Record<SectionKey, readonly string[]> = {
  explanation: [
    'explanation',
    'explanations',
    'erklärung',
    'erläuterung',
    'beschreibung',
    'описание',
    'объяснение',
    'пояснение',
    'explication',
    'explicación',
    'spiegazione',
    'explicação',
  ],
  'user-action': [
    'user action',
    'user actions',
    'recommended action',
    'recommended actions',
    'resolution',
    'benutzeraktion',
    'benutzeraktionen',
    'empfohlene maßnahmen',
    'empfohlene aktion',
    'maßnahmen',
    'lösung',
    'действие пользователя',
    'действия пользователя',
    'рекомендуемые действия',
    'решение',
    "action de l'utilisateur",
    'acción del usuario',
    "azione dell'utente",
    'ação do usuário',
  ],
  'more-information': [
    'for more information',
    'more information',
    'additional information',
    'weitere informationen',
    'zusätzliche informationen',
    'дополнительные сведения',
    'дополнительная информация',
    'для получения дополнительных сведений',
    "pour plus d'informations",
    'para obtener más información',
    'ulteriori informazioni',
    'mais informações',
  ],
};

const byHeading = new Map<string, SectionKey>(
  Object.entries(aliases).flatMap(([key, names]) =>
    names.map((name) => [name, key as SectionKey] as const),
  ),
);

/** The section a heading line opens, or null when the line is not a section heading. */
export function sectionOfHeading(text: string): SectionKey | null {
  const normal = text
    .toLowerCase()
    .replace(/[’`´]/gu, "'")
    .replace(/[:：]\s*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return byHeading.get(normal) ?? null;
}
