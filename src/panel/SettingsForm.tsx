/** The reader's budgets (a profile or their own minutes) and whether a reached budget also notifies. */
import { useState } from 'preact/hooks';
import { PASSES, type BudgetProfile, type Pass, type Settings } from '../core/model';
import { budgetsMinutes, MAX_BUDGET_MINUTES } from '../core/reading/budgets';
import { formatBudget } from '../ui/TimerDisplay';

interface Props {
  settings: Settings;
  onSave: (settings: Settings) => void;
  /** Asks the browser for notifications; must run inside the reader's click. */
  requestNotifications: () => Promise<boolean>;
  error?: string;
}

const PROFILES: { value: BudgetProfile; label: string }[] = [
  { value: 'beginner', label: 'New to this field' },
  { value: 'experienced', label: 'Experienced' },
  { value: 'custom', label: 'My own budgets' },
];

export function SettingsForm({ settings, onSave, requestNotifications, error }: Props) {
  const [message, setMessage] = useState<string | undefined>(undefined);
  const budgets = budgetsMinutes(settings);

  const chooseProfile = (profile: BudgetProfile) =>
    // Custom starts from the budgets in force, so nothing jumps.
    onSave({
      ...settings,
      profile,
      budgetsMinutes: profile === 'custom' ? { ...budgets } : settings.budgetsMinutes,
    });

  const setMinutes = (pass: Pass, raw: string) => {
    const minutes = Number(raw);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_BUDGET_MINUTES) {
      setMessage(`A budget is a whole number of minutes from 1 to ${MAX_BUDGET_MINUTES}.`);
      return;
    }
    setMessage(undefined);
    onSave({ ...settings, budgetsMinutes: { ...settings.budgetsMinutes, [pass]: minutes } });
  };

  const setNotify = (wanted: boolean) => {
    if (!wanted) {
      onSave({ ...settings, notifyOnBudget: false });
      return;
    }
    // The request must start inside the click: no await before it.
    void requestNotifications().then(
      (granted) => {
        if (granted) {
          setMessage(undefined);
          onSave({ ...settings, notifyOnBudget: true });
        } else {
          setMessage('The browser did not allow notifications; the panel still shows a note.');
        }
      },
      () => setMessage('Notifications could not be turned on here.'),
    );
  };

  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Time budgets</legend>
        {PROFILES.map((profile) => (
          <label key={profile.value} class="radio">
            <input
              type="radio"
              name="budget-profile"
              value={profile.value}
              checked={settings.profile === profile.value}
              onChange={() => chooseProfile(profile.value)}
            />
            {profile.label}
          </label>
        ))}
        {settings.profile === 'custom' ? (
          <div class="budget-inputs">
            {PASSES.map((pass) => (
              <label key={pass} class="budget-input">
                Pass {pass}
                <input
                  type="number"
                  min={1}
                  max={MAX_BUDGET_MINUTES}
                  step={1}
                  value={settings.budgetsMinutes[pass]}
                  onChange={(event) => setMinutes(pass, event.currentTarget.value)}
                />
                min
              </label>
            ))}
          </div>
        ) : (
          <p class="muted">
            {PASSES.map((pass) => `Pass ${pass}: ${formatBudget(budgets[pass] * 60_000)}`).join(
              ' · ',
            )}
          </p>
        )}
      </fieldset>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={settings.notifyOnBudget}
          onChange={(event) => setNotify(event.currentTarget.checked)}
        />
        Also send a system notification when a budget is reached
      </label>
      {(message ?? error) && (
        <p class="error" role="alert">
          {message ?? `Settings could not be saved: ${error}`}
        </p>
      )}
    </form>
  );
}
