import { describe, expect, it } from 'vitest';
import { gpcActive } from '../../../../widget/signals/gpc';
import { config } from './fixtures';

const nav = (globalPrivacyControl?: unknown) => ({ globalPrivacyControl }) as unknown as Navigator;

describe('Global Privacy Control', () => {
  it('is active when the store honours it and the browser sends it', () => {
    expect(gpcActive(config({ gpc: 'honor' }), nav(true))).toBe(true);
  });

  it('is inactive when the browser does not send it', () => {
    expect(gpcActive(config({ gpc: 'honor' }), nav(undefined))).toBe(false);
    expect(gpcActive(config({ gpc: 'honor' }), nav(false))).toBe(false);
  });

  it('counts only a real true, not a truthy lookalike', () => {
    expect(gpcActive(config({ gpc: 'honor' }), nav('true'))).toBe(false);
    expect(gpcActive(config({ gpc: 'honor' }), nav(1))).toBe(false);
  });

  it('is inactive when the store ignores it', () => {
    expect(gpcActive(config({ gpc: 'ignore' }), nav(true))).toBe(false);
  });
});
