/**
 * Tells the language of a legacy article from the parts that vendors localized: the title, the
 * "last modified" line and the introduction. The Details labels and much of the body often stay
 * English even on a translated page, so they are deliberately not looked at.
 *
 * Evidence, strongest first: a non-Latin script (Cyrillic, kana, Hangul …) decides at once; a
 * known "last modified" label counts as three words; then common short words of each language,
 * and letters only one language uses (ß, ñ …), are counted.
 */

export interface LanguageEvidence {
  title: string;
  /** The label of the "last modified" line (`Topic Last Modified`), when there is one. */
  lastModifiedLabel: string | null;
  intro: string;
}

/** An ISO 639-1 code and its English name, e.g. `fr` / `French`. */
export interface DetectedLanguage {
  code: string;
  name: string;
}

const displayNames = new Intl.DisplayNames('en', { type: 'language' });

export function languageName(code: string): string {
  return displayNames.of(code) ?? code;
}

/** The label of the "last modified" line as the vendor translated it, per language. */
const lastModifiedLabels: Record<string, readonly string[]> = {
  en: ['topic last modified', 'last modified', 'last updated', 'topic last updated'],
  de: [
    'letztes änderungsdatum des themas',
    'letzte änderung des themas',
    'letztes änderungsdatum',
    'zuletzt geändert',
    'letzte änderung',
  ],
  ru: [
    'последнее изменение раздела',
    'последнее изменение темы',
    'дата последнего изменения раздела',
    'последнее изменение',
    'дата изменения',
  ],
  fr: [
    'dernière rubrique modifiée',
    'dernière modification de la rubrique',
    'dernière modification',
  ],
  es: ['última modificación del tema', 'última modificación'],
  it: ["ultima modifica dell'argomento", 'ultima modifica'],
  pt: ['tópico modificado pela última vez', 'última modificação do tópico', 'última modificação'],
  nl: ['onderwerp het laatst gewijzigd', 'laatst gewijzigd'],
  ja: ['トピックの最終更新日', '最終更新日'],
  zh: ['上一次修改主题', '主题上次修改时间', '上次修改时间', '上次修改日期'],
  ko: ['항목 마지막 수정 날짜', '마지막 수정 날짜'],
};

function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[’`´]/gu, "'")
    .replace(/[:：]\s*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The language of a "last modified" label, or null for a label we do not know. */
export function languageOfLabel(label: string): string | null {
  const wanted = normaliseLabel(label);
  for (const [code, labels] of Object.entries(lastModifiedLabels))
    if (labels.includes(wanted)) return code;
  return null;
}

/** All known "last modified" labels, for recognising the line itself. */
export function isKnownLastModifiedLabel(label: string): boolean {
  return languageOfLabel(label) !== null;
}

// Scripts that belong to one language here (Cyrillic is taken as Russian unless Ukrainian letters show).
const scripts: readonly (readonly [string, RegExp])[] = [
  ['ru', /\p{Script=Cyrillic}/u],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['ko', /\p{Script=Hangul}/u],
  ['zh', /\p{Script=Han}/u],
  ['el', /\p{Script=Greek}/u],
  ['ar', /\p{Script=Arabic}/u],
  ['he', /\p{Script=Hebrew}/u],
  ['th', /\p{Script=Thai}/u],
];

// Frequent short words. A word may count for several languages; the totals still separate them.
const stopwords: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'the this that these is are was were and of to when which with how if your you it its not does do be an has have will can from by'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die das des dem den und ist sind nicht wird werden ein eine einen einem dieses diese dieser wenn wie mit auf für sie zu von oder auch sich im bei wird kann'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le les des est une et pour cette ce cet dans du pas sur qui sont vous au aux être ne lorsque comment'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el los las es una y para este esta del por con se cuando cómo está son al'.split(' '),
  ),
  it: new Set(
    'il gli della di che è una per questo questa non sono con del delle quando come'.split(' '),
  ),
  pt: new Set('o os uma para este esta do da não com em é são quando como ao'.split(' ')),
  nl: new Set('het een dit deze van niet wordt voor met op als zijn worden wanneer hoe'.split(' ')),
};

// Letters that only one of the Latin-script languages above uses.
const letters: Record<string, RegExp> = {
  de: /[äöüß]/giu,
  fr: /[èêëçœîû]/giu,
  es: /[ñ¿¡]/giu,
  pt: /[ãõ]/giu,
};

/** Detects the language; null when the text gives no evidence at all. */
export function detectLanguage(evidence: LanguageEvidence): DetectedLanguage | null {
  const text = [evidence.title, evidence.lastModifiedLabel ?? '', evidence.intro].join('\n');
  const script = scriptLanguage(text);
  if (script) return { code: script, name: languageName(script) };

  const scores = new Map<string, number>();
  const add = (code: string, points: number) => scores.set(code, (scores.get(code) ?? 0) + points);
  const labelLanguage = evidence.lastModifiedLabel
    ? languageOfLabel(evidence.lastModifiedLabel)
    : null;
  if (labelLanguage) add(labelLanguage, 3);
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  for (const word of words) {
    for (const [code, set] of Object.entries(stopwords)) if (set.has(word)) add(code, 1);
  }
  for (const [code, pattern] of Object.entries(letters))
    add(code, 0.5 * (text.match(pattern)?.length ?? 0));

  const ranked = [...scores.entries()].filter(([, score]) => score > 0).sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (!best) return null;
  // On a tie the translated label decides: the vendor localized it together with the title.
  const tied = ranked.filter(([, score]) => score === best[1]).map(([code]) => code);
  const code = labelLanguage && tied.includes(labelLanguage) ? labelLanguage : best[0];
  return { code, name: languageName(code) };
}

/** The language of a non-Latin script that makes up at least a fifth of the letters. */
function scriptLanguage(text: string): string | null {
  const allLetters = text.match(/\p{L}/gu) ?? [];
  if (allLetters.length === 0) return null;
  const counts = new Map(
    scripts.map(([code, pattern]) => [
      code,
      allLetters.filter((letter) => pattern.test(letter)).length,
    ]),
  );
  // Japanese is written in Han characters and kana: with any kana, the Han letters are Japanese too.
  if ((counts.get('ja') ?? 0) > 0) {
    counts.set('ja', (counts.get('ja') ?? 0) + (counts.get('zh') ?? 0));
    counts.set('zh', 0);
  }
  const [code, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count === 0 || count < allLetters.length / 5) return null;
  if (code === 'ru' && /[іїєґ]/iu.test(text)) return 'uk';
  return code;
}
