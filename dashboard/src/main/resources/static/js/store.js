// The page's one client-side store: what the server's views said, folded from snapshots and the
// live stream (changes.js). Views never fetch or listen to the stream themselves: they subscribe
// to the parts of the state they draw and render from it. Notifications are batched: a burst of
// stream events redraws each view once.

const state = {
  session: null, // {runId, role: control|evaluator|cert, cert, observer, control}
  run: null, // RunView for observers, RunSummary for a team
  clock: null, // {scenarioTime (ms), speed, paused, held, status, receivedAt (performance.now())}
  connection: { state: "idle", text: "Idle" },
  team: null, // the CERT whose console is open: the page's own, or the one control picked
  // a team's console (the open team's things only)
  deliveries: new Map(), // deliveryId -> DeliveryView
  outcomes: new Map(), // actionId -> RequestOutcome
  pending: new Map(), // actionId -> what this page submitted, until its consequence arrives
  teamActions: new Map(), // actionId -> ActionView of the team
  permissionRequests: new Map(), // actionId -> {actionId, requestedBy, alertId, targets, note, at, granted}
  teamClocks: new Map(), // incidentId|entity|report -> ReportingClockView
  teamIncidents: new Map(), // incidentId -> incident as the team sees it
  teamExpectations: new Map(), // expectationId -> {expectationId, action, state, deadline, settledAt}
  teamMessages: new Map(), // injectId -> {injectId, recipient, sender, kind, subject, body, at}: message injects to the team
  teamAttribution: { records: [], proposals: new Map() },
  selectedAlert: null, // alertId open in the detail view
  // the whole run (control and evaluators)
  msel: [], // planned injects with their state, in plan order, manual ones at the end
  controlLog: [], // ControlFactView, newest first
  asked: new Map(), // requestId -> {requestId, command, at, fact}
  deadLetters: [], // {reason, topic, at}, newest first
  clocks: new Map(),
  incidents: new Map(),
  attribution: { records: [], proposals: new Map() },
  actions: new Map(), // actionId -> ActionView (last 500)
  scores: null,
  picture: null,
  served: new Set(), // endpoints the server answered (others are not there yet)
};

const listeners = [];
const dirty = new Set();
let scheduled = false;

export function get(key) {
  return state[key];
}

/** Replaces a part of the state. */
export function set(key, value) {
  state[key] = value;
  changed(key);
}

/** Says a part changed in place (a Map or list mutated). */
export function changed(key) {
  dirty.add(key);
  if (!scheduled) {
    scheduled = true;
    queueMicrotask(flush);
  }
}

/** Calls fn(state) now and whenever one of keys changes; returns a function that stops it. */
export function subscribe(keys, fn) {
  const listener = { keys: new Set(keys), fn };
  listeners.push(listener);
  fn(state);
  return () => listeners.splice(listeners.indexOf(listener), 1);
}

function flush() {
  scheduled = false;
  const keys = new Set(dirty);
  dirty.clear();
  for (const listener of [...listeners]) {
    for (const key of listener.keys) {
      if (keys.has(key)) {
        try {
          listener.fn(state);
        } catch (error) {
          console.error("a view failed to render", error);
        }
        break;
      }
    }
  }
}

/** Puts value under key in a Map that keeps at most limit entries (the oldest go first). */
export function put(map, key, value, limit = 1000) {
  map.delete(key);
  map.set(key, value);
  while (map.size > limit) map.delete(map.keys().next().value);
}

/** The state itself, read-only by convention: for views that draw from several parts. */
export const snapshot = () => state;
