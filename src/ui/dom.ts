/** A tiny element builder: the overlay is plain, accessible DOM. */
export type Child = Node | string | number | null | undefined | false;
type AttrValue = string | number | boolean | null | undefined | ((event: Event) => void);

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, AttrValue> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (name === 'class') el.className = String(value);
    // Through the CSS object model, which a Content-Security-Policy without 'unsafe-inline' allows.
    else if (name === 'style') el.style.cssText = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'number' ? String(child) : child);
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) el.append(child);
  return el;
}

/** "55 → 58" as a screen reader should say it, "55 to 58" (it reads a bare arrow as "right arrow"). */
export function fromTo(from: number | string, to: number | string): Child[] {
  return [`${from} `, h('span', { 'aria-hidden': 'true' }, '→'), h('span', { class: 'sr-only' }, 'to'), ` ${to}`];
}

/**
 * A heading that takes the focus as a panel opens (so a screen reader starts there): Enter on it moves
 * the focus to the panel's way on, at the panel's end, and a second Enter takes it. "Enter reads on"
 * holds, and one Enter too many never skips the panel unread.
 */
export function enterLeadsTo(heading: HTMLElement, next: HTMLElement): void {
  heading.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    next.focus();
  });
}

/**
 * A phrase shown as a block of its own (a cause above its effects): read aloud, it ends with a full stop
 * so it does not run into the next, unless it already ends in one.
 */
export function spokenStop(text: string): Child[] {
  return endsSentence(text) ? [text] : [text, h('span', { class: 'sr-only' }, '. ')];
}

/** Whether a phrase already ends as a sentence does (a stop, a colon, a question; inside a closing quote too). */
export const endsSentence = (text: string): boolean => /[.:!?…]["”’)]?$/.test(text.trim());

/** An inline icon from an SVG file's text, hidden from assistive technology. */
export function icon(markup: string, className = 'icon'): HTMLSpanElement {
  const span = h('span', { class: className, 'aria-hidden': 'true' });
  span.innerHTML = markup;
  span.querySelector('svg')?.setAttribute('focusable', 'false');
  return span;
}

/**
 * When a downloaded file was made, for its name: the local day ("2026-12-02"), or with `time` the local
 * day and time ("2026-12-02-09-05"), so a file made late in the evening is not named after tomorrow in UTC.
 */
export function fileStamp(at: Date = new Date(), time = false): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  return time ? `${day}-${two(at.getHours())}-${two(at.getMinutes())}` : day;
}

/** Offer text as a file download. */
export function download(text: string, name: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Cell = Child | Child[] | HTMLTableCellElement;

/** A table row whose first cell heads the row; a cell passed as a `td` keeps its own attributes. */
export function tr(attrs: Record<string, AttrValue>, header: Child | Child[], ...cells: Cell[]): HTMLTableRowElement {
  return h(
    'tr',
    attrs,
    h('th', { scope: 'row' }, header),
    cells.map((c) => (c instanceof HTMLTableCellElement ? c : h('td', {}, c))),
  );
}

export interface TableSpec {
  /** The name of the scrolling region (said by screen readers when it takes focus). */
  label: string;
  caption: string;
  /** Column heads; a `th` passed as is keeps its own attributes. */
  head: (string | HTMLTableCellElement)[];
  rows: HTMLTableRowElement[];
  className?: string;
  /** On a phone, each row becomes a small card: its heading, then each cell under its column's name. */
  stack?: boolean;
}

/** A data table with its caption and column heads, in a region the keyboard can scroll sideways when it must. */
export function dataTable({ label, caption, head, rows, className = 'data-table', stack }: TableSpec): HTMLElement {
  if (stack) {
    const names = head.map((c) => (typeof c === 'string' ? c : (c.textContent ?? '')));
    for (const row of rows)
      [...row.cells].forEach((cell, i) => {
        if (cell.tagName === 'TD' && !cell.dataset.label && names[i]) cell.dataset.label = names[i];
      });
  }
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': label },
    h(
      'table',
      { class: stack ? `${className} stack` : className },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          head.map((c) => (typeof c === 'string' ? h('th', { scope: 'col' }, c) : c)),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}

/**
 * A chart in a figure that, on a narrow screen, keeps the chart large enough
 * to read and lets it scroll sideways (by keyboard too); its data table
 * follows it in the page.
 */
export function chartFigure(chart: SVGSVGElement, label: string, reading?: string): HTMLElement {
  return h(
    'figure',
    { class: 'chart-figure' },
    h('div', { class: 'chart-scroll', tabindex: 0, role: 'region', 'aria-label': label }, chart),
    // Shown on a phone only, where the chart keeps a readable size and its end is off to the right.
    h('p', { class: 'chart-swipe hint', 'aria-hidden': 'true' }, 'The chart goes on to the right: swipe it sideways →'),
    // How to read its figures, under it: above it, on a phone, it stood between the reader and the chart.
    reading ? h('figcaption', { class: 'hint chart-reading' }, reading) : null,
  );
}

/** A labelled one-line field (`.field`): the label above a full-width box, its name the same as its id. */
export function textField(
  id: string,
  label: string,
  type: 'text' | 'url' | 'password',
  attrs: Record<string, AttrValue> = {},
): HTMLElement {
  return h(
    'p',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', { id, name: id, type, autocomplete: 'off', spellcheck: 'false', ...attrs }),
  );
}
