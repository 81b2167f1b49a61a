import type { Dictionary } from './en';

const ru: Partial<Dictionary> = {
  'section.explanation': 'Объяснение',
  'section.user-action': 'Действия пользователя',
  'section.more-information': 'Дополнительная информация',
};

export default ru;
