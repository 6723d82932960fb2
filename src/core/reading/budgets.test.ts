import { describe, expect, it } from 'vitest';
import type { Settings } from '../model';
import { budgetMs, budgetsMinutes, DEFAULT_SETTINGS, normaliseSettings } from './budgets';

describe('budgets', () => {
  it("gives the method's budgets by profile", () => {
    const base: Settings = { ...DEFAULT_SETTINGS, budgetsMinutes: { 1: 7, 2: 45, 3: 120 } };
    expect(budgetsMinutes({ ...base, profile: 'beginner' })).toEqual({ 1: 10, 2: 60, 3: 300 });
    expect(budgetsMinutes({ ...base, profile: 'experienced' })).toEqual({ 1: 10, 2: 60, 3: 60 });
    expect(budgetsMinutes({ ...base, profile: 'custom' })).toEqual({ 1: 7, 2: 45, 3: 120 });
    expect(budgetMs({ ...base, profile: 'custom' }, 1)).toBe(7 * 60_000);
  });

  it('starts a new reader as a beginner without notifications', () => {
    expect(DEFAULT_SETTINGS.profile).toBe('beginner');
    expect(budgetMs(DEFAULT_SETTINGS, 3)).toBe(5 * 3_600_000);
    expect(DEFAULT_SETTINGS.notifyOnBudget).toBe(false);
  });

  it('repairs damaged settings instead of failing', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ profile: 'expert', budgetsMinutes: null })).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(
      normaliseSettings({
        profile: 'custom',
        budgetsMinutes: { 1: 5, 2: -3, 3: 'lots' },
        notifyOnBudget: true,
      }),
    ).toEqual({ profile: 'custom', budgetsMinutes: { 1: 5, 2: 60, 3: 300 }, notifyOnBudget: true });
  });
});
