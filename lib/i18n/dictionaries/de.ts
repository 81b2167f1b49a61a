import type { Dictionary } from './en';

const de: Partial<Dictionary> = {
  'section.explanation': 'Erklärung',
  'section.user-action': 'Empfohlene Maßnahmen',
  'section.more-information': 'Weitere Informationen',
};

export default de;
