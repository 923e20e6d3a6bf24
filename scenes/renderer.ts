/**
 * Which Phaser renderer to use, chosen by measurement (issue 11): on a PC with
 * no graphics card, WebGL runs in software (SwiftShader, llvmpipe) and every
 * frame the canvas draws is read back to the CPU on the page's main thread,
 * which in the bench cost hundreds of milliseconds per line of dialogue.
 * Phaser's Canvas renderer draws the same world there, and the world changes
 * without animating (one redraw per change instead of a frame every 16 ms for
 * each tween), so a line is never queued behind a portrait's fade. A real GPU
 * keeps WebGL and the animations.
 */
import * as Phaser from 'phaser';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen/i;

export interface Graphics {
  /** Phaser.WEBGL or Phaser.CANVAS. */
  renderer: number;
  /** No graphics hardware behind the page: draw only what changes, without animating. */
  software: boolean;
}

/** WebGL only where the browser has real graphics hardware behind it. */
export function chooseRenderer(doc: Document = document): Graphics {
  const software = { renderer: Phaser.CANVAS, software: true };
  try {
    const canvas = doc.createElement('canvas');
    // A software context counts as a "major performance caveat": the browser refuses it here.
    const gl = canvas.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!gl) return software;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE.test(name) ? software : { renderer: Phaser.WEBGL, software: false };
  } catch {
    return software;
  }
}
