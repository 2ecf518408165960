// The run's heading, facts and sharing-pipeline banner, and the live stream's state. Exercise
// control and evaluators get the pipeline's report (why it failed, on which record); a team only
// its state: the reason or the failed record's key may name an alert the team does not hold.

import * as store from "../store.js";
import { byId, h, fill, announce, option } from "../dom.js";
import { time, isoOrEmpty } from "../format.js";

const SECTIONS = [
  ["control-panel", "Control"],
  ["msel-panel", "MSEL"],
  ["scores-panel", "Scores"],
  ["picture-panel", "Picture"],
  ["engine-log-panel", "Engine log"],
  ["dead-letters-panel", "Dead letters"],
  ["console-panel", "Console"],
];

export function mountRun() {
  store.subscribe(["connection"], ({ connection }) => {
    byId("connection").dataset.state = connection.state;
    byId("connection-text").textContent = connection.text;
  });
  store.subscribe(["run", "session"], ({ run, session }) => {
    if (run && session) renderRun(run, session);
  });
  store.subscribe(["run", "deliveries"], renderParticipants);
}

function renderRun(run, session) {
  byId("run-summary").hidden = false;
  byId("run-title").textContent = run.title || run.runId;
  document.title = `${run.title || run.runId} · certex`;
  const status = byId("run-status");
  status.textContent = run.status || "";
  status.dataset.status = run.status || "";
  const scope = byId("scope");
  scope.hidden = false;
  scope.textContent = session.role === "cert" ? `Team ${session.cert}` : session.role === "control" ? "Exercise control" : "Evaluator (read-only)";
  byId("run-id").textContent = run.runId;
  byId("run-scenario").textContent = run.scenarioId || "–";
  byId("run-start").textContent = run.scenarioStart ? `${time(run.scenarioStart, false)} UTC` : "–";
  byId("run-resumed-box").hidden = !run.resumedFrom;
  byId("run-resumed").textContent = run.resumedFrom ? `after an interruption, at scenario time ${time(run.resumedFrom)} UTC` : "";
  byId("run-end-reason-box").hidden = !run.endReason;
  byId("run-end-reason").textContent = run.endReason || "";
  const dead = byId("dead-letters-box");
  dead.hidden = run.deadLetters === undefined;
  byId("run-dead-letters").textContent = String(run.deadLetters ?? 0);
  dead.dataset.alert = String(run.deadLetters > 0);
  renderPipeline(run);
  renderNav();
}

let lastPipeline = null;

function renderPipeline(run) {
  const report = run.pipeline || null;
  const state = report ? report.state : run.pipelineState || null;
  byId("pipeline-state-box").dataset.state = state || "";
  byId("run-pipeline").textContent = state || "–";
  const failed = state === "FAILED";
  byId("pipeline-alert").hidden = !failed;
  if (failed && lastPipeline !== "FAILED") announce("The sharing pipeline stopped");
  lastPipeline = state;
  if (!failed) return;
  const reason = byId("pipeline-reason");
  const record = byId("pipeline-record");
  if (!report) {
    reason.textContent =
      "The sharing pipeline of this run has stopped, and exercise control has been told. " +
      "Alerts and the outcomes of your requests arrive again once it runs.";
    record.hidden = true;
    return;
  }
  reason.textContent =
    (report.reason || "No reason given") + (report.host ? ` · reported by ${report.host}` : "") + (report.at ? ` at ${isoOrEmpty(report.at)}` : "");
  const on = report.failedRecord;
  record.hidden = !on;
  if (on) {
    record.textContent = `Failed on ${on.topic} partition ${on.partition} offset ${on.offset}` + (on.key !== null && on.key !== undefined ? ` key ${on.key}` : "");
  }
}

function renderNav() {
  const nav = byId("section-nav");
  const shown = SECTIONS.filter(([id]) => byId(id) && !byId(id).hidden);
  if (nav.childElementCount === shown.length) return;
  fill(nav, shown.length > 1 ? shown.map(([id, label]) => h("a", { href: `#${id}` }, label)) : []);
}

/** The participants as suggestions for every organisation field (ids and names). */
function renderParticipants({ run }) {
  const list = byId("participant-ids");
  const participants = run?.participants || [];
  if (list.childElementCount === participants.length) return;
  fill(list, participants.slice(0, 2000).map((p) => option(p.id, `${p.name} · ${p.country}`)));
}
