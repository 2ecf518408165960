// The dashboard's API, as this page uses it. The session cookie carries the page's grant (the
// server exchanged the link's key for it and took the key out of the address bar); POSTs send
// the CSRF token that GET /api/session hands out. A server without sessions (older builds) still
// takes the link's key in a header: the page then keeps it in memory and sends it along.

const KEY_HEADER = "X-Certex-Key";

const session = { csrf: null, key: null };

/** An answer that was not 2xx: its status and the problem's sentence, as the server wrote it. */
export class ApiError extends Error {
  constructor(status, message, problem) {
    super(message);
    this.status = status;
    this.problem = problem || {};
  }
}

/**
 * Asks the server what this browser's session opens: {grants:[{runId, role, cert}], csrf}. Null
 * when the server has no sessions (404): then the link's key, if any, is used as it is.
 */
export async function openSession(linkKey) {
  const response = await fetch("/api/session", { headers: { Accept: "application/json" }, cache: "no-store", credentials: "same-origin" });
  if (response.status === 404) {
    session.key = linkKey || null;
    return null;
  }
  if (response.status === 401 || response.status === 403) return { grants: [], csrf: null }; // no session
  if (!response.ok) throw await failure(response, "/api/session");
  const answer = await response.json();
  session.csrf = answer.csrf || null;
  return answer;
}

export const usesKey = () => session.key !== null;

function headers(extra = {}) {
  const out = { Accept: "application/json", ...extra };
  if (session.key) out[KEY_HEADER] = session.key;
  return out;
}

async function failure(response, path) {
  const problem = await response.json().catch(() => ({}));
  const sentence = problem.detail || problem.title || `${path} answered ${response.status}`;
  return new ApiError(response.status, sentence, problem);
}

/**
 * The moment a replaying dashboard is asked for (null: now): added to every read of a run's
 * state, which the server then folds up to that moment.
 */
let momentAt = null;

export function setMoment(at) {
  momentAt = at;
}

export const moment = () => momentAt;

function atMoment(path) {
  if (!momentAt || !path.startsWith("/api/runs/") || /[?&]at=/.test(path)) return path;
  return `${path}${path.includes("?") ? "&" : "?"}at=${encodeURIComponent(momentAt)}`;
}

export async function get(path) {
  path = atMoment(path);
  const response = await fetch(path, { headers: headers(), cache: "no-store", credentials: "same-origin" });
  if (!response.ok) throw await failure(response, path);
  return response.json();
}

/** GET that answers null for an endpoint this server does not have (404/405/501). */
export async function getIfServed(path) {
  try {
    return await get(path);
  } catch (error) {
    if (error instanceof ApiError && [404, 405, 501].includes(error.status)) return null;
    throw error;
  }
}

export async function post(path, body) {
  const extra = { "Content-Type": "application/json" };
  if (session.csrf && !session.key) extra[session.csrf.header] = session.csrf.token;
  const response = await fetch(path, {
    method: "POST",
    headers: headers(extra),
    body: JSON.stringify(body),
    cache: "no-store",
    credentials: "same-origin",
  });
  if (!response.ok) throw await failure(response, path);
  return response.status === 204 ? {} : response.json().catch(() => ({}));
}

/** An EventSource address: same origin, the cookie goes along; the key only for older servers. */
export function streamUrl(path) {
  return session.key ? `${path}?key=${encodeURIComponent(session.key)}` : path;
}

const enc = encodeURIComponent;
export const runPath = (runId) => `/api/runs/${enc(runId)}`;
export const certPath = (runId, org) => `${runPath(runId)}/certs/${enc(org)}`;
