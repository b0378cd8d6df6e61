/** Dates as precise as the editor knows them: "2018", "April 2017", "12 April 2017". */
import { datePrecision } from '../schema.ts';
import { MONTH_NAMES as MONTHS } from '../text/dates.ts';

export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  switch (datePrecision(date)) {
    case 'year':
      return year!;
    case 'month':
      return `${MONTHS[Number(month) - 1]} ${year}`;
    default:
      return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  }
}

/** A date the editor did not confirm is shown as approximate. */
export function displayDate(date: string | undefined, inferred: readonly string[]): string | undefined {
  if (!date) return undefined;
  return inferred.includes('date') ? `approx. ${formatPartialDate(date)}` : formatPartialDate(date);
}
