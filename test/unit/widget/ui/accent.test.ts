import { describe, expect, it } from 'vitest';
import { textOn } from '../../../../widget/ui/accent';

describe('text on the accent colour', () => {
  it('is white on dark accents', () => {
    expect(textOn([0x1e, 0x3a, 0x8a])).toBe('#fff');
    expect(textOn([0, 0, 0])).toBe('#fff');
    expect(textOn([0xd0, 0x02, 0x1b])).toBe('#fff');
  });

  it('is black on light accents', () => {
    expect(textOn([0xff, 0xcc, 0x00])).toBe('#000');
    expect(textOn([255, 255, 255])).toBe('#000');
    expect(textOn([0x00, 0xc8, 0x53])).toBe('#000');
  });

  it('picks black for mid grey #777, where white reaches only 4.48:1', () => {
    expect(textOn([0x77, 0x77, 0x77])).toBe('#000');
  });
});
