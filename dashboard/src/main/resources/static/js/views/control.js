// Exercise control's buttons and manual inject form, and the engine's log. A button posts a
// request to the run's control topic; the page lists it as "asked" until the engine's record
// with the same requestId comes down the stream, then shows what the engine applied or refused.
// A request is never shown as a fact.

import * as store from "../store.js";
import * as api from "../api.js";
import { byId, h, fill, keyed, option, announce } from "../dom.js";
import { time, span, words } from "../format.js";

const SPAN = /^\d{1,6}(ms|s|m|h|d)$/;
const ENGINE_WORDS = { TRIGGER_INJECT: "TRIGGER" };

export function mountControl(runId) {
  const panel = byId("control-panel");
  panel.hidden = false;
  for (const button of panel.querySelectorAll(".control-buttons button[data-command]")) {
    button.addEventListener("click", () => ask(runId, requestOf(button.dataset.command), button));
  }
  const form = byId("manual-inject");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = manualInject(form);
    if (body) ask(runId, body, byId("control-inject"), form);
  });
  form.elements.kind.addEventListener("change", () => (form.querySelector(".alert-fields").disabled = form.elements.kind.value !== "alert"));
  store.subscribe(["msel"], ({ msel }) => renderTriggerChoices(msel));
  store.subscribe(["asked"], ({ asked }) => renderAsked(asked));
}

function requestOf(command) {
  if (command === "SPEED") {
    const speed = Number(byId("control-speed-value").value);
    if (!(speed > 0 && speed <= 100000)) return refuseHere("A speed is a number above 0 and at most 100000 (scenario seconds per real second).");
    return { command, speed };
  }
  if (command === "JUMP") {
    const jump = byId("control-jump-value").value.trim();
    if (!SPAN.test(jump)) return refuseHere("A jump is a span like 30m, 1h or 2d.");
    return { command, jump };
  }
  if (command === "TRIGGER") {
    const injectId = byId("control-trigger-inject").value;
    if (!injectId) return refuseHere("Pick the inject to trigger (pending ones are listed).");
    return { command, injectId };
  }
  return { command };
}

function refuseHere(sentence) {
  addAsked({ requestId: `local-${Date.now()}`, command: "–", at: Date.now(), error: sentence });
  announce(sentence);
  return null;
}

function addAsked(entry) {
  // the engine may answer on the stream before the 202 reaches the page
  entry.fact ??= store.get("controlLog").find((fact) => entry.requestId && fact.requestId === entry.requestId) || null;
  const asked = store.get("asked");
  store.put(asked, entry.requestId, entry, 100);
  store.changed("asked");
}

async function ask(runId, body, button, form) {
  if (!body) return;
  button.disabled = true;
  try {
    const answer = await api.post(`${api.runPath(runId)}/control`, body);
    addAsked({ requestId: answer.requestId, command: answer.command || body.command, body, at: Date.now(), fact: null });
    announce(`Asked the engine: ${body.command}`);
    if (form) form.reset();
  } catch (error) {
    addAsked({ requestId: `failed-${Date.now()}`, command: body.command, body, at: Date.now(), error: error.message });
    announce(`${body.command} not sent: ${error.message}`);
    if (form) showFormError(form, error.message);
  } finally {
    button.disabled = false;
  }
}

function showFormError(form, sentence) {
  const error = form.querySelector(".form-error");
  error.textContent = sentence;
  error.hidden = !sentence;
}

function manualInject(form) {
  const f = form.elements;
  showFormError(form, "");
  const participants = new Set((store.get("run")?.participants || []).map((p) => p.id));
  const recipients = f.recipients.value.split(/[,\s]+/).filter(Boolean);
  const unknown = [f.sender.value.trim(), ...recipients].filter((id) => participants.size && id && !participants.has(id));
  if (!f.sender.value.trim() || recipients.length === 0 || !f.subject.value.trim() || !f.text.value.trim()) {
    showFormError(form, "A manual inject needs a sender, at least one addressee, a subject and a text.");
    return null;
  }
  if (unknown.length) {
    showFormError(form, `Not a participant of this run: ${unknown.join(", ")}.`);
    return null;
  }
  const manualInject = { sender: f.sender.value.trim(), kind: f.kind.value, recipients, subject: f.subject.value.trim(), text: f.text.value };
  if (f.kind.value === "alert") {
    const indicators = [];
    for (const line of f.indicators.value.split("\n").map((l) => l.trim()).filter(Boolean)) {
      const [type, ...value] = line.split(/\s+/);
      if (!value.length) {
        showFormError(form, `An indicator is "type value", e.g. "ipv4-addr 203.0.113.7": ${line}`);
        return null;
      }
      indicators.push({ type, value: value.join(" ") });
    }
    manualInject.alert = { tlp: f.tlp.value, pap: f.pap.value, rsit: f.rsit.value.trim(), severity: f.severity.value, indicators, campaign: f.campaign.value.trim() || null };
  }
  return { command: "INJECT", manualInject };
}

function renderTriggerChoices(msel) {
  const select = byId("control-trigger-inject");
  const pending = msel.filter((inject) => inject.state !== "FIRED" && inject.placement !== "MANUAL");
  const current = select.value;
  fill(
    select,
    pending.length ? null : option("", "No pending inject"),
    pending.map((inject) => option(inject.injectId, `${inject.injectId} · ${words(inject.placement)} · ${inject.summary || ""}`.slice(0, 90), inject.injectId === current)),
  );
}

function askedState(entry) {
  if (entry.error) return "failed";
  if (!entry.fact) return "asked";
  return entry.fact.refusal ? "refused" : "applied";
}

function renderAsked(asked) {
  const list = byId("control-asked");
  const entries = [...asked.values()].reverse();
  const render = (entry) => h("li", { className: "asked", dataset: { requestId: entry.requestId } }, h("span", { className: "asked-command" }), h("span", { className: "asked-state" }), h("span", { className: "asked-detail" }));
  keyed(list, entries, (e) => e.requestId, render, updateAsked, 30);
  for (const node of list.children) updateAsked(node, asked.get(node.dataset.key));
}

function updateAsked(node, entry) {
  if (!entry) return;
  const state = askedState(entry);
  const before = node.dataset.state;
  node.dataset.state = state;
  node.querySelector(".asked-command").textContent = entry.command + requestDetail(entry.body);
  node.querySelector(".asked-state").textContent = { asked: "asked, waiting for the engine", applied: "applied", refused: "refused", failed: "not sent" }[state];
  node.querySelector(".asked-detail").textContent = entry.error || (entry.fact ? factDetail(entry.fact) : "");
  if (before && before !== state && (state === "applied" || state === "refused")) announce(`${entry.command} ${state}${entry.fact?.refusal ? `: ${entry.fact.refusal}` : ""}`);
}

function requestDetail(body) {
  if (!body) return "";
  if (body.speed) return ` ×${body.speed}`;
  if (body.jump) return ` ${body.jump}`;
  if (body.injectId) return ` ${body.injectId}`;
  if (body.manualInject) return ` ${body.manualInject.kind} from ${body.manualInject.sender}`;
  return "";
}

function factDetail(fact) {
  const parts = [];
  if (fact.refusal) parts.push(fact.refusal);
  parts.push(`at ${time(fact.scenarioTime)}`);
  if (fact.speed) parts.push(`speed ×${fact.speed}`);
  if (fact.jumpMillis) parts.push(`jumped ${span(fact.jumpMillis)}`);
  if (fact.injectId) parts.push(`inject ${fact.injectId}`);
  if (fact.manualSummary) parts.push(fact.manualSummary);
  return parts.join(" · ");
}

/** What the engine applied or refused, newest first: control's and evaluators' pages. */
export function mountControlLog() {
  byId("engine-log-panel").hidden = false;
  store.subscribe(["controlLog"], ({ controlLog }) => {
    const list = byId("engine-log");
    const key = (f, i) => `${f.requestId || f.command}@${f.scenarioTime}#${f.refusal ? "r" : "a"}`;
    keyed(list, controlLog, key, (fact) => h("li", { className: "fact", dataset: { command: ENGINE_WORDS[fact.command] || fact.command, state: fact.refusal ? "refused" : "applied", requestId: fact.requestId } },
      h("span", { className: "fact-command" }, fact.command),
      h("span", { className: "fact-state" }, fact.refusal ? "refused" : "applied"),
      h("span", { className: "fact-detail" }, factDetail(fact)),
      fact.issuedBy ? h("span", { className: "fact-by muted" }, `by ${fact.issuedBy}`) : null), null, 100);
    if (!controlLog.length) fill(list, h("li", { className: "muted" }, "The engine has recorded nothing yet."));
  });
}
