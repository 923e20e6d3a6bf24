/**
 * Which Phaser renderer to use, chosen by measurement (issue 11): on a PC with
 * no graphics card, WebGL runs in software (SwiftShader, llvmpipe) and every
 * frame the canvas draws is read back to the CPU on the page's main thread,
 * which in the bench cost hundreds of milliseconds per line of dialogue.
 * Phaser's Canvas renderer draws the same world at frame rate there. A real
 * GPU keeps WebGL.
 */
import * as Phaser from 'phaser';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen/i;

/** WebGL only where the browser has real graphics hardware behind it. */
export function chooseRenderer(doc: Document = document): number {
  try {
    const canvas = doc.createElement('canvas');
    // A software context counts as a "major performance caveat": the browser refuses it here.
    const gl = canvas.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!gl) return Phaser.CANVAS;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
  } catch {
    return Phaser.CANVAS;
  }
}
