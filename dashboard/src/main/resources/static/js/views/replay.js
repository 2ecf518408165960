// The replay of a recorded run (certex replay RUN): a timeline from the run's scenario start to
// its last event, step buttons and the injects fired marked on it. Each moment chosen is loaded
// from the server, which folds the run's topics up to that moment; the page's own views then show
// it as they show the live run. No live stream: what is shown is one moment, labelled as such.

import * as api from "../api.js";
import * as store from "../store.js";
import { byId, h, fill } from "../dom.js";
import { time, toMillis } from "../format.js";

const STEPS = [
  ["−1h", -3600e3],
  ["−10m", -600e3],
  ["−1m", -60e3],
  ["+1m", 60e3],
  ["+10m", 600e3],
  ["+1h", 3600e3],
];
const SETTLE_MS = 250;

let timer = null;
let loading = Promise.resolve();

/** What the server says it replays: {replaying, runId, span:{start, end}}; null when live. */
export async function replayed() {
  const answer = await api.getIfServed("/api/replay").catch(() => null);
  return answer && answer.replaying ? answer : null;
}

/**
 * Mounts the timeline and shows the run's last moment. {@code load} loads everything the page
 * shows (at the moment api.js now adds to its reads) and resolves when done.
 */
export function mountReplay(replay, { load, observer }) {
  const start = toMillis(replay.span.start);
  const end = toMillis(replay.span.end);
  document.body.dataset.replay = "true";
  const range = h("input", {
    id: "replay-time",
    type: "range",
    min: String(start),
    max: String(end),
    step: "any",
    value: String(end),
    attrs: { list: "replay-marks", "aria-label": "Moment of the run (scenario time, UTC)" },
    on: { input: () => choose(Number(range.value), false), change: () => choose(Number(range.value), true) },
  });
  const steps = STEPS.map(([label, ms]) =>
    h("button", { type: "button", dataset: { step: ms }, on: { click: () => choose(clamp(Number(range.value) + ms), true) } }, label));
  const panel = h(
    "section",
    { className: "panel panel-replay", id: "replay-panel", attrs: { "aria-labelledby": "replay-heading" } },
    h("h2", { id: "replay-heading" }, `Replay of ${replay.runId}`),
    h("div", { className: "replay-timeline" }, h("span", { className: "muted" }, time(start)), range, h("span", { className: "muted" }, time(end))),
    h("div", { className: "replay-steps", attrs: { role: "group", "aria-label": "Step through the run" } }, steps),
    h("p", { id: "replay-loading", className: "muted", hidden: true, attrs: { role: "status" } }, "loading moment…"),
    h("datalist", { id: "replay-marks" }),
    h("ol", { id: "replay-injects", className: "replay-injects" }));
  byId("main").before(panel);
  store.set("connection", { state: "idle", text: "Replay · no live stream" });

  function clamp(ms) {
    return Math.min(end, Math.max(start, ms));
  }

  function choose(ms, now) {
    range.value = String(ms);
    byId("replay-heading").textContent = `Replay of ${replay.runId} at ${time(ms)}`;
    clearTimeout(timer);
    timer = setTimeout(() => show(ms), now ? 0 : SETTLE_MS);
  }

  async function show(ms) {
    const at = new Date(ms).toISOString();
    api.setMoment(at);
    byId("replay-loading").hidden = false;
    loading = loading.then(() => load()).catch(() => null);
    await loading;
    if (api.moment() !== at) return; // a later moment was chosen meanwhile
    store.set("clock", { scenarioTime: ms, speed: 0, paused: true, held: false, status: null, receivedAt: performance.now() });
    byId("replay-loading").hidden = true;
    document.body.dataset.moment = at;
  }

  if (observer) markInjects(replay, start, end, range, choose);
  choose(end, true);
}

/** The injects fired during the run, on the timeline and as a list to jump to. */
async function markInjects(replay, start, end, range, choose) {
  const msel = await api.getIfServed(`${api.runPath(replay.runId)}/msel?at=${encodeURIComponent(replay.span.end)}`).catch(() => null);
  const fired = (msel || []).filter((row) => row.firedAt).map((row) => ({ ...row, at: toMillis(row.firedAt) }));
  fill(byId("replay-marks"), fired.map((row) => h("option", { value: String(row.at), label: row.injectId })));
  fill(
    byId("replay-injects"),
    fired.map((row) =>
      h("li", {}, h("button", { type: "button", className: "link", dataset: { injectId: row.injectId }, on: { click: () => choose(row.at, true) } }, `${row.injectId} · ${time(row.at)}`), " ", row.summary || "")));
}
