import type { Grain } from '../core/time-value.js';

/**
 * Date arithmetic on "wall-clock milliseconds": a number whose UTC fields (getUTCFullYear, getUTCHours, ...)
 * are the local calendar fields. Calendar rules (weeks start on Monday, months have 28–31 days) are about the
 * wall clock, so doing the arithmetic there and attaching the UTC offset only when formatting keeps
 * "tomorrow at 15:00" at 15:00 even across a daylight-saving change.
 */
export type Wall = number;

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

export const GRAIN_ORDER: Grain[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];

export function grainIndex(g: Grain): number {
  return GRAIN_ORDER.indexOf(g);
}

/** The next finer grain (Duckling reports "in 3 days" at hour precision, "in 2 weeks" at day precision). */
export function finerGrain(g: Grain): Grain {
  if (g === 'week' || g === 'month') return 'day';
  if (g === 'quarter') return 'month';
  if (g === 'year') return 'month';
  const i = grainIndex(g);
  return i <= 0 ? 'second' : GRAIN_ORDER[i - 1]!;
}

/**
 * Wall-clock milliseconds of a calendar date and time. Fields in their normal ranges are computed by integer
 * arithmetic (this runs for every member a series enumerates, so it must not allocate); anything else (day 0,
 * month 13, far-away years) goes through Date, whose overflow rules define the result.
 */
export function wall(y: number, mo: number, d = 1, h = 0, mi = 0, s = 0): Wall {
  if (
    Number.isInteger(y) && y > -200_000 && y < 200_000 &&
    Number.isInteger(mo) && mo >= 1 && mo <= 12 &&
    Number.isInteger(d) && d >= 1 && d <= monthLength(y, mo) &&
    Number.isInteger(h) && h >= 0 && h < 24 &&
    Number.isInteger(mi) && mi >= 0 && mi < 60 &&
    Number.isInteger(s) && s >= 0 && s < 60
  ) {
    return daysFromCivil(y, mo, d) * DAY + h * HOUR + mi * MINUTE + s * 1000;
  }
  return wallByDate(y, mo, d, h, mi, s);
}

function wallByDate(y: number, mo: number, d: number, h: number, mi: number, s: number): Wall {
  const t = Date.UTC(2000, mo - 1, d, h, mi, s);
  // Date.UTC maps years 0–99 to 1900–1999; set the year explicitly so "14 a.d." stays year 14.
  const date = new Date(t);
  date.setUTCFullYear(y + (date.getUTCFullYear() - 2000));
  return date.getTime();
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function monthLength(y: number, mo: number): number {
  return mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo - 1]!;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Calendar fields of a wall time; the inverse of `wall` (civil_from_days for the date part). */
export function fields(t: Wall): { y: number; mo: number; d: number; h: number; mi: number; s: number; dow: number } {
  if (!Number.isInteger(t) || Math.abs(t) > 8.64e15) return fieldsByDate(t);
  const days = Math.floor(t / DAY);
  const ms = t - days * DAY;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mo = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (mo <= 2 ? 1 : 0);
  const wd = (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return {
    y,
    mo,
    d,
    h: Math.floor(ms / HOUR),
    mi: Math.floor((ms % HOUR) / MINUTE),
    s: Math.floor((ms % MINUTE) / 1000),
    dow: wd === 0 ? 7 : wd,
  };
}

function fieldsByDate(t: Wall): { y: number; mo: number; d: number; h: number; mi: number; s: number; dow: number } {
  const d = new Date(t);
  const wd = d.getUTCDay();
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    dow: wd === 0 ? 7 : wd,
  };
}

export function daysInMonth(y: number, mo: number): number {
  if (Number.isInteger(y) && Number.isInteger(mo) && mo >= 1 && mo <= 12) return monthLength(y, mo);
  return new Date(wall(y, mo + 1, 1) - DAY).getUTCDate();
}

export function truncate(t: Wall, g: Grain): Wall {
  switch (g) {
    case 'second':
      return Math.floor(t / 1000) * 1000;
    case 'minute':
      return Math.floor(t / MINUTE) * MINUTE;
    case 'hour':
      return Math.floor(t / HOUR) * HOUR;
  }
  // days are 24 wall hours, so within the integer range of `wall` a day starts at a multiple of DAY
  if (g === 'day' && Number.isInteger(t) && Math.abs(t) < 6e15) return Math.floor(t / DAY) * DAY;
  const f = fields(t);
  switch (g) {
    case 'day':
      return wall(f.y, f.mo, f.d);
    case 'week':
      return wall(f.y, f.mo, f.d) - (f.dow - 1) * DAY;
    case 'month':
      return wall(f.y, f.mo, 1);
    case 'quarter':
      return wall(f.y, f.mo - ((f.mo - 1) % 3), 1);
    case 'year':
      return wall(f.y, 1, 1);
  }
}

/** Adds n grains; months clip to the last day ("31 January + 1 month" is 28/29 February). */
export function add(t: Wall, g: Grain, n: number): Wall {
  switch (g) {
    case 'second':
      return t + n * 1000;
    case 'minute':
      return t + n * MINUTE;
    case 'hour':
      return t + n * HOUR;
    case 'day':
      return addDays(t, n);
    case 'week':
      return addDays(t, 7 * n);
    case 'month':
    case 'quarter':
    case 'year': {
      const months = g === 'month' ? n : g === 'quarter' ? 3 * n : 12 * n;
      const f = fields(t);
      const total = f.y * 12 + (f.mo - 1) + months;
      const y = Math.floor(total / 12);
      const mo = total - y * 12 + 1;
      const d = Math.min(f.d, daysInMonth(y, mo));
      return wall(y, mo, d, f.h, f.mi, f.s) + (t % 1000 + 1000) % 1000;
    }
  }
}

/** Whole-day steps on the wall clock: days are always 24 wall hours. */
export function addDays(t: Wall, n: number): Wall {
  return t + n * DAY;
}

/** Adds a possibly fractional amount ("2,5 Stunden") by splitting off the fraction into the next finer unit. */
export function addAmount(t: Wall, g: Grain, n: number): Wall {
  if (Number.isInteger(n)) return add(t, g, n);
  const whole = Math.trunc(n);
  const frac = n - whole;
  const base = add(t, g, whole);
  const ms: Partial<Record<Grain, number>> = { second: 1000, minute: MINUTE, hour: HOUR, day: DAY, week: 7 * DAY };
  const unit = ms[g];
  if (unit !== undefined) return base + Math.round(frac * unit);
  const days = g === 'month' ? 30 : g === 'quarter' ? 91 : 365;
  return base + Math.round(frac * days * DAY);
}

// ---------------------------------------------------------------------------------------------------------
// Offsets: a fixed offset (from the reference time) or an IANA zone resolved through Intl.

export interface Zone {
  /** UTC offset in minutes for a wall-clock time in this zone. */
  offsetAt(t: Wall): number;
  /** Wall-clock time of a UTC instant. */
  toWall(utcMs: number): Wall;
}

export function fixedZone(offsetMinutes: number): Zone {
  return { offsetAt: () => offsetMinutes, toWall: (u) => u + offsetMinutes * MINUTE };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneOffsetOfInstant(tz: string, utcMs: number): number {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(tz, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(utcMs))) parts[p.type] = p.value;
  let y = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') y = 1 - y;
  const asWall = wall(y, Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asWall - Math.floor(utcMs / 1000) * 1000) / MINUTE);
}

/** Throws a clear error for an unknown zone name. */
export function ianaZone(tz: string): Zone {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    throw new Error(`unknown time zone "${tz}" (expected an IANA name such as Europe/Berlin)`);
  }
  return {
    offsetAt(t: Wall): number {
      // The offset of a wall time is the offset of the instant it names; two passes settle DST edges.
      let off = zoneOffsetOfInstant(tz, t);
      off = zoneOffsetOfInstant(tz, t - off * MINUTE);
      return off;
    },
    toWall: (u) => u + zoneOffsetOfInstant(tz, u) * MINUTE,
  };
}

const ISO_RE = /^(-?\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Parses an ISO 8601 reference time; returns its wall-clock time and offset (0 when none is given). */
export function parseIso(iso: string): { wall: Wall; offset: number; hasOffset: boolean } {
  const m = ISO_RE.exec(iso.trim());
  if (!m) throw new Error(`cannot read reference time "${iso}": expected ISO 8601 such as 2024-12-17T12:00:00+01:00`);
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  const t = wall(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)) + ms;
  if (Number.isNaN(t)) throw new Error(`cannot read reference time "${iso}": not a calendar date`);
  let offset = 0;
  const z = m[8];
  if (z && z.toUpperCase() !== 'Z') {
    const sign = z[0] === '-' ? -1 : 1;
    const digits = z.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  return { wall: t, offset, hasOffset: z !== undefined };
}

function pad(n: number, w = 2): string {
  return String(Math.abs(n)).padStart(w, '0');
}

export function formatOffset(min: number): string {
  const sign = min < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(min) / 60))}:${pad(Math.abs(min) % 60)}`;
}

/** "00" … "99": every span's value is formatted twice, and a padStart per field is the bulk of that. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : `${n}`));

/** The last offset formatted: a document's values almost always share one. */
let lastOffset = 0;
let lastOffsetText = formatOffset(0);

function offsetText(min: number): string {
  if (min !== lastOffset) {
    lastOffsetText = formatOffset(min);
    lastOffset = min;
  }
  return lastOffsetText;
}

function formatIsoPadded(f: ReturnType<typeof fields>, offset: number): string {
  const year = f.y < 0 ? `-${pad(f.y, 4)}` : pad(f.y, 4);
  return `${year}-${pad(f.mo)}-${pad(f.d)}T${pad(f.h)}:${pad(f.mi)}:${pad(f.s)}${formatOffset(offset)}`;
}

/** ISO 8601 with the zone's offset at that wall time, e.g. 2013-02-12T04:30:00-02:00. */
export function formatIso(t: Wall, zone: Zone): string {
  const f = fields(t);
  // far outside any calendar the fields may be NaN, which only the general path prints as before
  if (!Number.isInteger(t) || Math.abs(t) > 8.64e15) return formatIsoPadded(f, zone.offsetAt(t));
  const year = f.y >= 1000 && f.y <= 9999 ? `${f.y}` : f.y < 0 ? `-${pad(f.y, 4)}` : pad(f.y, 4);
  return `${year}-${TWO_DIGITS[f.mo]}-${TWO_DIGITS[f.d]}T${TWO_DIGITS[f.h]}:${TWO_DIGITS[f.mi]}:${TWO_DIGITS[f.s]}${offsetText(zone.offsetAt(t))}`;
}

export const MS = { MINUTE, HOUR, DAY };
