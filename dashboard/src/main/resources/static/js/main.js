// certex: the page where people play the exercise. It asks the server what this browser's
// session opens (a role in one run), mounts the views of that role, opens the one live stream
// and folds the server's snapshots and events into the store the views render from.
//
//   control    clock, exercise control, MSEL, scores, picture, engine log, dead letters, any console
//   evaluator  the same, read-only: no write control is rendered (and the server answers 403)
//   cert       the team's own console: inbox, alert detail, actions, NIS2 clocks, incidents
//
// A dashboard started by `certex replay` shows one moment of a recorded run at a time, chosen on
// a timeline (views/replay.js), instead of opening the live stream; nothing that writes is shown.

import * as api from "./api.js";
import * as store from "./store.js";
import { byId } from "./dom.js";
import { applyEvent, EVENT_NAMES, loadObserver, loadTeam, clearTeam } from "./changes.js";
import { connectStream } from "./stream.js";
import { mountRun } from "./views/run.js";
import { mountClock } from "./views/clock.js";
import { mountControl, mountControlLog } from "./views/control.js";
import { mountMsel } from "./views/msel.js";
import { mountDeadLetters } from "./views/deadletters.js";
import { mountScores } from "./views/evaluator.js";
import { mountPicture } from "./views/picture.js";
import { mountConsole } from "./views/trainee.js";
import { fillRsitList } from "./rsit.js";
import { mountReplay, replayed } from "./views/replay.js";

const params = new URLSearchParams(window.location.search);
const runId = params.get("run");
const TALLY_DEBOUNCE_MS = 750;
const RETRY_MS = 5000;

let stream = null;

function showAccessNeeded() {
  stream?.close();
  for (const id of ["control-panel", "msel-panel", "scores-panel", "picture-panel", "engine-log-panel", "dead-letters-panel", "console-panel", "run-summary", "empty"]) {
    const node = byId(id);
    if (node) node.hidden = true;
  }
  byId("access-needed").hidden = false;
  store.set("connection", { state: "idle", text: "No access" });
}

/** The grant this address asks for: a team's link names its CERT, an evaluator's its role. */
function pickGrant(grants) {
  const mine = (grants || []).filter((g) => g.runId === runId);
  const cert = params.get("cert");
  const role = params.get("role");
  return (
    (cert && mine.find((g) => g.role === "cert" && g.cert === cert)) ||
    (role === "evaluator" && mine.find((g) => g.role === "evaluator")) ||
    mine.find((g) => g.role === "control") ||
    mine.find((g) => g.role === "evaluator") ||
    (!cert && mine.find((g) => g.role === "cert")) ||
    null
  );
}

/** Servers without sessions: the link's key, and what its /access endpoint says it opens. */
async function keyGrant() {
  const cert = params.get("cert");
  const access = await api.get(cert ? `${api.certPath(runId, cert)}/access` : `${api.runPath(runId)}/access`);
  const role = access.control ? "control" : access.evaluator ? "evaluator" : "cert";
  return { runId, role, cert: role === "cert" ? cert : null };
}

async function findGrant() {
  const answer = await api.openSession(params.get("key"));
  if (answer) return pickGrant(answer.grants);
  if (!params.get("key")) return null;
  try {
    return await keyGrant();
  } catch (error) {
    if (error.status === 403 || error.status === 401) return null;
    throw error;
  }
}

async function optional(path) {
  try {
    return await api.getIfServed(path);
  } catch (error) {
    console.warn(path, error.message);
    return null;
  }
}

async function loadTeamConsole(team) {
  const base = api.certPath(runId, team);
  const [deliveries, outcomes, actions, clocks, incidents, attribution, expectations, permissionRequests, messages] = await Promise.all([
    api.get(`${base}/deliveries`),
    api.get(`${base}/outcomes`),
    optional(`${base}/actions`),
    optional(`${base}/clocks`),
    optional(`${base}/incidents`),
    optional(`${base}/attribution`),
    optional(`${base}/expectations`),
    optional(`${base}/permission-requests`),
    optional(`${base}/messages`),
  ]);
  if (store.get("team") !== team) return; // another team was opened meanwhile
  loadTeam({ deliveries, outcomes, actions, clocks, incidents, attribution, expectations, permissionRequests, messages });
}

async function loadObserverParts() {
  const base = api.runPath(runId);
  const [board, clock, msel, controlLog, deadLetters, clocks, incidents, attribution, actions] = await Promise.all([
    api.get(`${base}/board`),
    optional(`${base}/clock`),
    optional(`${base}/msel`),
    optional(`${base}/control-log`),
    optional(`${base}/dead-letters`),
    optional(`${base}/clocks`),
    optional(`${base}/incidents`),
    optional(`${base}/attribution`),
    optional(`${base}/actions`),
  ]);
  loadObserver({ board, clock, msel, controlLog, deadLetters, clocks, incidents, attribution, actions });
}

/** The snapshot of everything this page shows; false when the server could not give it. */
async function load() {
  const session = store.get("session");
  try {
    if (session.observer) await loadObserverParts();
    else {
      const [run, clock] = await Promise.all([api.get(api.runPath(runId)), optional(`${api.runPath(runId)}/clock`)]);
      loadObserver({ board: run, clock });
    }
    const team = store.get("team");
    if (team) await loadTeamConsole(team);
    if (session.observer) refreshTallies();
    byId("empty").hidden = true;
    return true;
  } catch (error) {
    if (error.status === 404) byId("empty").hidden = false; // not recorded yet: the stream retries
    if (error.status === 403) showAccessNeeded();
    return false;
  }
}

// ---- scores and picture: refetched on tally events, debounced ------------------------------

let tallyTimer = null;

async function refreshTallies() {
  const base = api.runPath(runId);
  const query = store.get("pictureQuery") || {};
  const search = new URLSearchParams();
  if (query.country) search.set("country", query.country);
  if (query.q) search.set("q", query.q);
  search.set("limit", String(query.limit || 50));
  const [scores, picture] = await Promise.all([optional(`${base}/scores`), optional(`${base}/picture?${search}`)]);
  if (scores) store.set("scores", scores);
  if (picture) store.set("picture", picture);
}

function tallied() {
  clearTimeout(tallyTimer);
  tallyTimer = setTimeout(refreshTallies, TALLY_DEBOUNCE_MS);
}

// ---- the stream ----------------------------------------------------------------------------

function streamPath() {
  const session = store.get("session");
  return session.observer ? `${api.runPath(runId)}/stream` : `${api.certPath(runId, session.cert)}/stream`;
}

function openStream() {
  stream = connectStream({
    url: () => api.streamUrl(streamPath()),
    names: [...EVENT_NAMES, "tally"],
    onEvent: (name, data) => (name === "tally" ? tallied() : applyEvent(name, data)),
    load,
    onState: (state, text) => store.set("connection", { state, text }),
    beforeReopen: async () => {
      const grant = await findGrant().catch(() => store.get("session"));
      if (!grant) showAccessNeeded();
      return Boolean(grant);
    },
  });
}

/** Exercise control and evaluators open any team's console on their own page. */
function openTeam(team) {
  if (!team || team === store.get("team")) return;
  store.set("team", team);
  clearTeam();
  const url = new URL(window.location.href);
  url.searchParams.set("team", team);
  window.history.replaceState(null, "", url);
  if (stream) stream.reload();
  else if (replaying()) load();
}

const replaying = () => Boolean(store.get("session")?.replay);

function mount(session) {
  fillRsitList(byId("rsit-types"));
  mountRun();
  mountClock();
  if (session.control && !session.replay) mountControl(runId);
  else byId("control-panel").remove(); // nothing that writes is rendered for anyone else
  if (session.observer) {
    mountMsel();
    mountControlLog();
    mountDeadLetters();
    mountScores();
    mountPicture(() => refreshTallies());
  }
  mountConsole(runId, { openTeam });
}

async function boot() {
  if (!runId) {
    showAccessNeeded();
    return;
  }
  let grant;
  try {
    grant = await findGrant();
  } catch {
    store.set("connection", { state: "down", text: "Dashboard unreachable · retrying" });
    setTimeout(boot, RETRY_MS);
    return;
  }
  if (!grant) {
    showAccessNeeded();
    return;
  }
  const observer = grant.role === "control" || grant.role === "evaluator";
  const replay = await replayed();
  const session = { runId, role: grant.role, cert: grant.cert || null, observer, control: grant.role === "control", replay: Boolean(replay) };
  store.set("session", session);
  document.body.dataset.role = session.role;
  store.set("team", observer ? params.get("team") || params.get("cert") || null : session.cert);
  mount(session);
  if (replay) mountReplay(replay, { load, observer });
  else openStream();
}

boot();
