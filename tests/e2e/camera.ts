/**
 * A fake camera for the browser tests: a Y4M video (the raw format Chromium's
 * `--use-file-for-fake-video-capture` plays, looping) showing QR codes one
 * after another, as a player shows the parts of their result to the
 * facilitator's webcam.
 */
import { writeFileSync } from 'node:fs';
import { encode } from 'uqr';

/** Write a video of `texts` as QR codes, each held for `framesEach` frames, on a white square of `size` pixels. */
export function qrVideo(texts: readonly string[], path: string, size = 480, framesEach = 15): void {
  const chunks: Buffer[] = [Buffer.from(`YUV4MPEG2 W${size} H${size} F10:1 Ip A1:1 C420jpeg\n`)];
  for (const text of texts) {
    const { data, size: n } = encode(text, { ecc: 'M', border: 4 });
    const scale = Math.floor(size / n);
    const offset = Math.floor((size - n * scale) / 2);
    // Luma only: black modules (16) on white (235); the two chroma planes stay neutral (128).
    const luma = Buffer.alloc(size * size, 235);
    data.forEach((row, r) =>
      row.forEach((on, c) => {
        if (!on) return;
        for (let dy = 0; dy < scale; dy++) {
          const start = (offset + r * scale + dy) * size + offset + c * scale;
          luma.fill(16, start, start + scale);
        }
      }),
    );
    const chroma = Buffer.alloc((size / 2) * (size / 2) * 2, 128);
    for (let f = 0; f < framesEach; f++) chunks.push(Buffer.from('FRAME\n'), luma, chroma);
  }
  writeFileSync(path, Buffer.concat(chunks));
}
