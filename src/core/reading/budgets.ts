/** The method's time budget per pass, by the reader's profile, and the settings they start with. */
import type { BudgetProfile, Pass, Settings } from '../model';

/** Minutes per pass. Beginners get the method's upper bounds; pass 3 is where experience shows. */
const PROFILE_BUDGETS_MINUTES: Record<Exclude<BudgetProfile, 'custom'>, Record<Pass, number>> = {
  beginner: { 1: 10, 2: 60, 3: 300 },
  experienced: { 1: 10, 2: 60, 3: 60 },
};

export const DEFAULT_SETTINGS: Settings = {
  profile: 'beginner',
  budgetsMinutes: { ...PROFILE_BUDGETS_MINUTES.beginner },
  // A system notification needs the reader's permission first, so it starts off.
  notifyOnBudget: false,
};

/** The budgets in force: the profile's, or the reader's own when the profile is custom. */
export function budgetsMinutes(settings: Settings): Record<Pass, number> {
  return settings.profile === 'custom'
    ? settings.budgetsMinutes
    : PROFILE_BUDGETS_MINUTES[settings.profile];
}

export function budgetMs(settings: Settings, pass: Pass): number {
  return budgetsMinutes(settings)[pass] * 60_000;
}

/** Longest budget a reader may set for one pass: a day. */
export const MAX_BUDGET_MINUTES = 24 * 60;

/**
 * Settings as stored or imported, made whole: unknown profiles and missing or nonsensical budgets
 * fall back to the defaults, so a damaged record never breaks the timers.
 */
export function normaliseSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return structuredCloneSettings(DEFAULT_SETTINGS);
  const raw = value as Partial<Record<keyof Settings, unknown>>;
  const profile: BudgetProfile =
    raw.profile === 'beginner' || raw.profile === 'experienced' || raw.profile === 'custom'
      ? raw.profile
      : DEFAULT_SETTINGS.profile;
  const rawBudgets = (
    typeof raw.budgetsMinutes === 'object' && raw.budgetsMinutes !== null ? raw.budgetsMinutes : {}
  ) as Partial<Record<Pass, unknown>>;
  const fallback =
    profile === 'custom' ? DEFAULT_SETTINGS.budgetsMinutes : PROFILE_BUDGETS_MINUTES[profile];
  const minutes = (pass: Pass): number => {
    const v = rawBudgets[pass];
    return typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_BUDGET_MINUTES
      ? v
      : fallback[pass];
  };
  return {
    profile,
    budgetsMinutes: { 1: minutes(1), 2: minutes(2), 3: minutes(3) },
    notifyOnBudget: raw.notifyOnBudget === true,
  };
}

function structuredCloneSettings(settings: Settings): Settings {
  return { ...settings, budgetsMinutes: { ...settings.budgetsMinutes } };
}
