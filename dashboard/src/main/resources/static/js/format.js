// Formatting of the server's values for the page. Times are scenario time, shown in UTC.

export function toMillis(value) {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return value < 1e11 ? value * 1000 : value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** 2026-11-23 09:00:00 */
export function time(value, seconds = true) {
  const ms = toMillis(value);
  if (ms === null) return "–";
  const iso = new Date(ms).toISOString();
  return iso.slice(0, seconds ? 19 : 16).replace("T", " ");
}

/** 09:00:00 (the date is in the title of the element) */
export function clockTime(ms) {
  return ms === null ? "–" : new Date(ms).toISOString().slice(11, 19);
}

export function isoOrEmpty(value) {
  const ms = toMillis(value);
  return ms === null ? "" : new Date(ms).toISOString();
}

/** Milliseconds as "1h 05m", "3m 20s", "12s"; negative with a minus sign. */
export function span(ms) {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return "–";
  const sign = ms < 0 ? "−" : "";
  let s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const hrs = Math.floor(s / 3600);
  s -= hrs * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const pad = (n) => String(n).padStart(2, "0");
  if (d > 0) return `${sign}${d}d ${pad(hrs)}h`;
  if (hrs > 0) return m ? `${sign}${hrs}h ${pad(m)}m` : `${sign}${hrs}h`;
  if (m > 0) return s ? `${sign}${m}m ${pad(s)}s` : `${sign}${m}m`;
  return `${sign}${s}s`;
}

/** An ISO-8601 duration (PT1H30M, P1D) in milliseconds, or null. */
export function isoDuration(value) {
  if (!value) return null;
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(String(value));
  if (!m) return null;
  return (((+m[1] || 0) * 24 + (+m[2] || 0)) * 60 + (+m[3] || 0)) * 60000 + (+m[4] || 0) * 1000;
}

/** "PT1H30M" as "1h 30m"; anything else as it is. */
export function duration(value) {
  const ms = isoDuration(value);
  return ms === null ? value || "–" : span(ms);
}

/** TLP:AMBER+STRICT -> amber-strict, for data-tlp and CSS. */
export function tlpKey(label) {
  return String(label || "").replace(/^TLP:/, "").replace("+", "-").replace("_", "-").toLowerCase();
}

/** Background noise alerts carry the generator's ids: noise-..., noise2-... */
export function isNoise(alertId) {
  return /^noise\d*-/.test(String(alertId || ""));
}

export const words = (code) => String(code || "").replaceAll("_", " ").toLowerCase();
