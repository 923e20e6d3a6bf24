/** Optional, subtle sound. ZzFX is loaded only once the player turns sound on. */
type Zzfx = (...params: (number | undefined)[]) => unknown;

const SOUNDS = {
  choose: [0.4, 0, 520, 0.01, 0.02, 0.05, 1, 1.6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.6, 0.02],
  up: [0.35, 0, 660, 0.01, 0.05, 0.12, 1, 1.5, 0, 0, 220, 0.05, 0, 0, 0, 0, 0, 0.7, 0.03],
  down: [0.35, 0, 330, 0.01, 0.05, 0.15, 1, 1.5, 0, 0, -110, 0.06, 0, 0, 0, 0, 0, 0.7, 0.03],
} as const;

export class Sound {
  private zzfx: Zzfx | null = null;
  private loading: Promise<void> | null = null;
  enabled = false;

  setEnabled(on: boolean): void {
    this.enabled = on;
    if (on && !this.zzfx && !this.loading) {
      this.loading = import('zzfx')
        .then((m) => {
          this.zzfx = m.zzfx as Zzfx;
        })
        .catch(() => {
          this.enabled = false; // sound is optional; the game goes on silently
        });
    }
  }

  play(name: keyof typeof SOUNDS): void {
    if (!this.enabled || !this.zzfx) return;
    try {
      this.zzfx(...SOUNDS[name]);
    } catch {
      // an audio device that refuses to play is not worth interrupting the game for
    }
  }
}
