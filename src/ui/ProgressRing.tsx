/** A ring that fills with progress towards a goal; past the goal it shows full, in the "reached" colour. */
interface Props {
  /** Progress as a fraction of the goal; 1 means reached. */
  fraction: number;
  /** What the ring shows, for screen readers, e.g. "7 of 10 minutes". */
  label: string;
  /** Diameter in CSS pixels. */
  size?: number;
}

const STROKE = 4;

export function ProgressRing({ fraction, label, size = 40 }: Props) {
  const shown = Number.isFinite(fraction) ? Math.min(Math.max(fraction, 0), 1) : 0;
  const radius = (size - STROKE) / 2;
  const circumference = 2 * Math.PI * radius;
  const reached = fraction >= 1;
  return (
    <svg
      class={reached ? 'progress-ring reached' : 'progress-ring'}
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
    >
      <circle
        class="progress-ring-track"
        cx={size / 2}
        cy={size / 2}
        r={radius}
        stroke-width={STROKE}
      />
      {shown > 0 && (
        <circle
          class="progress-ring-fill"
          cx={size / 2}
          cy={size / 2}
          r={radius}
          stroke-width={STROKE}
          stroke-dasharray={`${circumference} ${circumference}`}
          stroke-dashoffset={circumference * (1 - shown)}
          transform={`rotate(-90 ${size / 2} ${size / 2})`}
        />
      )}
    </svg>
  );
}
