// A team's messages: the message injects addressed to it (phone calls, media reports, requests
// for information, e-mails, situation reports), newest first, above its inbox of alerts. A
// message carries no alert, so the team answers it with an action on no alert that names the
// sender: Acknowledge (ACKNOWLEDGE) or Escalate (ESCALATE to the sender, no escalation level),
// which is what the MSEL's acknowledge and escalate expectations of a message inject ask for.
// The note of the action names the message, so the answer is shown on it after a reload too.
// "Sent" comes only with the server's 202 (actions.js); the expectation met comes back on the
// stream and shows beside the inbox (teamside.js). Evaluators read and get no button.

import * as store from "../store.js";
import { byId, h, fill, keyed } from "../dom.js";
import { time, isoOrEmpty, words, toMillis } from "../format.js";
import { send, labelOf } from "../actions.js";

const MAX_MESSAGES = 500;
const ANSWERS = [
  ["ACKNOWLEDGE", "Acknowledge"],
  ["ESCALATE", "Escalate"],
];

let runId = null;
let canAct = false;
const sending = new Set(); // injectId|type while its POST is under way

/** The note an answer carries, which ties it to its message. */
export const answerNote = (injectId) => `Answer to message ${injectId}`;

/** Mounts the list in #team-messages (trainee.js makes the element). */
export function mountMessages(id) {
  runId = id;
  const session = store.get("session");
  canAct = session.control || session.role === "cert";
  fill(
    byId("team-messages"),
    h("h3", { id: "messages-heading" }, "Messages ", h("span", { id: "messages-count", className: "muted" })),
    h("ol", { id: "messages", className: "messages", attrs: { "aria-labelledby": "messages-heading" } }),
    h("p", { id: "messages-empty", className: "muted" }, "No message yet."),
  );
  store.subscribe(["teamMessages", "teamActions"], render);
}

/** The types of the team's recorded actions that answer each message: injectId -> Set. */
function answers(teamActions) {
  const byMessage = new Map();
  for (const a of teamActions.values()) {
    const match = !a.alertId && /^Answer to message (\S+)$/.exec(a.note || "");
    if (!match) continue;
    if (!byMessage.has(match[1])) byMessage.set(match[1], new Set());
    byMessage.get(match[1]).add(a.type);
  }
  return byMessage;
}

function render({ teamMessages, teamActions }) {
  const messages = [...teamMessages.values()].sort((a, b) => (toMillis(b.at) ?? 0) - (toMillis(a.at) ?? 0));
  byId("messages-count").textContent = `(${messages.length})`;
  byId("messages-empty").hidden = messages.length > 0;
  const answered = answers(teamActions);
  keyed(byId("messages"), messages, (m) => m.injectId, item, (li, m) => update(li, m, answered.get(m.injectId) || new Set()), MAX_MESSAGES);
}

const kindOf = (m) => words(m.kind).replaceAll("-", " ") || "message";

function item(m) {
  const group = canAct ? h("div", { className: "action-group", attrs: { role: "group", "aria-label": `Answer the ${kindOf(m)} from ${m.sender}` } }, ANSWERS.map(([type, label]) => answerButton(m, type, label))) : null;
  return h("li", { className: "message", dataset: { injectId: m.injectId, kind: m.kind } }, h("div", { className: "message-text" }), group);
}

function answerButton(m, type, label) {
  const button = h("button", { type: "button", className: "small", dataset: { action: type }, attrs: { "aria-label": `${label} the ${kindOf(m)} from ${m.sender}` } }, label);
  button.addEventListener("click", () => answer(m, type, button));
  return button;
}

async function answer(m, type, button) {
  const key = `${m.injectId}|${type}`;
  if (sending.has(key)) return;
  sending.add(key);
  button.disabled = true;
  try {
    await send(runId, store.get("team"), type, { targets: [m.sender], note: answerNote(m.injectId) });
  } finally {
    sending.delete(key);
    button.disabled = false;
  }
}

function update(li, m, done) {
  li.dataset.answered = [...done].sort().join(" ");
  fill(
    li.querySelector(".message-text"),
    h("span", { className: "message-top" }, h("span", { className: "state-badge", dataset: { state: done.size ? "met" : "OPEN" } }, kindOf(m)), [...done].sort().map((t) => h("span", { className: "acted" }, labelOf(t).toLowerCase())), h("time", { className: "when", dateTime: isoOrEmpty(m.at) }, time(m.at))),
    h("span", { className: "source" }, `From ${m.sender} · ${m.injectId}`),
    h("strong", { className: "message-subject" }, m.subject || "(no subject)"),
    m.body ? h("p", { className: "detail-text" }, m.body) : null,
  );
}
