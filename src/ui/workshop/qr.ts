/**
 * QR codes: drawn as SVG from `uqr`'s module grid (crisp at any size, on a
 * projector or a printed page), and read back from pictures or camera
 * frames with `jsqr`. The reader is loaded only when something is to be read
 * (it is most of this module's weight, and most players never read a code).
 */
import { encode } from 'uqr';
import { h, svg } from '../dom.ts';

type Reader = typeof import('jsqr').default;
let reader: Promise<Reader> | null = null;

/** The reader's code could not be fetched (it comes over the network on first use). */
export class QrReaderUnavailable extends Error {}

/** The QR reader, loaded on first use; a failed load is tried again at the next use. */
export function qrReader(): Promise<Reader> {
  reader ??= import('jsqr').then(
    (m) => m.default,
    () => {
      reader = null;
      throw new QrReaderUnavailable('the QR reader could not be loaded');
    },
  );
  return reader;
}

/** Start fetching the reader now, where codes are about to be read (the dashboard, a file picker opening). */
export function preloadQrReader(): void {
  qrReader().catch(() => undefined);
}

/** What to tell someone whose picture could not be read for a reason other than there being no code in it. */
export function qrProblem(error: unknown): string {
  return error instanceof QrReaderUnavailable
    ? 'The QR reader could not be loaded: it is not on this device yet, and the network is not answering. Type or paste the short code instead; the camera and pictures will read codes once the network is back.'
    : 'That file could not be opened as a picture. Use a JPEG or PNG photo or a screenshot (from an iPhone, share the photo as JPEG, or set Settings → Camera → Formats to Most Compatible), or type the short code.';
}

/** A QR code as an SVG image with its text as the accessible name; `quiet` modules of margin, as the standard asks. */
export function qrSvg(text: string, label: string, quiet = 4): SVGSVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const n = size + quiet * 2;
  let path = '';
  data.forEach((row, y) =>
    row.forEach((on, x) => {
      if (on) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }),
  );
  return svg(
    'svg',
    {
      viewBox: `0 0 ${n} ${n}`,
      class: 'qr',
      role: 'img',
      'aria-label': label,
      'shape-rendering': 'crispEdges',
    },
    svg('rect', { width: n, height: n, fill: '#fff' }),
    svg('path', { d: path, fill: '#000' }),
  );
}

/** The text of a QR code in a picture, or null when none can be read (`read` from `qrReader`). */
export function readQr(read: Reader, image: ImageData): string | null {
  const hit = read(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
  return hit?.data ?? null;
}

/**
 * The sizes (longest side, in pixels) to read a picture at, in order. jsQR is quickest and surest at
 * about 1,200 pixels; a photo that does not read there is tried larger (a code small in a big photo needs
 * the pixels), smaller (a blurred one reads better shrunk), and last at its own size, up to 4,096. On 156
 * made-up phone photos of result codes (12 megapixels; the code 400 to 2,400 pixels across, tilted up to
 * 35°, blurred, glare, JPEG), 151 read at 1,200 pixels and all 156 with the other sizes.
 */
export function readingSizes(width: number, height: number): number[] {
  const longest = Math.max(width, height);
  const sizes: number[] = [];
  for (const max of [1200, 1600, 800, 4096]) {
    const size = Math.min(longest, max);
    if (size >= 1 && !sizes.includes(size)) sizes.push(size);
  }
  return sizes;
}

/** Read QR codes from a picture file (a photo or a screenshot of a player's screen). */
export async function readQrFile(file: Blob): Promise<string | null> {
  const read = await qrReader();
  const bitmap = await createImageBitmap(file);
  try {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    for (const size of readingSizes(bitmap.width, bitmap.height)) {
      const scale = size / Math.max(bitmap.width, bitmap.height);
      const w = Math.max(1, Math.round(bitmap.width * scale));
      const hgt = Math.max(1, Math.round(bitmap.height * scale));
      canvas.width = w;
      canvas.height = hgt;
      ctx.drawImage(bitmap, 0, 0, w, hgt);
      const text = readQr(read, ctx.getImageData(0, 0, w, hgt));
      if (text !== null) return text;
    }
    return null;
  } finally {
    bitmap.close();
  }
}

/**
 * Join codes for a room (on the setup page and the printed handout): each with its label
 * above it, its link in words, and the workshop code to type on the title screen instead.
 */
export function joinCodes(targets: readonly { label: string; url: string; code: string }[]): HTMLElement {
  return h(
    'div',
    { class: 'join-grid' },
    targets.map((t) =>
      h(
        'figure',
        { class: 'join-qr' },
        h('figcaption', {}, h('strong', { class: 'join-label' }, t.label)),
        qrSvg(t.url, `Join QR code: ${t.label.toLowerCase()}`),
        h(
          'p',
          { class: 'join-typed' },
          'No camera, or the link won’t open? Go to ',
          h('span', { class: 'join-base' }, t.url.slice(0, t.url.indexOf('?'))),
          // The code ends the sentence: where it stands on a line of its own, no full stop is left behind it.
          ', choose “Join a workshop” and type: ',
          h('strong', { class: 'join-code' }, t.code),
        ),
        // Breaks only between its parameters, never in the middle of a code someone may copy by eye.
        h(
          'p',
          { class: 'join-link' },
          'The whole link: ',
          h(
            'span',
            { class: 'join-url' },
            t.url
              .split(/(?=[?&])/)
              .flatMap((part, i) => [...(i ? [h('wbr', {})] : []), h('span', { class: 'join-url-part' }, part)]),
          ),
        ),
      ),
    ),
  );
}

/** What the button says while the page is not full screen: what it is for, not only what it does. */
const ENTER_FULL_SCREEN = 'Full screen, for the projector';

/** A button that puts `target` (the join codes) full screen, as large as the projector allows; none where the browser cannot. */
export function fullScreenButton(target: () => HTMLElement): HTMLButtonElement | null {
  if (!document.fullscreenEnabled) return null;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'secondary fullscreen-toggle',
      onclick: () => (document.fullscreenElement ? void document.exitFullscreen() : void target().requestFullscreen()),
    },
    ENTER_FULL_SCREEN,
  );
  // Says what it will do now: a facilitator in full screen sees the way back out, not only Esc.
  const label = (): void => {
    if (!button.isConnected && !document.fullscreenElement) {
      document.removeEventListener('fullscreenchange', label);
      return;
    }
    button.textContent = document.fullscreenElement ? 'Leave full screen' : ENTER_FULL_SCREEN;
  };
  document.addEventListener('fullscreenchange', label);
  return button;
}
