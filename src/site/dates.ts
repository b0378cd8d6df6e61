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

/**
 * A chapter's date as the source printed it, or as the editor gave it. One that ingest read and the editor has not
 * confirmed is as exact as the source: the source box says it was not confirmed (it was once shown as "approx.",
 * which told the reader a printed "14 January 2025" was uncertain).
 */
export function displayDate(date: string | undefined): string | undefined {
  return date ? formatPartialDate(date) : undefined;
}
