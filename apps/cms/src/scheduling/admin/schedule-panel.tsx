import { Flex, Typography } from '@strapi/design-system';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useForm } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { describeSchedule, scheduleChanged, type ScheduleValues } from './describe-schedule';

const SCHEDULED_TYPES = new Set(['api::article.article', 'api::issue.issue']);
const TONE_COLOR = { success: 'success600', danger: 'danger600', neutral: 'neutral600' } as const;

/** The clock the panel reads, ticking every 30 s so "in 3 hours" stays true while the form is open. */
function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

function ScheduleStatus({ saved }: { saved: ScheduleValues }) {
  const now = useNow();
  // The form's current values, so the panel answers as soon as a time is picked; the reports of the last run are the
  // saved ones.
  const values = useForm('SchedulePanel', (state) => state.values as ScheduleValues);
  const unsaved = scheduleChanged(values, saved);
  const lines = describeSchedule({ ...values, scheduleError: saved.scheduleError, scheduleDone: saved.scheduleDone }, now);
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      {lines.map((line) => (
        <Typography key={line.text} variant="omega" textColor={TONE_COLOR[line.tone]}>
          {line.text}
        </Typography>
      ))}
      {unsaved ? (
        <Typography variant="pi" textColor="neutral500">
          Save to apply this schedule.
        </Typography>
      ) : null}
    </Flex>
  );
}

/** The edit view's "Schedule" panel for articles and issues (Masthead's own scheduling; see src/scheduling). */
export const SchedulePanel: PanelComponent = ({ model, document, activeTab }: PanelComponentProps) => {
  if (!SCHEDULED_TYPES.has(model) || activeTab === 'published') return null;
  return { title: 'Schedule', content: <ScheduleStatus saved={(document ?? {}) as ScheduleValues} /> };
};
