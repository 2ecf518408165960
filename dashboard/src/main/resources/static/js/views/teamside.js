// Beside a team's inbox: its NIS2 clocks counting down, the expectations it has open, what came
// of its requests (a share delivered or refused, with the reason code and its sentence), the
// requests for permission other teams made on its alerts, the incidents it can see and the
// attribution proposals it may vote on. News (a clock met, a share refused, an expectation met)
// is also said through the page's live region.

import * as store from "../store.js";
import { byId, h, fill, keyed, announce } from "../dom.js";
import { time, span, words, toMillis } from "../format.js";
import { scenarioNow } from "./clock.js";
import { open } from "./teamforms.js";
import { openAlert } from "./trainee.js";

const CLOSED = new Set(["MET", "LATE"]);
let canAct = false;

export function mountTeamSide() {
  const session = store.get("session");
  canAct = session.control || session.role === "cert";
  fill(
    byId("team-side"),
    block("nis2-heading", "NIS2 clocks", h("ul", { id: "nis2-clocks", className: "clock-list" })),
    block("expectations-heading", "Expected of the team", h("ul", { id: "team-expectations", className: "expectation-list" })),
    block("requests-heading", "Requests and their outcomes", h("ol", { id: "requests", className: "request-list" })),
    block("permissions-heading", "Permission requests on the team's alerts", h("ol", { id: "permission-requests", className: "request-list" })),
    block("incidents-heading", "Incidents the team sees", h("ul", { id: "incidents", className: "incident-list" })),
    block("team-attribution-heading", "Attribution and votes", h("ul", { id: "team-attribution", className: "proposal-list" })),
  );
  store.subscribe(["teamClocks", "team"], renderClocks);
  store.subscribe(["teamExpectations"], renderExpectations);
  store.subscribe(["outcomes", "pending"], renderRequests);
  store.subscribe(["permissionRequests"], renderPermissions);
  store.subscribe(["teamIncidents"], renderIncidents);
  store.subscribe(["teamAttribution"], renderAttribution);
  setInterval(tick, 1000);
}

function block(id, title, list) {
  return h("section", { className: "side-block", attrs: { "aria-labelledby": id } }, h("h3", { id }, title), list);
}

const placeholder = (list, text) => list.childElementCount === 0 && list.append(h("li", { className: "muted" }, text));

/** Time left to a deadline, by the exercise clock. */
function left(deadline) {
  const now = scenarioNow(store.get("clock"));
  const due = toMillis(deadline);
  if (now === null || due === null) return "";
  const ms = due - now;
  return ms >= 0 ? `${span(ms)} left` : `${span(-ms)} overdue`;
}

function tick() {
  for (const node of document.querySelectorAll("[data-countdown]")) {
    const text = left(node.dataset.countdown);
    if (node.textContent !== text) node.textContent = text;
  }
}

// a change a view has seen before, so news is said once
const seen = new Map();
function news(key, value, sentence) {
  const before = seen.get(key);
  seen.set(key, value);
  if (before !== undefined && before !== value && sentence) announce(sentence);
}

function renderClocks({ teamClocks, team }) {
  const list = byId("nis2-clocks");
  const clocks = [...teamClocks.values()].sort((a, b) => (toMillis(a.deadline) ?? 0) - (toMillis(b.deadline) ?? 0));
  keyed(list, clocks, (c) => `${c.incidentId}|${c.entity}|${c.report}`, () => h("li", { className: "nis2-clock" }), (li, c) => {
    const owes = c.report === "FEEDBACK" ? c.csirt : c.entity;
    const to = c.report === "FEEDBACK" ? c.entity : c.csirt;
    Object.assign(li.dataset, { report: c.report, state: c.state, incidentId: c.incidentId });
    news(`clock:${li.dataset.key}`, c.state, `${words(c.report)} for ${c.incidentId}: ${words(c.state)}`);
    const running = !CLOSED.has(c.state);
    fill(li,
      h("span", { className: "state-badge", dataset: { state: c.state } }, words(c.state)),
      h("strong", {}, ` ${words(c.report)}`),
      h("span", {}, ` ${owes} → ${to} · ${c.incidentId}`),
      h("div", { className: "muted" }, `due ${time(c.deadline)} `, running ? h("span", { className: "countdown", dataset: { countdown: c.deadline || "" } }, left(c.deadline)) : c.marginMillis !== null && c.marginMillis !== undefined ? `${span(Math.abs(c.marginMillis))} ${c.state === "LATE" ? "late" : "early"}` : ""),
      running && canAct && owes === team ? h("button", { type: "button", className: "small", dataset: { openReport: c.report }, on: { click: () => open("REPORT", { report: c.report, incidentId: c.incidentId }) } }, `Send the ${words(c.report)}…`) : null);
  }, 200);
  placeholder(list, "No clock runs for the team.");
}

function renderExpectations({ teamExpectations }) {
  const list = byId("team-expectations");
  const items = [...teamExpectations.values()];
  keyed(list, items, (e) => e.expectationId, () => h("li"), (li, e) => {
    Object.assign(li.dataset, { expectationId: e.expectationId, state: e.state || "OPEN" });
    news(`exp:${e.expectationId}`, e.state, `Expectation ${e.action}: ${words(e.state)}`);
    const waiting = (e.state || "OPEN") === "OPEN";
    fill(li, h("span", { className: "state-badge", dataset: { state: e.state || "OPEN" } }, words(e.state || "open")), ` ${e.action || e.expectationId}`,
      h("div", { className: "muted" }, waiting && e.deadline ? h("span", { className: "countdown", dataset: { countdown: e.deadline } }, left(e.deadline)) : e.settledAt ? `settled ${time(e.settledAt)}` : ""));
  }, 200);
  placeholder(list, "Nothing expected yet.");
}

function verdict(v) {
  const held = v.reason === "RECIPIENT_ALREADY_HOLDS";
  const kind = v.delivered ? "delivered" : held ? "held" : "refused";
  return h("li", { className: "verdict", dataset: { target: v.target, verdict: kind } },
    h("span", { className: "verdict-target" }, v.target), " ",
    h("span", { className: "verdict-word" }, v.delivered ? (v.redacted ? "delivered redacted" : "delivered") : held ? "already holds" : "refused"),
    v.reason ? h("code", { className: "reason-code" }, v.reason) : null,
    v.explanation ? h("span", { className: "explanation" }, v.explanation) : null);
}

function renderRequests({ outcomes, pending }) {
  const list = byId("requests");
  const items = [
    ...[...pending.values()].filter((p) => !outcomes.has(p.actionId) && (p.type === "SHARE" || p.type === "GRANT_PERMISSION")).map((p) => ({ pending: true, ...p })),
    ...[...outcomes.values()].reverse(),
  ];
  keyed(list, items, (r) => `${r.actionId}:${r.pending ? "p" : "d"}`, () => h("li", { className: "request" }), (li, r) => {
    Object.assign(li.dataset, { actionId: r.actionId, state: r.pending ? "pending" : "decided" });
    if (!r.pending) {
      const refused = r.verdicts.filter((v) => !v.delivered && v.reason !== "RECIPIENT_ALREADY_HOLDS");
      news(`req:${r.actionId}`, "decided", `${r.trigger === "PERMISSION_GRANT" ? "Permission" : "Share"} of ${r.alertId}: ${refused.length ? `refused for ${refused.map((v) => `${v.target} (${v.reason})`).join(", ")}` : "delivered"}`);
    } else seen.set(`req:${r.actionId}`, "pending");
    fill(li,
      h("div", { className: "request-head" }, h("span", { className: "request-kind" }, r.pending ? words(r.type) : r.trigger === "PERMISSION_GRANT" ? "permission" : "share"), " ", h("span", { className: "request-alert" }, r.alertId || ""), " ", h("time", { className: "muted" }, r.pending ? "waiting for the sharing policy" : time(r.decidedAt))),
      h("ul", { className: "verdicts" }, r.pending ? r.targets.map((t) => h("li", { className: "verdict", dataset: { target: t, verdict: "pending" } }, t, " pending")) : r.verdicts.map(verdict)));
  }, 100);
  placeholder(list, "No share or permission yet.");
}

function renderPermissions({ permissionRequests }) {
  const list = byId("permission-requests");
  const items = [...permissionRequests.values()].reverse();
  keyed(list, items, (p) => p.actionId, () => h("li", { className: "permission-request" }), (li, p) => {
    Object.assign(li.dataset, { actionId: p.actionId, alertId: p.alertId, granted: String(Boolean(p.granted)) });
    news(`perm:${p.actionId}`, "seen", null);
    fill(li, h("div", {}, h("strong", {}, p.requestedBy), ` asks to share ${p.alertId} with ${p.targets.join(", ")}`), p.note ? h("div", { className: "muted" }, p.note) : null, h("div", { className: "muted" }, time(p.at), p.granted ? " · granted" : ""),
      canAct && !p.granted ? h("button", { type: "button", className: "small", dataset: { grantRequest: p.actionId }, on: { click: () => open("GRANT_PERMISSION", { alertId: p.alertId, targets: p.targets }) } }, "Grant…") : null);
  }, 100);
  placeholder(list, "No other team asked.");
}

function renderIncidents({ teamIncidents }) {
  const list = byId("incidents");
  const items = [...teamIncidents.values()].sort((a, b) => String(b.lastSeen).localeCompare(String(a.lastSeen)));
  keyed(list, items, (i) => i.incidentId, () => h("li", { className: "incident" }), (li, i) => {
    Object.assign(li.dataset, { incidentId: i.incidentId, largeScale: String(Boolean(i.largeScale)) });
    fill(li, h("strong", {}, i.incidentId), i.event ? ` ${i.event}` : "", h("div", { className: "muted" }, `${(i.members || []).length} alerts · ${(i.countries || []).join(", ")} · highest ${i.highestSeverity || "–"} · last ${time(i.lastSeen)}`),
      i.largeScale ? h("div", { className: "large-scale" }, `Large-scale: ${i.largeScale.reason || ""}`) : null,
      i.mergedInto ? h("div", { className: "muted" }, `merged into ${i.mergedInto}`) : null,
      h("div", { className: "incident-members" }, (i.members || []).slice(0, 12).map((m) => h("button", { type: "button", className: "link", on: { click: () => openAlert(m.alertId) } }, m.alertId))));
  }, 100);
  placeholder(list, "No incident yet.");
}

function renderAttribution({ teamAttribution }) {
  const list = byId("team-attribution");
  const proposals = [...teamAttribution.proposals.values()];
  const own = teamAttribution.records.filter((r) => ["ASSESSMENT", "ASSESSMENT_REFUSED", "VOTE_REFUSED"].includes(r.kind)).slice(0, 10);
  keyed(list, [...proposals.map((p) => ({ p })), ...own.map((r, i) => ({ r, i }))], (x) => (x.p ? `p:${x.p.proposalId}` : `r:${x.r.kind}:${x.r.at}:${x.i}`), () => h("li"), (li, x) => {
    if (x.p) {
      const p = x.p;
      Object.assign(li.dataset, { proposalId: p.proposalId, state: p.state });
      news(`prop:${p.proposalId}`, p.state, `Proposal ${p.proposalId}: ${words(p.state)}`);
      const mine = Object.values(p.votes || {})[0];
      fill(li, h("span", { className: "state-badge", dataset: { state: p.state } }, words(p.state)), ` ${p.proposalId}: ${words(p.measure)} on ${p.subject || "?"} (${words(p.procedure)})`,
        h("div", { className: "muted" }, `deadline ${time(p.deadline)}`, mine ? ` · the team voted ${words(mine)}` : ""),
        canAct && p.state === "OPEN" ? h("button", { type: "button", className: "small", dataset: { voteProposal: p.proposalId }, on: { click: () => open("VOTE", { proposalId: p.proposalId }) } }, "Vote…") : null);
    } else {
      const r = x.r;
      li.dataset.kind = r.kind;
      fill(li, h("span", { className: "state-badge", dataset: { state: r.kind.endsWith("REFUSED") ? "refused" : "met" } }, words(r.kind)), ` ${r.subject || r.proposalId || ""} ${r.actor ? `→ ${r.actor}` : ""}`, r.reason ? h("div", { className: "muted" }, r.reason) : null);
    }
  }, 50);
  placeholder(list, "No proposal and no assessment yet.");
}
