/**
 * What an article documents. Kept apart from the schema so that browser code (the /go/ resolver,
 * the 404 page) can check a kind without bundling the schema validator.
 */
export const articleKinds = ['event', 'alert', 'analyzer'] as const;
export type ArticleKind = (typeof articleKinds)[number];
