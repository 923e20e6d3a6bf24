// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { Channel } from './channel.ts';

describe('the overlay–world channel', () => {
  it('delivers each message to the listeners of its kind only, until they stop', () => {
    const channel = new Channel();
    const reveal = vi.fn();
    const pick = vi.fn();
    const off = channel.on('reveal', reveal);
    channel.on('mapPick', pick);
    channel.send('reveal', 3);
    channel.send('mapPick', 'ward');
    expect(reveal).toHaveBeenCalledExactlyOnceWith(3);
    expect(pick).toHaveBeenCalledExactlyOnceWith('ward');
    off();
    channel.send('reveal', 4);
    expect(reveal).toHaveBeenCalledTimes(1);
  });

  it('lets a listener stop itself while a message is being delivered', () => {
    const channel = new Channel();
    const second = vi.fn();
    const off = channel.on('reveal', () => off());
    channel.on('reveal', second);
    channel.send('reveal', 1);
    channel.send('reveal', 2);
    expect(second).toHaveBeenCalledTimes(2);
  });
});
