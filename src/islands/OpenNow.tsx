/** "Open now / closed now / opens at": worked out on the person's device, in London time. */
import { useEffect, useState } from 'preact/hooks';
import { describeStatus, londonMoment, openStatus, type Hours } from '../lib/hours.ts';

export interface Props {
  hours: Hours;
  bankHolidays: string[];
}

export default function OpenNow({ hours, bankHolidays }: Props) {
  const [label, setLabel] = useState<{ label: string; tone: string } | null>(null);
  useEffect(() => {
    const update = () => {
      const now = new Date();
      setLabel(describeStatus(openStatus(hours, now, bankHolidays), londonMoment(now).weekday));
    };
    update();
    const timer = window.setInterval(update, 60_000);
    return () => window.clearInterval(timer);
  }, []);
  if (!label) return <span class="open-now open-now--pending" />;
  return (
    <span class={`open-now open-now--${label.tone}`} data-open-state={label.tone}>
      {label.label}
    </span>
  );
}
