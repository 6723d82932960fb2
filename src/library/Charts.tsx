/**
 * Reading over time: minutes per week by pass, papers started and finished, time against budget,
 * and what the reading queue will take.
 */
import type { LibraryData } from '../core/export/backup';
import { BarChart } from './BarChart';
import type { Paper, TimerState } from '../core/model';
import { estimateText } from './ReadingQueue';
import {
  minutesPerWeek,
  queueEstimate,
  recentWeeks,
  startedAndFinished,
  timeAgainstBudget,
  weekLabel,
} from './reading-charts';

interface Props {
  data: LibraryData;
  now: number;
  /** The reading queue in order, for its estimate. */
  queue: readonly Paper[];
  timersByPaper: ReadonlyMap<string, readonly TimerState[]>;
}

/** Weeks the charts cover. */
const WEEKS = 12;

export function Charts({ data, now, queue, timersByPaper }: Props) {
  const weeks = recentWeeks(now, WEEKS);
  const shortWeek = (week: string) => weekLabel(week, now);
  const minutes = minutesPerWeek(data.sessions, weeks);
  const progress = startedAndFinished(data.papers, weeks);
  const budget = timeAgainstBudget(data.timers, data.settings, now);
  return (
    <section class="charts" aria-label="Reading over time">
      <BarChart
        id="chart-minutes"
        title={`Minutes read per week, by pass (last ${WEEKS} weeks)`}
        categories={weeks.map(shortWeek)}
        categoryLabel="Week of"
        unit="min"
        series={[1, 2, 3].map((pass) => ({
          name: `Pass ${pass}`,
          className: `chart-series-${pass}`,
          values: minutes.map((m) => m.minutes[pass as 1 | 2 | 3]),
        }))}
      />
      <BarChart
        id="chart-progress"
        title="Papers started and finished per week"
        categories={weeks.map(shortWeek)}
        categoryLabel="Week of"
        // Side by side: started and finished are different papers, never a total.
        layout="grouped"
        unit="papers"
        series={[
          { name: 'Started', className: 'chart-series-1', values: progress.map((p) => p.started) },
          {
            name: 'Finished',
            className: 'chart-series-3',
            values: progress.map((p) => p.finished),
          },
        ]}
      />
      {/* As a share of each budget, so pass 1's ten minutes show beside pass 3's hours. */}
      <BarChart
        id="chart-budget"
        title="Median time per paper in each pass, as a share of its budget"
        categories={budget.map((b) => `Pass ${b.pass}`)}
        categoryLabel="Pass"
        unit="% of budget"
        reference={{ value: 100, label: 'budget' }}
        series={[
          {
            name: 'Median time',
            className: 'chart-series-2',
            values: budget.map((b) =>
              b.budgetMinutes > 0 ? Math.round((b.medianMinutes / b.budgetMinutes) * 100) : 0,
            ),
          },
        ]}
      />
      <ul class="budget-summary">
        {budget.map((b) => (
          <li key={b.pass}>
            Pass {b.pass}: median {b.medianMinutes} of {b.budgetMinutes} minutes; {b.overBudget} of{' '}
            {b.papers} papers over budget.
          </li>
        ))}
      </ul>
      <h2 class="chart-title">The reading queue</h2>
      <p>{estimateText(queueEstimate(queue, timersByPaper, data.settings, now))}</p>
    </section>
  );
}
