'use client';
import { useEffect, useState, type ReactNode } from 'react';

const storageKey = 'kb-show-original';

function readPreference(): boolean {
  try {
    return localStorage.getItem(storageKey) === '1';
  } catch {
    return false;
  }
}

function writePreference(showOriginal: boolean): void {
  try {
    localStorage.setItem(storageKey, showOriginal ? '1' : '0');
  } catch {
    // Without storage the choice holds for this page only.
  }
}

/**
 * On a translated article, lets the reader switch the body to the English original and back.
 * The choice is remembered across pages. Without script the translation shows.
 */
export function BodySwitch({ translated, original, labels }: { translated: ReactNode; original: ReactNode; labels: { showOriginal: string; showTranslation: string } }) {
  const [showOriginal, setShowOriginal] = useState(false);
  useEffect(() => setShowOriginal(readPreference()), []);
  const toggle = () => {
    writePreference(!showOriginal);
    setShowOriginal(!showOriginal);
  };
  return (
    <>
      <p className="body-switch">
        <button type="button" className="secondary" aria-pressed={showOriginal} onClick={toggle}>
          {showOriginal ? labels.showTranslation : labels.showOriginal}
        </button>
      </p>
      <div hidden={showOriginal}>{translated}</div>
      <div hidden={!showOriginal}>{original}</div>
    </>
  );
}
