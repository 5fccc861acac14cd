/**
 * How dates are written in content: `2026-01-06`, or `2026-01-06T18:30:00+01:00` where the time
 * is known. Dependency-free, so that the web editing desk's file writer can use it too.
 */
export const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * What a YAML reader may take for a timestamp and convert to UTC, dropping the offset: a date,
 * a `T` or space, and a time. Written unquoted, such a value is refused.
 */
export const LOOKS_LIKE_DATE_TIME = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}/;
