/**
 * Words too common to help a search, per locale. Dropping them keeps the index small and stops
 * "the" or "und" from matching every article. Lists are short on purpose: only function words.
 */
import type { Locale } from '../i18n/config';

const en =
  'a an and are as at be but by can for from has have if in into is it its of on or that the their then there these this to was were when which while will with you your'.split(
    ' ',
  );
const de =
  'aber als am an auch auf aus bei bis das dass dem den der des die ein eine einem einen einer eines es für hat im in ist kann mit nach nicht noch oder sich sie sind so um und von vor wenn werden wird wie zu zum zur'.split(
    ' ',
  );
const ru =
  'а без бы в во для до же за и из или к как ли на над не но о об от по при с со так то у что это этот эта эти'.split(
    ' ',
  );

export const stopwords: Record<Locale, ReadonlySet<string>> = {
  en: new Set(en),
  de: new Set(de),
  // Russian pages quote English cmdlets and settings: English function words go too.
  ru: new Set([...ru, ...en]),
};
