/**
 * The accessible DOM overlay: HUD, the stage the world is drawn into, the
 * screen of the moment and the settings dialog. It reads the store and sends
 * events to the game; it never changes game state itself.
 */
import type { Game } from '../engine/run/game.ts';
import { parseSave } from '../engine/run/save.ts';
import type { Place, Role, Screen as ScreenName } from '../engine/rules/types.ts';
import type { GameStore, ViewState } from '../engine/run/store.ts';
import { Announcer } from './announcer.ts';
import { h } from './dom.ts';
import { Hud } from './hud.ts';
import { applySettings, followProjector, saveSettings, TEXT_SIZES, type Settings } from './settings.ts';
import { Sound } from './sound.ts';
import { ORIGINAL_KEY, SAVE_KEY, type SaveStorage } from './storage.ts';
import { DAMAGED_SAVE_FILE, forgetKept, keptAside, keptList } from './kept.ts';
import { Channel } from './channel.ts';
import type { HandOver } from './shell.ts';
import type { JoinRead } from './workshop/session.ts';
import { handInPanel } from './workshop/handin.ts';
import { seatOf, type PartnerRead } from './pair-devices.ts';
import { pendingAt } from './pair-pending.ts';
import { download } from './dom.ts';
import { openArchive } from './archive.ts';
import { recordOf, type RunRecord } from '../engine/read/record.ts';
import { ReplayError } from '../engine/run/replay.ts';
import { briefingScreen } from './screens/briefing.ts';
import type { Action, Notice, Screen, ScreenContext, TrialEnd } from './screens/context.ts';
import { debriefScreen } from './screens/debrief.ts';
import { roleScreen } from './screens/role.ts';
import { sceneScreen, type SceneScreen } from './screens/scene.ts';
import { titleScreen } from './screens/title.ts';
import { planScreen } from './screens/plan.ts';
import { weekScreen } from './screens/week.ts';
import { endingScreen } from './screens/ending.ts';
import { notebookContent } from './notebook.ts';
import { baseBuilding, PLACE_INFO, weeksOf } from '../engine/rules/quarter.ts';
import { PLACES } from '../engine/rules/types.ts';
import { MAP_SPOTS, spotsFor } from '../../scenes/spots.ts';

/** Places whose name sits above the marker on the map, clear of a neighbour's name below. */
const LABEL_ABOVE: ReadonlySet<Place> = new Set<Place>(['ed', 'exec', 'ward']);
import { afterWeek, branchPoint, BUILDING_NAME, ROLE_LABEL } from './format.ts';
import { openReading } from './reading.ts';
import { afterPaint, beforeLeaving } from './after-paint.ts';

export interface Overlay {
  /** The element the world (Phaser) draws into. */
  stage: HTMLElement;
  /** The game's store, for the world to read. */
  store: GameStore;
  /** Messages between the overlay and the world. */
  channel: Channel;
  setLoading: (fraction: number | null) => void;
  notify: (notice: Notice) => void;
  settings: () => Settings;
  /** Keep a run among the player's runs (before something replaces it). */
  keepRun: (record: RunRecord) => void;
  /** Offer the way back to the learning platform, among the debrief's own actions. */
  offerExit: (action: Action) => void;
}

/** The page's own title, as index.html gives it (the title screen keeps it). */
const TITLE_AT_START = 'Common Ground — a leadership simulation for healthcare';

export function mountOverlay(
  root: HTMLElement,
  game: Game,
  saves: SaveStorage,
  initial: Settings,
  handOver: HandOver = { pressed: null, focused: null },
  joinRead: JoinRead = null,
  partnerRead: PartnerRead = null,
  inPlatform = false,
  /** A learning platform's session is open and recording: it keeps the learner's place, whatever this browser does. */
  platformKeeps = false,
  /** A trial of a facilitator's own scene: its end, and Settings' way out, lead back to the scene. */
  trial: TrialEnd | null = null,
): Overlay {
  const join = joinRead?.ok ? joinRead.join : null;
  const partner = partnerRead?.ok ? partnerRead.join : null;
  // A room voting on one screen: the game is drawn for the projector.
  if (join?.room) followProjector();
  let settings = initial;
  let loading: number | null = null;
  let exitAction: Action | null = null;
  const exitListeners = new Set<() => void>();
  let nextSeed: string | null = null;
  const notices: Notice[] = [];
  const announcer = new Announcer();
  const channel = new Channel();
  const sound = new Sound();
  sound.setEnabled(settings.sound);

  /** Where this visit set damaged saves aside (already told of, with their own notice). */
  const setAsideNow: string[] = [];
  // A save that cannot be resumed is set aside at once, with a message, so a new game never overwrites it.
  const startup = saves.read();
  if (startup !== null) {
    const parsed = parseSave(startup);
    if (!parsed.ok) setAside(startup, parsed.reason);
  }
  // What earlier visits kept aside is offered for as long as it is kept: the notice that first said so is gone.
  const keptBefore = keptAside(saves.storage).filter((k) => !setAsideNow.includes(k.key));
  if (keptBefore.length) {
    const only = keptBefore.length === 1 ? keptBefore[0]! : null;
    notices.push({
      kind: 'info',
      text: `Kept aside in this browser, not deleted: ${keptList(keptBefore)}. Settings lets you download ${only ? 'it or delete it' : 'or delete each'}.`,
      action: only
        ? { label: 'Download it', run: () => download(only.text, only.file) }
        : { label: 'Open Settings', run: () => openSettings() },
    });
  }
  if (joinRead && !joinRead.ok) {
    notices.push({
      kind: 'warning',
      text: `This page could not join the workshop: ${joinRead.reason}. Open “Join a workshop” on this page and type the code printed under the QR code on the facilitator’s screen or your handout, or ask your facilitator for the link again. A game started any other way will not count with the room’s.`,
    });
  }
  if (partnerRead && !partnerRead.ok) {
    notices.push({
      kind: 'warning',
      text: `This page was opened from your partner’s device, but ${partnerRead.reason}. Ask them to show the link again from their briefing; meanwhile you can play on your own.`,
    });
  }
  if (saves.unavailableReason) {
    notices.push({
      kind: 'info',
      text: platformKeeps
        ? `Saving in this browser is off: ${saves.unavailableReason}. Your learning platform keeps your place, so you can close the tab and carry on from the course later; only runs kept to compare, and reflections too long for the platform, are not kept.`
        : `Saving is off: ${saves.unavailableReason}. You can still play; your place will not be kept if you close the tab.`,
    });
  } else if (saves.full && saves.held() === null) {
    notices.push({
      kind: 'info',
      text: 'Your browser’s storage for this site is full. The game will still try to save after each decision and will tell you if it cannot.',
    });
  }

  function letSaveOver(): void {
    saves.release();
    game.saveNow();
    renderSaveStatus(game.state);
    announcer.say('The game will save again from now on.');
  }

  function setAside(text: string, reason: string): void {
    const key = saves.setAside(text);
    if (key) setAsideNow.push(key);
    const downloadIt = {
      label: 'Download the damaged save',
      run: () => download(text, DAMAGED_SAVE_FILE),
    };
    if (key) {
      notices.push({
        kind: 'warning',
        text: `Your saved game could not be loaded: ${reason}. It has been kept aside, not deleted, so you can send it to your facilitator. New game starts afresh.`,
        action: downloadIt,
      });
      return;
    }
    // No room to set it aside: it stays where it is, and nothing saves over it until the player says so.
    saves.hold(text);
    notices.push({
      kind: 'warning',
      text: `Your saved game could not be loaded: ${reason}. The browser has no room to keep a copy aside, so it is still where it was, and the game will not save over it until you say so. You can play meanwhile; your place will not be kept.`,
      action: downloadIt,
      second: {
        label: 'Let the game save over it',
        run: () => letSaveOver(),
      },
    });
  }

  const archive = openArchive(saves.storage);
  // How far the player has read is noted once the line is on screen, and before the page is hidden or left.
  const reading = openReading(saves.storage, afterPaint);
  beforeLeaving(() => reading.flush());
  /** The save a branch came from, kept in memory too in case storage refuses it. */
  let original: string | null = (() => {
    try {
      return saves.storage?.getItem(ORIGINAL_KEY) ?? null;
    } catch {
      return null;
    }
  })();
  const keepOriginal = (text: string | null): void => {
    original = text;
    renderBranch(game.state);
    try {
      if (text === null) saves.storage?.removeItem(ORIGINAL_KEY);
      else saves.storage?.setItem(ORIGINAL_KEY, text);
    } catch {
      // Storage is full or off: the original stays in memory for this visit, and among the kept runs.
    }
  };
  /** The quarter the saved game is in the middle of, if there is one (a finished one is already kept). */
  const inProgress = (): {
    week: number;
    weeks: number;
    role: string;
    weekDone: boolean;
    next: string;
    ended: boolean;
    where: string | null;
    whatIf: boolean;
    pair: string | null;
    roleId: Role;
    session: string | null;
    seed: string;
    record: () => void;
  } | null => {
    const text = saves.read();
    if (text === null) return null;
    const parsed = parseSave(text);
    if (!parsed.ok) return null;
    const s = parsed.save.state;
    if (!s.role || s.screen === 'debrief' || s.screen === 'title' || s.screen === 'role') return null;
    return {
      week: s.week,
      role: ROLE_LABEL[s.role].toLowerCase(),
      // At the week's summary, as on the plan, the week is played: its number is weeks played.
      weekDone: s.screen === 'plan' || s.screen === 'week',
      // What Continue leads to after a played week, as the week's own way on says it ("see how the quarter ends").
      next: afterWeek(s).next,
      ended: s.screen === 'ending',
      // The scene it stopped in, when it stopped in one.
      where:
        (s.screen === 'scene' || s.screen === 'summary') && s.plan[s.sceneIndex]
          ? `${s.plan[s.sceneIndex]!.day}, “${s.plan[s.sceneIndex]!.title}”`
          : null,
      weeks: weeksOf(s.run),
      roleId: s.role,
      session: s.run.session ?? null,
      seed: s.seed,
      whatIf: s.run.branchOf !== null,
      // A pair on one device: who holds the device next, when a decision is half proposed.
      pair:
        s.run.pair && !s.run.device
          ? s.screen === 'scene' && Number.isInteger(pendingAt(`${s.run.id}:${s.decisions.length}`)?.lead)
            ? `A pair’s run: the ${ROLE_LABEL[s.run.pair].toLowerCase()} proposes next.`
            : `A pair’s run, with the ${ROLE_LABEL[s.run.pair].toLowerCase()}.`
          : null,
      record: () => {
        archive.keep(recordOf(s));
      },
    };
  };
  const ctx: ScreenContext = {
    game,
    announcer,
    channel,
    openSettings: () => openSettings(),
    measureBar: () => measureBar(),
    canContinue: () => {
      const text = saves.read();
      return text !== null && parseSave(text).ok;
    },
    continueGame: () => {
      const text = saves.read();
      if (text === null) return;
      resuming = true;
      const result = game.resumeFrom(text);
      if (!result.ok) {
        resuming = false;
        setAside(text, result.reason);
        show('title', true);
      } else if (result.notice) {
        // In a scene, the note goes where the player is reading; elsewhere the screen opens at its top.
        if (currentName === 'scene' || currentName === 'summary') {
          (current as SceneScreen).note(result.notice);
          announcer.say(result.notice);
        } else tell(result.notice);
      }
    },
    runInProgress: () => {
      const run = inProgress();
      return run
        ? {
            week: run.week,
            weeks: run.weeks,
            role: run.role,
            weekDone: run.weekDone,
            next: run.next,
            ended: run.ended,
            where: run.where,
            whatIf: run.whatIf,
            pair: run.pair,
            roleId: run.roleId,
            session: run.session,
            seed: run.seed,
          }
        : null;
    },
    newGame: () => {
      inProgress()?.record();
      keepOriginal(null);
      game.send({ type: 'NEW_GAME' });
    },
    notices: () => notices,
    loading: () => loading,
    reducedMotion: () => settings.reducedMotion,
    playSound: (name) => sound.play(name),
    nextSeed: () => nextSeed,
    setNextSeed: (seed) => {
      nextSeed = seed;
    },
    archive,
    trial,
    join: () => join,
    joinFailed: () => joinRead !== null && !joinRead.ok,
    partner: () => partner,
    inPlatform: () => inPlatform,
    exit: () => exitAction,
    onExit: (listener) => {
      exitListeners.add(listener);
      return () => void exitListeners.delete(listener);
    },
    reading,
    replayFrom: (decision) => {
      archive.keep(recordOf(game.state));
      const before = game.serialize();
      try {
        resuming = true;
        game.branchFrom(decision);
        keepOriginal(before);
        announcer.say(
          `Back at your decision in ${branchPoint(game.state, decision)}. This is a branch; your original run is kept for comparison.`,
        );
        return null;
      } catch (error) {
        resuming = false;
        return error instanceof ReplayError ? error.message : 'the replay stopped unexpectedly';
      }
    },
  };

  const hud = new Hud(game.store, announcer, (_m, delta) => sound.play(delta > 0 ? 'up' : 'down'), channel);
  const settingsButton = h(
    'button',
    { type: 'button', class: 'settings-button', onclick: () => openSettings() },
    'Settings',
  );
  const notebookBody = h('div', { class: 'notebook-body' });
  const notebook = h(
    'dialog',
    { class: 'settings notebook-dialog', 'aria-labelledby': 'notebook-heading' },
    h(
      'form',
      { method: 'dialog' },
      // The notebook is long on a phone: its heading and a way out stay in view as it scrolls.
      h(
        'div',
        { class: 'dialog-head' },
        h('h2', { id: 'notebook-heading', tabindex: -1 }, 'Notebook'),
        h('button', { type: 'submit', class: 'secondary dialog-close' }, 'Close'),
      ),
      notebookBody,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Close')),
    ),
  );
  const notebookButton = h(
    'button',
    {
      type: 'button',
      class: 'settings-button notebook-button',
      onclick: () => {
        returnFocus = document.activeElement as HTMLElement | null;
        notebookBody.replaceChildren(notebookContent(game.state));
        openDialog(notebook);
        notebook.querySelector<HTMLElement>('#notebook-heading')?.focus();
      },
    },
    'Notebook',
  );
  giveFocusBack(notebook);
  // A workshop run can be handed in at any point: the dialog shows its result as it stands.
  const handInBody = h('div', {});
  const handIn = h(
    'dialog',
    { class: 'settings handin-dialog', 'aria-labelledby': 'handin-h' },
    h(
      'form',
      { method: 'dialog' },
      handInBody,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Close')),
    ),
  );
  const handInButton = h(
    'button',
    {
      type: 'button',
      class: 'settings-button',
      hidden: true,
      onclick: () => {
        returnFocus = document.activeElement as HTMLElement | null;
        handInBody.replaceChildren(handInPanel(game.state));
        openDialog(handIn);
        handIn.querySelector<HTMLElement>('#handin-h')?.focus();
      },
    },
    'Hand in result',
  );
  giveFocusBack(handIn);
  // Read as a scene opens: the scene's first scroll never takes it under the bar (scene.ts).
  const saveBanner = h('p', {
    class: 'save-banner',
    role: 'status',
    tabindex: -1,
    'data-read-before-scene': '',
  });
  // Something to tell the player once (a save from before a story update), until they move on.
  const infoText = h('span', {});
  let infoScreen: ScreenName | null = null;
  const infoBanner = h(
    'div',
    { class: 'info-banner', role: 'status', hidden: true },
    infoText,
    h('button', { type: 'button', class: 'link-button', onclick: () => (infoBanner.hidden = true) }, 'Dismiss'),
  );
  function tell(text: string): void {
    infoText.textContent = text;
    infoBanner.hidden = false;
    infoScreen = currentName;
    announcer.say(text);
  }
  // What the game has to tell the player while they play (the learning platform, a new version):
  // it stays until dismissed or acted on, since it may matter beyond this screen.
  const noticeText = h('span', {});
  const noticeAction = h('button', { type: 'button', class: 'secondary small', hidden: true });
  const noticeBanner = h(
    'div',
    { class: 'info-banner notice-banner', role: 'status', hidden: true },
    noticeText,
    noticeAction,
    h('button', { type: 'button', class: 'link-button', onclick: () => (noticeBanner.hidden = true) }, 'Dismiss'),
  );
  function showNotice(notice: Notice): void {
    noticeText.textContent = notice.text;
    noticeAction.hidden = !notice.action;
    noticeAction.textContent = notice.action?.label ?? '';
    noticeAction.onclick = notice.action
      ? () => {
          noticeBanner.hidden = true;
          notice.action!.run();
        }
      : null;
    noticeBanner.hidden = false;
    announcer.say(notice.text);
  }
  // A what-if branch says so while it is played, and offers the way back.
  const branchText = h('span', {});
  const backToDebrief = h(
    'button',
    {
      type: 'button',
      class: 'link-button',
      onclick: () => {
        if (!original) return;
        const text = original;
        // The what-if as far as it went is kept among the player's runs, to compare in the debrief.
        const notKept = archive.keep(recordOf(game.state));
        resuming = true;
        const result = game.resumeFrom(text);
        if (result.ok) {
          keepOriginal(null);
          // The original is the game now: save it, so a reload does not land back in the branch.
          game.saveNow();
          announcer.say(
            notKept
              ? `Back to the debrief. This what-if could not be kept (${notKept}).`
              : 'Back to the debrief. This what-if, as far as you played it, is kept under Compare runs.',
          );
        } else {
          resuming = false;
          announcer.say(`Your original run could not be reopened: ${result.reason}. It is still among your kept runs.`);
        }
      },
    },
    'Back to the debrief',
  );
  const branchBanner = h(
    // A region of its own: it sits above the story, outside the page's main part (axe's region rule on a phone).
    'section',
    { class: 'branch-banner', 'aria-label': 'What-if', hidden: true, tabindex: -1 },
    branchText,
    backToDebrief,
  );
  // The banner sits above the story, out of sight once a phone has scrolled to the choices; this
  // mark in the top bar, which stays in view, says a what-if is being played and leads back to it.
  const branchMark = h(
    'button',
    {
      type: 'button',
      class: 'settings-button branch-mark',
      hidden: true,
      'aria-label': 'What-if branch: show where it started',
      onclick: () => {
        branchBanner.scrollIntoView({ block: 'center', behavior: settings.reducedMotion ? 'auto' : 'smooth' });
        (backToDebrief.hidden ? branchBanner : backToDebrief).focus({ preventScroll: true });
      },
    },
    'What-if',
  );
  // The same for a game that is not being saved: the banner that says why scrolls away as the player reads on
  // (on a work PC with storage blocked or full, nothing on screen said so), so a mark in the bar leads to it.
  const saveMark = h(
    'button',
    {
      type: 'button',
      class: 'settings-button save-mark',
      hidden: true,
      'aria-label': 'Not saved: show why this game is not being saved',
      onclick: () => {
        saveBanner.scrollIntoView({ block: 'center', behavior: settings.reducedMotion ? 'auto' : 'smooth' });
        saveBanner.focus({ preventScroll: true });
      },
    },
    'Not saved',
  );
  function renderBranch(state: ViewState): void {
    const from = state.run.branchOf;
    const playing = !['title', 'role', 'debrief'].includes(state.screen);
    branchBanner.hidden = !from || !playing;
    branchMark.hidden = branchBanner.hidden;
    if (!from) return;
    branchText.textContent = `What-if from ${branchPoint(state, from.decision)} · your original is kept`;
    backToDebrief.hidden = original === null;
  }
  // Names on the map, beside its markers: for the eye only, since the plan form below says the same for
  // every reader. A phone's map is a quarter of the size, so there each name is its short form. Two sit
  // above their markers, clear of their neighbours' names (the café's, the outpatient clinic's). A name
  // pressed is its marker pressed: on a phone the name is the bigger target (the list below stays the
  // control for the keyboard and screen readers).
  const baseFull = h('span', { class: 'map-label-full' });
  const baseShort = h('span', { class: 'map-label-short' }, 'Your office');
  const baseLabel = h('span', { class: 'map-key' }, h('span', { class: 'map-key-mark' }, '◆ '), baseFull, baseShort);
  const nameLabels = PLACES.map((p) =>
    h(
      'span',
      { onclick: () => channel.send('mapPick', p) },
      h('span', { class: 'map-label-full' }, PLACE_INFO[p].name),
      h('span', { class: 'map-label-short' }, PLACE_INFO[p].short),
    ),
  );
  /**
   * Each name beside its marker, where the quarter's structures have put the place: co-located, the finance
   * office is in the main block, its name running to the right of its marker, clear of the café's.
   */
  function placeNames(structures: ViewState['structures']): void {
    const spots = spotsFor(structures);
    PLACES.forEach((p, i) => {
      const label = nameLabels[i]!;
      const moved = spots[p] !== MAP_SPOTS[p];
      const side = moved ? ' map-label-start' : spots[p].x > 1000 ? ' map-label-end' : '';
      label.className = `map-label${side}${!moved && LABEL_ABOVE.has(p) ? ' map-label-above' : ''}`;
      label.style.left = `${(spots[p].x / 1280) * 100}%`;
      label.style.top = `${(spots[p].y / 720) * 100}%`;
    });
  }
  placeNames([]);
  const mapLabels = h('div', { class: 'map-labels', 'aria-hidden': 'true' }, nameLabels, baseLabel);
  /**
   * The ink diamond every route starts from is the player's own office: a key in the map's corner says so
   * (beside the diamond, a name would cover the places' own names at one size or another).
   */
  function placeBase(state: ViewState): void {
    placeNames(state.structures);
    if (!state.role) return;
    const building = baseBuilding(state.role, state.structures);
    // On a partner's own device the run, and its office, are the lead's.
    const seat = seatOf(state);
    const whose = seat && !seat.lead ? 'Your partner’s office' : 'Your office';
    baseFull.textContent = `${whose}: ${BUILDING_NAME[building]}`;
    baseShort.textContent = seat && !seat.lead ? 'Their office' : 'Your office';
  }
  const stage = h('div', { class: 'stage-inner' });
  // While the hospital is being drawn (a slow network can take a while), the empty stage says so.
  const stageNote = h('p', { class: 'stage-note', hidden: true });
  const renderLoading = (): void => {
    stageNote.hidden = loading === null;
    stageNote.textContent = loading === null ? '' : `Drawing the hospital… ${Math.round(loading * 100)}%`;
  };
  const main = h('main', { id: 'main', class: 'panel' });
  const keptSection = h('section', { class: 'kept', 'aria-labelledby': 'kept-heading', hidden: true });
  const dialog = buildSettingsDialog();
  const topbar = h(
    'div',
    { class: 'topbar' },
    hud.element,
    h('div', { class: 'topbar-buttons' }, saveMark, branchMark, handInButton, notebookButton, settingsButton),
  );
  const app = h(
    'div',
    { class: 'app' },
    topbar,
    saveBanner,
    infoBanner,
    noticeBanner,
    branchBanner,
    h('div', { class: 'stage', 'aria-hidden': 'true' }, stageNote, stage, mapLabels),
    main,
    dialog,
    notebook,
    handIn,
    announcer.element,
  );
  root.replaceChildren(app);
  // The meters bar stays at the top as the page scrolls: the page's scroll padding is its height, so the
  // game's own scrolling and the browser's, to a focused button or a heading, stop below it.
  // The bar's height, for the page's scroll padding; a bar over a third of the window stops following the reader.
  // A breakdown opened in the bar (trust by group) can make it too tall to follow: it would then be left
  // above the top of the page with what was just opened. So the page goes up to it, and back to where
  // the reader was when it closes.
  let readingAt: number | null = null;
  const measureBar = (): void => {
    const root = document.documentElement;
    // As drawn: on a big projector the bar is zoomed (its layout height 148 px, on the screen 207), and the page's
    // scroll padding is the screen's, so a line scrolled to just below 148 px was a third under the bar.
    const drawn = topbar.getBoundingClientRect().height;
    const tall = drawn > window.innerHeight / 3;
    const wasTall = root.hasAttribute('data-tall-bar');
    // Written only when changed: a screen's scrolling measures the bar before every scroll, and a custom
    // property set on the root, even to the same value, has the whole page's style worked out again.
    const set = (name: string, value: string): void => {
      if (root.style.getPropertyValue(name) !== value) root.style.setProperty(name, value);
    };
    set('--topbar-h', `${topbar.offsetHeight}px`);
    set('--topbar-drawn-h', `${drawn}px`);
    if (tall !== wasTall) root.toggleAttribute('data-tall-bar', tall);
    const opened = topbar.querySelector('details[open]');
    if (tall && !wasTall && opened && window.scrollY > 0) {
      readingAt = window.scrollY;
      window.scrollTo({ top: 0 });
    } else if (!tall && wasTall && readingAt !== null) {
      // Unless the reader has scrolled on since.
      if (window.scrollY < drawn) window.scrollTo({ top: readingAt });
      readingAt = null;
    }
  };
  if (typeof ResizeObserver === 'function') new ResizeObserver(measureBar).observe(topbar);
  window.addEventListener('resize', measureBar);

  let current: Screen | null = null;
  let currentName: ScreenName | null = null;
  let resuming = false;

  function show(name: ScreenName, force = false): void {
    const sceneLike = name === 'scene' || name === 'summary';
    const wasSceneLike = currentName === 'scene' || currentName === 'summary';
    app.dataset.screen = name;
    notebookButton.hidden = name === 'title' || name === 'role' || name === 'briefing';
    // A projector play-through is the facilitator's own run: nothing to hand in.
    handInButton.hidden =
      !game.state.run.session || join?.room === true || name === 'title' || name === 'role' || name === 'briefing';
    if (!force && sceneLike && wasSceneLike && current) {
      currentName = name;
      (current as SceneScreen).update(game.state);
      return;
    }
    current?.destroy?.();
    if (!infoBanner.hidden && infoScreen !== null && infoScreen !== name) infoBanner.hidden = true;
    currentName = name;
    current = build(name);
    main.replaceChildren(current.element);
    // A new screen opens at its top, not wherever the last one was scrolled to (the plan's map was half hidden).
    window.scrollTo(0, 0);
    // The bar as this screen has it (none on the title; a warning's line more, or less), before the focus and the
    // screen's first scroll stop below it: its observer reports only after the next frame's first scroll (a phone
    // resumed at the choices had the line they answer scrolled under the bar).
    measureBar();
    current.focus?.();
    resuming = false;
    const label = main.querySelector('h1')?.textContent;
    // The title screen's heading is the game's name: the page keeps the name the page began with.
    if (label) document.title = label === 'Common Ground' ? TITLE_AT_START : `${label} — Common Ground`;
  }

  function build(name: ScreenName): Screen {
    switch (name) {
      case 'title':
        return titleScreen(ctx);
      case 'role':
        return roleScreen(ctx);
      case 'briefing':
        return briefingScreen(ctx);
      case 'scene':
      case 'summary':
        return sceneScreen(ctx, { revealAll: resuming });
      case 'plan':
        return planScreen(ctx);
      case 'week':
        return weekScreen(ctx);
      case 'ending':
        return endingScreen(ctx);
      case 'debrief':
        return debriefScreen(ctx);
    }
  }

  function renderSaveStatus(state: ViewState): void {
    const s = state.saveStatus;
    const inRun = state.screen !== 'title' && state.screen !== 'role';
    saveBanner.hidden = s.kind === 'on' || !inRun;
    saveBanner.classList.toggle('save-banner-urgent', s.kind === 'elsewhere' && inRun);
    // Saving waits for the player's word on a damaged save: the word can be given here, mid-game, too.
    const damaged = saves.held();
    saveMark.hidden = !(inRun && (damaged !== null || ((s.kind === 'off' || s.kind === 'failed') && !platformKeeps)));
    if (damaged !== null && inRun) {
      saveBanner.hidden = false;
      saveBanner.replaceChildren(
        h(
          'span',
          {},
          'This game is not being saved: your damaged saved game is still where it was, and nothing saves over it until you say so. ',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            onclick: () => download(damaged, DAMAGED_SAVE_FILE),
          },
          'Download the damaged save',
        ),
        ' ',
        h(
          'button',
          { type: 'button', class: 'link-button', onclick: () => letSaveOver() },
          'Let the game save over it',
        ),
      );
      return;
    }
    if (s.kind === 'elsewhere') {
      saveBanner.replaceChildren(
        h(
          'span',
          {},
          'This game is open in another tab or window too, and that one has saved since. So that neither writes over the other, this page has stopped saving. ',
        ),
        h(
          'button',
          { type: 'button', class: 'secondary small', onclick: () => location.reload() },
          'Reload, to go on from the other one’s place',
        ),
        ' ',
        h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            onclick: () => {
              saves.takeOver();
              game.saveNow();
              announcer.say('This page’s game is saved, over the other one’s.');
            },
          },
          'Save this page’s game over it',
        ),
      );
      return;
    }
    saveBanner.textContent =
      s.kind === 'off'
        ? platformKeeps
          ? `This browser is not saving: ${s.reason}. Your learning platform keeps your place.`
          : `Saving is off: ${s.reason}. You can play on, but your place will not be kept.`
        : s.kind === 'failed'
          ? game.state.screen === 'debrief'
            ? `Your debrief could not be saved in this browser: ${s.reason}. ${platformKeeps ? 'Your learning platform keeps your result; to' : 'To'} keep your answers, export this run or print it before you close the tab.`
            : `Your progress could not be saved in this browser: ${s.reason}. ${platformKeeps ? 'Your learning platform still keeps your place, and the' : 'Play on; the'} game will try again after your next decision.`
          : '';
  }
  // Another tab or window saving this game: said at once, before anything more is played here to be lost.
  window.addEventListener('storage', (event) => {
    if (event.key === SAVE_KEY && saves.elsewhere()) game.saveNow();
  });

  game.store.subscribe(
    (s) => s.screen,
    (screen) => {
      if (screen === 'plan') placeBase(game.state);
      show(screen);
    },
  );
  game.store.subscribe(
    (s) => [s.lines, s.choices, s.sceneOver, s.sceneIndex, s.unknown, s.hours] as const,
    () => {
      if (currentName === 'scene' || currentName === 'summary') (current as SceneScreen).update(game.state);
    },
    { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
  );
  game.store.subscribe(
    (s) => [s.saveStatus, s.screen] as const,
    () => renderSaveStatus(game.state),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  game.store.subscribe(
    (s) => [s.run, s.screen] as const,
    () => renderBranch(game.state),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  renderBranch(game.state);
  game.store.subscribe(
    (s) => s.storyError,
    (error) => {
      if (error) {
        main.prepend(
          h(
            'div',
            { class: 'notice notice-warning story-stopped', role: 'alert' },
            h(
              'p',
              {},
              'The story hit a problem it cannot get past. Your last autosave is safe: go back to the title and press Continue, or start a new game.',
            ),
            // The runtime's own words help whoever looks after the game, not the player: kept, folded away.
            h('details', {}, h('summary', {}, 'What went wrong, for whoever looks after the game'), h('p', {}, error)),
            h('button', { type: 'button', onclick: () => game.send({ type: 'TITLE' }) }, 'Back to the title'),
          ),
        );
      }
    },
  );
  renderSaveStatus(game.state);
  if (game.state.screen === 'plan') placeBase(game.state);
  show(game.state.screen);
  // Taking over from the title shell: give back the focus, and press again what was pressed while loading.
  if (currentName === 'title') {
    const button = (label: string | null): HTMLButtonElement | undefined =>
      label === null
        ? undefined
        : [...main.querySelectorAll<HTMLButtonElement>('.menu button')].find((b) => b.textContent === label);
    button(handOver.focused)?.focus();
    button(handOver.pressed)?.click();
    // A workshop code half typed while the game loaded stays typed, its box open, and the typing goes on.
    const code = main.querySelector<HTMLInputElement>('#join-code');
    if (handOver.joinCode && code) {
      const details = code.closest('details');
      if (details) details.open = true;
      code.value = handOver.joinCode.value;
      if (handOver.joinCode.focused) {
        code.focus();
        code.setSelectionRange(handOver.joinCode.at, handOver.joinCode.at);
      }
    }
  }

  /** Settings' list of what this browser keeps aside, drawn afresh each time Settings opens. */
  function renderKept(): void {
    const kept = keptAside(saves.storage);
    keptSection.hidden = kept.length === 0;
    keptSection.replaceChildren(
      h('h3', { id: 'kept-heading' }, 'Kept aside in this browser'),
      h(
        'p',
        { class: 'hint' },
        'Nothing here is deleted unless you say so. Download a copy to send to your facilitator or keep.',
      ),
      h(
        'ul',
        { class: 'kept-list' },
        kept.map((k) => {
          const forget = h('button', { type: 'button', class: 'link-button' }, 'Delete it');
          let sure = false;
          forget.addEventListener('click', () => {
            if (!sure) {
              sure = true;
              forget.textContent = 'Delete it for good: press again';
              return;
            }
            forgetKept(saves.storage, k.key);
            announcer.say(`Deleted ${k.what}.`);
            renderKept();
            // The focus stays in Settings: on the next thing kept aside, or on Done when nothing is left.
            (keptSection.hidden
              ? dialog.querySelector<HTMLElement>('button[type="submit"]')
              : keptSection.querySelector<HTMLElement>('button')
            )?.focus();
          });
          return h(
            'li',
            {},
            h(
              'span',
              {},
              `${k.what.charAt(0).toUpperCase()}${k.what.slice(1)}${k.since ? `, set aside ${k.since.toLocaleString()}` : ''}. `,
            ),
            h(
              'button',
              { type: 'button', class: 'secondary small', onclick: () => download(k.text, k.file) },
              'Download it',
            ),
            ' ',
            forget,
          );
        }),
      ),
    );
  }

  function buildSettingsDialog(): HTMLDialogElement {
    const sizeGroup = h(
      'fieldset',
      {},
      h('legend', {}, 'Text size'),
      TEXT_SIZES.map((t) =>
        h(
          'label',
          { class: 'radio' },
          h('input', {
            type: 'radio',
            name: 'text-size',
            value: String(t.value),
            checked: settings.textScale === t.value,
          }),
          ` ${t.label}`,
        ),
      ),
    );
    const motion = h('input', { type: 'checkbox', name: 'reduced-motion', checked: settings.reducedMotion });
    const soundBox = h('input', { type: 'checkbox', name: 'sound', checked: settings.sound });
    // Every decision is already saved, so leaving mid-week loses nothing: said when it is true (see openSettings).
    const toTitleNote = h('p', { class: 'hint to-title-note', hidden: true });
    const toTitle = h(
      'button',
      {
        type: 'button',
        class: 'secondary to-title',
        onclick: () => {
          dialog.close();
          // A trial of a facilitator's scene has no title of its own to go back to: it goes back to the scene.
          if (trial) location.assign(trial.back);
          else game.send({ type: 'TITLE' });
        },
      },
      trial ? 'Back to your scene' : 'Back to the title',
    );
    const form = h(
      'form',
      { method: 'dialog' },
      h('h2', { id: 'settings-heading' }, 'Settings'),
      sizeGroup,
      h('label', { class: 'check' }, motion, ' Reduce motion'),
      h('label', { class: 'check' }, soundBox, ' Sound effects'),
      keptSection,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Done'), toTitle),
      toTitleNote,
    );
    form.addEventListener('change', () => {
      const size = form.querySelector<HTMLInputElement>('input[name="text-size"]:checked');
      settings = {
        textScale: (Number(size?.value ?? 1) as Settings['textScale']) || 1,
        reducedMotion: motion.checked,
        sound: soundBox.checked,
      };
      applySettings(settings);
      saveSettings(saves.storage, settings);
      sound.setEnabled(settings.sound);
    });
    const d = h('dialog', { class: 'settings', 'aria-labelledby': 'settings-heading' }, form);
    return d;
  }

  let returnFocus: HTMLElement | null = null;
  let dialogStep: HTMLDialogElement | null = null;
  window.addEventListener('popstate', () => {
    const d = dialogStep;
    dialogStep = null;
    if (d?.open) d.close();
  });
  function openSettings(): void {
    renderKept();
    // Going back to the title loses nothing only while this browser is saving (the banner says why when not).
    const note = dialog.querySelector<HTMLElement>('.to-title-note');
    if (note) {
      const saving =
        !trial &&
        game.state.saveStatus.kind === 'on' &&
        !['title', 'role', 'briefing', 'debrief'].includes(game.state.screen);
      note.hidden = !saving;
      note.textContent = saving
        ? 'Every decision is saved: Continue on the title screen brings you back to your last one.'
        : '';
    }
    returnFocus = document.activeElement as HTMLElement | null;
    openDialog(dialog);
  }
  giveFocusBack(dialog);

  /**
   * Back (a phone's back gesture, or the browser's button) closes an open dialog instead of
   * leaving the game: opening one adds a step to the page's history, and closing it takes the
   * step back again.
   */
  function openDialog(d: HTMLDialogElement): void {
    d.showModal();
    if (dialogStep) return;
    try {
      history.pushState({ ...(history.state as object | null), commonGroundDialog: true }, '');
      dialogStep = d;
    } catch {
      // A sandboxed frame may refuse: Back then does what it always did.
    }
  }

  /**
   * Browsers give the focus back as a dialog closes; this is for one that does not. The close event
   * comes a task later, by when a quick keyboard user may have moved on: never take the focus back from them.
   * A dialog opened from the bar in the middle of a scene gives the focus back to the line being read,
   * not to the bar's button: there Enter would only open the dialog again, where the briefing says
   * Enter reads on.
   */
  function giveFocusBack(d: HTMLDialogElement): void {
    d.addEventListener('close', () => {
      if (dialogStep === d) {
        dialogStep = null;
        history.back();
      }
      const active = document.activeElement;
      const lost = !active || active === document.body || d.contains(active);
      if (!lost && active !== returnFocus) return;
      if (currentName === 'scene' && current?.focus && returnFocus && topbar.contains(returnFocus)) current.focus();
      else if (lost) returnFocus?.focus();
    });
  }

  return {
    stage,
    store: game.store,
    channel,
    setLoading: (fraction) => {
      loading = fraction;
      renderLoading();
    },
    // Shown at once, on whatever screen is up (the title's own list is read only when it is drawn).
    notify: (notice) => showNotice(notice),
    keepRun: (record) => void archive.keep(record),
    offerExit: (action) => {
      exitAction = action;
      for (const listener of exitListeners) listener();
    },
    settings: () => settings,
  };
}
