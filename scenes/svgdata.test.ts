// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { asciiSvg, loadableUrl, svgDataUrl } from './svgdata.ts';

describe('svg data URLs', () => {
  it('writes non-ASCII as character references', () => {
    expect(asciiSvg('<title>Caf\u00e9 \u201cA\u201d \u{1F600}</title>')).toBe(
      '<title>Caf&#233; &#8220;A&#8221; &#128512;</title>',
    );
  });

  it('re-encodes plain SVG data URLs as base64 and leaves others alone', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>Caf\u00e9</title></svg>';
    const plain = `data:image/svg+xml,${encodeURIComponent(svg)}`;
    const out = loadableUrl(plain);
    expect(out).toBe(svgDataUrl(svg));
    expect(atob(out.split(',')[1]!)).toBe(asciiSvg(svg));
    expect(loadableUrl('/assets/ward-abc.svg')).toBe('/assets/ward-abc.svg');
    expect(loadableUrl(out)).toBe(out);
  });
});
