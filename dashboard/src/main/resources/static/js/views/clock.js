// The exercise clock, on every role's page. Between the engine's ticks it moves on by itself:
// the last clock event's scenario time plus the real time since, times the speed, while the run
// is running. A tick that lands behind the shown time is taken as it is (the engine is the clock).
// With prefers-reduced-motion the figures change once a second rather than every frame.

import * as store from "../store.js";
import { byId, announce, reducedMotion } from "../dom.js";
import { clockTime, time } from "../format.js";

/** How far past its last tick the clock runs on before it waits for the next (engine gone). */
const MAX_EXTRAPOLATION_MS = 15000;

let frame = null;
let timer = null;
let lastState = null;

export function stateOf(clock, run) {
  const status = run?.status || clock?.status;
  if (status === "ENDED" || status === "COMPLETED" || status === "ABORTED" || status === "STOPPED") return "ended";
  if (!clock || clock.scenarioTime === null) return "unknown";
  if (clock.held) return "held";
  if (clock.paused) return "paused";
  return "running";
}

const LABELS = { running: "Running", paused: "Paused", held: "Held before STARTEX", ended: "Ended", unknown: "Waiting for the clock" };

/** Scenario time now, in ms: interpolated from the last clock event. */
export function scenarioNow(clock, state = stateOf(clock, store.get("run"))) {
  if (!clock || clock.scenarioTime === null) return null;
  if (state !== "running") return clock.scenarioTime;
  const elapsed = Math.min(performance.now() - clock.receivedAt, MAX_EXTRAPOLATION_MS);
  return clock.scenarioTime + elapsed * (clock.speed || 1);
}

function draw() {
  const clock = store.get("clock");
  const now = scenarioNow(clock);
  const text = clockTime(now);
  const node = byId("clock-time");
  if (node.textContent !== text) node.textContent = text;
  if (now !== null) {
    node.dateTime = new Date(now).toISOString();
    const date = time(now).slice(0, 10);
    const dateNode = byId("clock-date");
    if (dateNode.textContent !== date) dateNode.textContent = date;
  }
}

function loop() {
  draw();
  frame = requestAnimationFrame(loop);
}

function run() {
  cancelAnimationFrame(frame);
  clearInterval(timer);
  if (reducedMotion()) timer = setInterval(draw, 1000);
  else frame = requestAnimationFrame(loop);
}

export function mountClock() {
  store.subscribe(["clock", "run"], ({ clock, run }) => {
    const state = stateOf(clock, run);
    const node = byId("clock-state");
    node.dataset.state = state;
    node.textContent = LABELS[state];
    byId("clock").dataset.state = state;
    byId("clock-speed").textContent = clock && clock.scenarioTime !== null ? `×${formatSpeed(clock.speed)}` : "";
    if (lastState !== null && lastState !== state) announce(`Exercise clock: ${LABELS[state]}`);
    lastState = state;
    draw();
  });
  window.matchMedia("(prefers-reduced-motion: reduce)").addEventListener("change", run);
  run();
}

function formatSpeed(speed) {
  return Number.isInteger(speed) ? String(speed) : String(Math.round(speed * 100) / 100);
}
