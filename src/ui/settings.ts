/** Player settings: text size, reduced motion, sound. Kept apart from saves. */
export interface Settings {
  textScale: 1 | 1.25 | 1.5;
  reducedMotion: boolean;
  sound: boolean;
}

export const SETTINGS_KEY = 'common-ground.settings';
const KEY = SETTINGS_KEY;

export const TEXT_SIZES: { value: Settings['textScale']; label: string }[] = [
  { value: 1, label: 'Standard' },
  { value: 1.25, label: 'Large' },
  { value: 1.5, label: 'Larger' },
];

export function defaultSettings(): Settings {
  const prefersReduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return { textScale: 1, reducedMotion: prefersReduced, sound: false };
}

export function loadSettings(storage: Storage | null): Settings {
  const defaults = defaultSettings();
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return defaults;
    const data = JSON.parse(raw) as Partial<Settings>;
    return {
      textScale: TEXT_SIZES.some((t) => t.value === data.textScale) ? data.textScale! : defaults.textScale,
      reducedMotion: typeof data.reducedMotion === 'boolean' ? data.reducedMotion : defaults.reducedMotion,
      sound: typeof data.sound === 'boolean' ? data.sound : defaults.sound,
    };
  } catch {
    return defaults;
  }
}

export function saveSettings(storage: Storage | null, settings: Settings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Settings still apply for this visit; the save banner already says storage is off.
  }
}

export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.style.setProperty('--text-scale', String(settings.textScale));
  // For the layouts that change with the text's size (the meters bar on a phone).
  root.dataset.text = settings.textScale >= 1.5 ? 'larger' : settings.textScale > 1 ? 'large' : 'standard';
  root.dataset.motion = settings.reducedMotion ? 'reduced' : 'full';
}

/**
 * A projector play-through (a room voting on one screen) is laid out for 1366×768, the smallest
 * projector it meets: on a bigger screen the same layout is drawn larger, in proportion, so what
 * fits at 1366×768 fits there too and the text grows with the wall (capped at twice the size).
 * Browser zoom shrinks the window's CSS width, so the two never add up.
 */
export function projectorZoom(width: number, height: number): number {
  return Math.max(1, Math.min(2, width / 1366, height / 768));
}

/**
 * Draw the game (or, with `page` 'dashboard', a workshop's room dashboard) for a projector until
 * the returned function is called: its zoom follows the window's size.
 */
export function followProjector(
  root: HTMLElement = document.documentElement,
  win: Window = window,
  page: 'game' | 'dashboard' = 'game',
): () => void {
  const apply = (): void => {
    root.style.setProperty('--room-zoom', projectorZoom(win.innerWidth, win.innerHeight).toFixed(3));
  };
  root.dataset.room = page === 'game' ? 'projector' : 'dashboard';
  apply();
  win.addEventListener('resize', apply);
  return () => {
    win.removeEventListener('resize', apply);
    delete root.dataset.room;
    root.style.removeProperty('--room-zoom');
  };
}
