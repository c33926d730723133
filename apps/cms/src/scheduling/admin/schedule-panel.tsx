import { Checkbox, DateTimePicker, Field, Flex, Typography } from '@strapi/design-system';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useForm } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { SCHEDULE_FIELD_HINTS } from '../field-hints';
import { describeSchedule, scheduleChanged, type ScheduleValues } from './describe-schedule';
import { pickedTime } from './picked-time';

const TONE_COLOR = { success: 'success600', danger: 'danger600', neutral: 'neutral600' } as const;
/** The Content Manager's own date-time fields stop at the end of 2099 too. */
const LATEST = new Date(2099, 11, 31);

type TimeField = 'publishAt' | 'unpublishAt' | 'releaseAt';
const FIELDS_OF: Record<string, { times: TimeField[]; releaseWithIssue: boolean }> = {
  'api::article.article': { times: ['publishAt', 'unpublishAt'], releaseWithIssue: true },
  'api::issue.issue': { times: ['releaseAt'], releaseWithIssue: false },
};
const HINTS: Record<TimeField | 'releaseWithIssue', { label: string; description: string }> = {
  ...SCHEDULE_FIELD_HINTS.article,
  ...SCHEDULE_FIELD_HINTS.issue,
};

/** The clock the panel reads, ticking every 30 s so "in 3 hours" stays true while the form is open. */
function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** A date and a time, in the editor's own zone; a date picked alone takes the morning edition's hour. */
function ScheduleTime({
  field,
  value,
  onChange,
}: {
  field: TimeField;
  value: string | null | undefined;
  onChange(value: string | null): void;
}) {
  return (
    <Field.Root name={field} hint={HINTS[field].description}>
      <Field.Label>{HINTS[field].label}</Field.Label>
      <DateTimePicker
        value={value ? new Date(value) : undefined}
        onChange={(picked: Date | undefined) => onChange(pickedTime(picked, value))}
        onClear={() => onChange(null)}
        clearLabel="Clear"
        maxDate={LATEST}
      />
      <Field.Hint />
    </Field.Root>
  );
}

function ScheduleForm({ model, saved }: { model: string; saved: ScheduleValues }) {
  const now = useNow();
  const { times, releaseWithIssue } = FIELDS_OF[model];
  // The form's current values, so the panel answers as soon as a time is picked; the reports of the last run are the
  // saved ones. The fields live only here: the form itself does not show them.
  const values = useForm('SchedulePanel', (state) => state.values as ScheduleValues);
  const onChange = useForm('SchedulePanel', (state) => state.onChange);
  const unsaved = scheduleChanged(values, saved);
  const lines = describeSchedule(
    { ...values, scheduleError: saved.scheduleError, scheduleDone: saved.scheduleDone },
    now,
    undefined,
    saved,
  );
  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      {releaseWithIssue ? (
        <Field.Root name="releaseWithIssue" hint={HINTS.releaseWithIssue.description}>
          <Checkbox
            checked={Boolean(values.releaseWithIssue)}
            onCheckedChange={(checked: boolean | 'indeterminate') => onChange('releaseWithIssue', checked === true)}
          >
            {HINTS.releaseWithIssue.label}
          </Checkbox>
          <Field.Hint />
        </Field.Root>
      ) : null}
      {times.map((field) => (
        <ScheduleTime key={field} field={field} value={values[field]} onChange={(value) => onChange(field, value)} />
      ))}
      <Flex direction="column" alignItems="stretch" gap={2}>
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
    </Flex>
  );
}

/**
 * The edit view's "Schedule" panel for articles and issues (Masthead's own scheduling; see src/scheduling): where a
 * schedule is set and read, in the editor's time zone by name.
 */
export const SchedulePanel: PanelComponent = ({ model, document, activeTab }: PanelComponentProps) => {
  if (!(model in FIELDS_OF) || activeTab === 'published') return null;
  return { title: 'Schedule', content: <ScheduleForm model={model} saved={(document ?? {}) as ScheduleValues} /> };
};
