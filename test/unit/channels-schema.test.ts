import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHANNEL_ICONS, BUILT_IN_CHANNEL_IDS, channelsFileSchema } from '../../src/schema/channels.ts';

describe('the built-in channels', () => {
  it('are exactly those of docs/format.md#channels, each with an icon', () => {
    expect([...BUILT_IN_CHANNEL_IDS]).toEqual(['web', 'app', 'email', 'phone', 'chat', 'social', 'store', 'in-person', 'postal', 'sms', 'event', 'partner', 'product', 'word-of-mouth']);
    for (const id of BUILT_IN_CHANNEL_IDS) expect(BUILT_IN_CHANNEL_ICONS[id]).toBeTruthy();
  });
});

describe('the channels.yaml schema', () => {
  it('maps channel ids to a label and an optional icon', () => {
    const channels = { oficina: { label: 'Oficina', icon: '🏦' }, phone: { label: 'Centro de atención' } };
    expect(channelsFileSchema.parse(channels)).toEqual(channels);
  });

  it('needs a label', () => {
    expect(channelsFileSchema.safeParse({ oficina: { icon: '🏦' } }).success).toBe(false);
    expect(channelsFileSchema.safeParse({ oficina: { label: ' ' } }).success).toBe(false);
  });

  it('rejects unknown fields and ids outside [a-z0-9-]', () => {
    expect(channelsFileSchema.safeParse({ oficina: { label: 'Oficina', color: 'red' } }).success).toBe(false);
    expect(channelsFileSchema.safeParse({ 'Oficina central': { label: 'Oficina' } }).success).toBe(false);
  });
});
