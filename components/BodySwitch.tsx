'use client';
import { useEffect, type ReactNode } from 'react';
import { useBrowserValue } from './useBrowserValue';

const storageKey = 'kb-show-original';

function readPreference(): boolean {
  try {
    return localStorage.getItem(storageKey) === '1';
  } catch {
    return unstoredChoice ?? false;
  }
}

const changeEvent = 'kb-show-original-change';
let unstoredChoice: boolean | null = null;

function writePreference(showOriginal: boolean): void {
  try {
    localStorage.setItem(storageKey, showOriginal ? '1' : '0');
  } catch {
    unstoredChoice = showOriginal; // Without storage the choice holds for this page only.
  }
  window.dispatchEvent(new Event(changeEvent));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(changeEvent, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(changeEvent, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/**
 * On a translated article, lets the reader switch the body to the English original and back.
 * The choice is remembered across pages. Without script the translation shows.
 */
export function BodySwitch({
  translated,
  original,
  labels,
}: {
  translated: ReactNode;
  original: ReactNode;
  labels: { showOriginal: string; showTranslation: string };
}) {
  const showOriginal = useBrowserValue(readPreference, false, subscribe);
  const toggle = () => writePreference(!showOriginal);

  useEffect(() => {
    if (!showOriginal) return;
    // "On this page" links to the translated sections; while the original shows, go to its twin.
    const followToOriginal = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (id) document.getElementById(`${id}-en`)?.scrollIntoView();
    };
    window.addEventListener('hashchange', followToOriginal);
    return () => window.removeEventListener('hashchange', followToOriginal);
  }, [showOriginal]);
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
