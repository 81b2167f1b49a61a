/**
 * In the page: registers the service worker (/sw.js) and reports when a new build's worker is
 * installed and waiting. `apply` lets it take over and reloads the page once it has, so the
 * reader sees the new build as a whole.
 */
export function watchForUpdates(onUpdateReady: (apply: () => void) => void): () => void {
  if (!('serviceWorker' in navigator)) return () => {};
  const container = navigator.serviceWorker;
  let watching = true;
  const offer = (worker: ServiceWorker) => {
    // Without a controller this is the first install, not an update.
    if (!watching || !container.controller) return;
    onUpdateReady(() => {
      container.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
      worker.postMessage('skip-waiting');
    });
  };
  container.register('/sw.js', { updateViaCache: 'none' }).then(
    (registration?: ServiceWorkerRegistration) => {
      // Browsers that block workers (some test harnesses, some policies) resolve with nothing.
      if (!registration) return;
      if (registration.waiting) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer(installing);
        });
      });
    },
    // Blocked or unavailable (no secure context): the site works as before, online.
    () => {},
  );
  return () => {
    watching = false;
  };
}
