/**
 * What a saved web page adds around an article and what we do not carry over: share and print
 * widgets, legal footers about blogs and community comments, and pointers to the vendor's own
 * help (our site is the help; links to the vendor's pages rot and cannot be checked).
 */

// `\b` only knows ASCII letters, so patterns with Cyrillic words use `(?<!\p{L})` instead.

// A whole line that is a share or print widget, in the page's language, with or without the
// network names after it ("Share via", "Teilen über: Facebook | X", "Поделиться").
const shareWidget =
  /^(?:share(?:\s+(?:via|this(?:\s+page)?))?|teilen(?:\s+über)?|поделиться(?:\s+через)?|partager(?:\s+(?:via|par))?|compartir(?:\s+a\s+través\s+de)?|condividi(?:\s+tramite)?|共有)\s*(?:[:|].*)?$/iu;
const widgetWords =
  /^(?:facebook|twitter|x\.com|linkedin|e-?mail|print|drucken|печать|imprimer|reddit|mail)(?:\s*[|,·]\s*(?:facebook|twitter|x|x\.com|linkedin|e-?mail|print|drucken|печать|imprimer|reddit|mail))*$/iu;
const feedback =
  /^(?:was this (?:page|information) helpful\??|war (?:diese seite|dies) hilfreich\??|эта страница (?:была )?полезна\??|feedback|yes\s*no|ja\s*nein|да\s*нет)$/iu;
const copyright =
  /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}))|(?<!\p{L})(?:all rights reserved|alle rechte vorbehalten|все права защищены|tous droits réservés)(?!\p{L})/iu;
const blogWord = /(?<!\p{L})(?:blogs?|blog-?beitr\p{L}*|blogeintr\p{L}*|блог\p{L}*)/iu;
const commentWord =
  /(?<!\p{L})(?:comments?|kommentar\p{L}*|комментари\p{L}*|community content|communityinhalt\p{L}*)/iu;

/** True for a line of page chrome: a share widget, a legal footer, a feedback prompt. */
export function isChromeLine(text: string): boolean {
  const line = text.trim();
  if (line.length > 400) return false;
  if (shareWidget.test(line) || widgetWords.test(line) || feedback.test(line)) return true;
  if (copyright.test(line) && line.length < 200) return true;
  return blogWord.test(line) && commentWord.test(line);
}

// The vendor's help, by address or by wording, in the languages we configure and a few more.
const vendorUrl =
  /\b(?:https?:\/\/)?(?:[\w-]+\.)*(?:microsoft\.com|technet\.com|msdn\.com|msdn\.microsoft\.com|aka\.ms|go\.microsoft\.com)\b\S*/iu;
const vendorWords = [
  /\b(?:TechNet|MSDN)\b/u,
  /\bsearch\s+(?:the\s+)?(?:[\w-]+\s+){0,3}help\b/iu,
  /\b(?:product|exchange(?:\s+server)?(?:\s+\d{4})?)\s+help\b/iu,
  /\bMicrosoft\s+Knowledge\s+Base\b|\bKnowledge\s+Base\s+article\s+\d+|\bKB\s?\d{6,7}\b/iu,
  /\bHelp\s+and\s+Support\b/iu,
  /\bProdukthilfe\b/iu,
  /\bExchange(?:-Server)?-Hilfe\b/iu,
  /\bdurchsuchen\s+Sie\s+(?:die|das)\s+\S*\s*Hilfe\b/iu,
  /(?:^|\s)(?:поиск\p{L}*|найдите)\s+(?:в|по)\s+справк\p{L}*/iu,
  /(?:^|\s)справк\p{L}*\s+(?:по\s+)?(?:продукт\p{L}*|Exchange)/iu,
  /\bl'aide\s+(?:du\s+produit|d'Exchange)\b/iu,
];

/** True for a sentence that points at the vendor's help or website. */
export function isVendorHelp(sentence: string): boolean {
  return vendorUrl.test(sentence) || vendorWords.some((pattern) => pattern.test(sentence));
}

/**
 * Splits prose into sentences at `.`, `!`, `?` (or their full-width forms) followed by space.
 * Good enough to drop one sentence: a split after "e.g." only makes a shorter piece to test.
 */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?。！？])\s+(?=\S)/u);
}

/** The text without its vendor-help sentences ('' when nothing else is left). */
export function dropVendorHelp(text: string): string {
  if (!isVendorHelp(text)) return text;
  return splitSentences(text)
    .filter((sentence) => !isVendorHelp(sentence))
    .join(' ')
    .trim();
}
