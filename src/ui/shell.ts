/**
 * The title, drawn before the game has loaded (issue 11: the story, the
 * engine and the overlay are most of the JavaScript; a slow PC should not
 * wait for them to see the title). It is the real title screen with a few
 * stand-ins: Continue shows when there is a save (the game checks it once it
 * has loaded, and says so if it cannot be picked up; inside a learning
 * platform only the game offers it, once it knows whose save is whose), and a button pressed
 * before the game is ready is remembered and pressed again, on the real
 * title, the moment it is. Nothing here saves or changes anything.
 */
import { h } from './dom.ts';
import { titleScreen, type TitleContext } from './screens/title.ts';
import { SAVE_KEY, type SaveStorage } from './storage.ts';
import { findApi } from '../platform/find-api.ts';
import { pageAddress } from '../platform/address.ts';

/** What the shell hands to the game when it takes over. */
export interface HandOver {
  /** The label of a menu button pressed while the game was loading, to press again. */
  pressed: string | null;
  /** The label of the button that had the keyboard focus, to give it back. */
  focused: string | null;
  /** A workshop code being typed while the game loaded (slow venue wifi): its box open, the text, the focus. */
  joinCode?: { value: string; focused: boolean; at: number };
}

export interface Shell {
  handOver(): HandOver;
  /** The game could not be loaded (the network dropped): say so, on the title. */
  failed(): void;
}

export function mountShell(root: HTMLElement, saves: SaveStorage): Shell {
  let pressed: string | null = null;
  // Inside a learning platform, or launched for a named learner (cmi5), the game saved in this browser may be
  // another learner's: only the game, once it knows who is playing, offers Continue.
  const inPlatform = findApi(window as unknown as Parameters<typeof findApi>[0]) !== null;
  const address = pageAddress();
  const learnerNamed = inPlatform || /[?&#]actor=/.test(address.search + address.hash);
  const status = h('p', { class: 'notice notice-info', role: 'status', hidden: true });
  const remember = (label: string) => (): void => {
    pressed = label;
    status.hidden = false;
    status.textContent = 'Getting the game ready…';
  };
  const ctx: TitleContext = {
    canContinue: () => {
      if (learnerNamed) return false;
      try {
        return saves.storage?.getItem(SAVE_KEY) != null;
      } catch {
        return false;
      }
    },
    runInProgress: () => null,
    newGame: remember('New game'),
    continueGame: remember('Continue'),
    openSettings: remember('Settings'),
    notices: () => [],
    loading: () => null,
    join: () => null,
    partner: () => null,
    inPlatform: () => inPlatform,
  };
  const title = titleScreen(ctx);
  title.element.querySelector('.title-card')?.append(status);
  const main = h('main', { id: 'main', class: 'panel' }, title.element);
  // A press is a button going down and coming up. The game can take over between the two (a person
  // takes a tenth of a second over it), and the button that comes up is then the real title's: no
  // click follows, and the press was lost. A button held down at the hand-over counts as pressed.
  let held: string | null = null;
  const menuButton = (target: EventTarget | null): HTMLButtonElement | null =>
    target instanceof Element ? target.closest<HTMLButtonElement>('.menu button') : null;
  main.addEventListener('pointerdown', (event) => {
    held = menuButton(event.target)?.textContent ?? null;
  });
  main.addEventListener('keydown', (event) => {
    if (event.key === ' ') held = menuButton(event.target)?.textContent ?? null;
  });
  const letGo = (): void => void setTimeout(() => (held = null));
  main.addEventListener('pointerup', letGo);
  main.addEventListener('pointercancel', letGo);
  main.addEventListener('keyup', letGo);
  root.replaceChildren(h('div', { class: 'app', 'data-screen': 'title' }, main));
  title.focus?.();
  return {
    handOver: () => {
      title.destroy?.();
      const active = document.activeElement;
      const focused = active instanceof HTMLButtonElement && main.contains(active) ? active.textContent : null;
      const code = main.querySelector<HTMLInputElement>('#join-code');
      const open = code?.closest('details')?.open ?? false;
      return {
        pressed: pressed ?? held,
        focused,
        ...(code && (open || code.value)
          ? { joinCode: { value: code.value, focused: active === code, at: code.selectionStart ?? code.value.length } }
          : {}),
      };
    },
    failed: () => {
      title.destroy?.();
      status.hidden = false;
      status.setAttribute('role', 'alert');
      status.textContent =
        'The game could not be loaded: the network may have dropped. Your saved game is untouched. Reload the page to try again.';
    },
  };
}
