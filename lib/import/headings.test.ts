import { describe, expect, it } from 'vitest';
import { sectionOfHeading } from './headings';

describe('sectionOfHeading', () => {
  it.each([
    ['Explanation', 'explanation'],
    ['Erklärung', 'explanation'],
    ['Описание', 'explanation'],
    ['Объяснение', 'explanation'],
    ['User Action', 'user-action'],
    ['Benutzeraktion', 'user-action'],
    ['Действие пользователя', 'user-action'],
    ['For More Information', 'more-information'],
    ['Weitere Informationen:', 'more-information'],
    ['Дополнительные сведения', 'more-information'],
    ['  user   action ', 'user-action'],
  ] as const)('%j opens %s', (text, key) => expect(sectionOfHeading(text)).toBe(key));

  it.each(['Details', 'Explanation of the queue', 'For more information, see below.'])(
    '%j opens no section',
    (text) => expect(sectionOfHeading(text)).toBeNull(),
  );
});
