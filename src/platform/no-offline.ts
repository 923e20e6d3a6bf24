/** The single-file build has no service worker (from file:// a browser allows none): registering does nothing. */
export function registerSW(_options: unknown): (reload?: boolean) => Promise<void> {
  return () => Promise.resolve();
}
