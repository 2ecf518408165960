// Folds the server's view changes into the store: the snapshots a page loads when its stream
// (re)opens, and every live event after them. Each collection is keyed by the server's own ids,
// so an event that arrives twice (the snapshot already had it, or a replay after a reconnect)
// changes nothing.

import * as store from "./store.js";
import { toMillis, isoDuration } from "./format.js";

const s = store.snapshot();
const LIMIT_LOG = 200;

const PUBLIC_ATTRIBUTION = new Set(["PROPOSAL_OPENED", "COORDINATED_ATTRIBUTION", "ADOPTED", "BLOCKED", "NOT_ADOPTED"]);
const OUTCOMES = new Set(["ADOPTED", "BLOCKED", "NOT_ADOPTED"]);

export const clockKey = (c) => `${c.incidentId}|${c.entity}|${c.report}`;

function clockOf(data) {
  const previous = s.clock || {};
  return {
    scenarioTime: toMillis(data.scenarioTime),
    speed: Number(data.speed ?? previous.speed ?? 1),
    paused: Boolean(data.paused),
    held: Boolean(data.held),
    status: data.status ?? previous.status ?? null,
    receivedAt: performance.now(),
  };
}

/** The alerts the open team holds: delivered to it, or its own. */
function holds(alertId) {
  for (const d of s.deliveries.values()) if (d.alertId === alertId) return true;
  return false;
}

function sourceOf(alertId) {
  for (const d of s.deliveries.values()) if (d.alertId === alertId) return d.sourceOrg;
  return null;
}

function foldAttribution(target, record, withVotes) {
  target.records.unshift(record);
  if (target.records.length > LIMIT_LOG) target.records.length = LIMIT_LOG;
  const id = record.proposalId;
  if (!id) return;
  const proposal = target.proposals.get(id) || { proposalId: id, votes: {}, state: "OPEN" };
  if (record.kind === "PROPOSAL_OPENED") {
    Object.assign(proposal, {
      measure: record.measure,
      subject: record.subject,
      actor: record.actor,
      procedure: record.procedure,
      deadline: record.deadline,
    });
  }
  if (OUTCOMES.has(record.kind)) proposal.state = record.kind;
  if (record.kind === "VOTE" && (withVotes || record.by === s.team)) {
    proposal.votes = { ...proposal.votes, [record.memberState || record.by]: record.choice };
  }
  target.proposals.set(id, proposal);
}

function mselExpectation(expectationId) {
  for (const inject of s.msel) for (const e of inject.expectations || []) if (e.expectationId === expectationId) return e;
  return null;
}

function teamExpectation(e) {
  return { expectationId: e.expectationId, action: e.action, state: e.state || e.outcome, deadline: e.deadline, settledAt: e.settledAt ?? e.at ?? null };
}

function permissionFrom(action) {
  return { actionId: action.actionId, requestedBy: action.actor, alertId: action.alertId, targets: action.targets || [], note: action.note, at: action.at, granted: false };
}

/** Marks the requests a grant of the open team answers. */
function grantAnswers(action) {
  for (const request of s.permissionRequests.values()) {
    if (request.alertId === action.alertId && request.targets.every((t) => (action.targets || []).includes(t))) request.granted = true;
  }
  store.changed("permissionRequests");
}

const handlers = {
  run(run) {
    store.set("run", run);
  },
  clock(data) {
    store.set("clock", clockOf(data));
  },
  delivery(d) {
    if (d.recipient !== s.team) return; // exercise control's stream carries every team's
    store.put(s.deliveries, d.deliveryId, d, 2000);
    store.changed("deliveries");
  },
  message(m) {
    if (m.recipient !== s.team) return; // exercise control's stream carries every team's
    store.put(s.teamMessages, m.injectId, m, 500);
    store.changed("teamMessages");
  },
  outcome(o) {
    if (o.requestedBy !== s.team) return;
    store.put(s.outcomes, o.actionId, o, LIMIT_LOG);
    s.pending.delete(o.actionId);
    store.changed("outcomes");
    store.changed("pending");
  },
  action(a) {
    if (s.session?.observer) {
      store.put(s.actions, a.actionId, a, 500);
      store.changed("actions");
    }
    if (a.actor === s.team) {
      store.put(s.teamActions, a.actionId, a, 500);
      store.changed("teamActions");
      if (a.type !== "SHARE" && a.type !== "GRANT_PERMISSION" && s.pending.delete(a.actionId)) store.changed("pending");
      if (a.type === "GRANT_PERMISSION") grantAnswers(a);
    } else if (a.type === "REQUEST_PERMISSION" && (!s.session?.observer || sourceOf(a.alertId) === s.team)) {
      if (!s.permissionRequests.has(a.actionId)) store.put(s.permissionRequests, a.actionId, permissionFrom(a), LIMIT_LOG);
      store.changed("permissionRequests");
    }
  },
  control(fact) {
    s.controlLog.unshift(fact);
    if (s.controlLog.length > LIMIT_LOG) s.controlLog.length = LIMIT_LOG;
    store.changed("controlLog");
    const asked = fact.requestId && s.asked.get(fact.requestId);
    if (asked) {
      asked.fact = fact;
      store.changed("asked");
    }
  },
  inject(fired) {
    let row = s.msel.find((inject) => inject.injectId === fired.injectId);
    if (!row) {
      const cause = String(fired.cause || "");
      const placement = cause === "manual" ? "MANUAL" : cause.startsWith("contingency") ? "CONTINGENCY" : cause.startsWith("branch") ? "BRANCH" : "TIMELINE";
      row = { injectId: fired.injectId, placement, sender: fired.sender, kind: fired.kind, recipients: fired.recipients, summary: fired.subject, expectations: [] };
      s.msel.push(row);
    }
    Object.assign(row, { state: "FIRED", firedAt: fired.at, cause: fired.cause, alertId: fired.alertId });
    // its expectations open as it fires (exercise control's stream says only how they settle)
    const firedAt = toMillis(fired.at);
    for (const e of row.expectations || []) {
      if (e.state && e.state !== "NOT_OPEN") continue;
      const within = isoDuration(e.within);
      Object.assign(e, { state: "OPEN", deadline: e.deadline ?? (within !== null && firedAt !== null ? new Date(firedAt + within).toISOString() : null) });
      if (e.who === s.team && !s.teamExpectations.has(e.expectationId)) {
        store.put(s.teamExpectations, e.expectationId, teamExpectation(e), LIMIT_LOG);
        store.changed("teamExpectations");
      }
    }
    store.changed("msel");
  },
  expectation(e) {
    const state = e.state || e.outcome;
    if (s.session?.observer) {
      const planned = mselExpectation(e.expectationId);
      if (planned) {
        Object.assign(planned, { state, deadline: e.deadline ?? planned.deadline, settledAt: e.settledAt ?? e.at ?? planned.settledAt, actionId: e.actionId ?? planned.actionId });
        store.changed("msel");
      }
    }
    if (!s.session?.observer || e.who === s.team) {
      store.put(s.teamExpectations, e.expectationId, teamExpectation(e), LIMIT_LOG);
      store.changed("teamExpectations");
    }
  },
  nis2(c) {
    if (s.session?.observer) {
      store.put(s.clocks, clockKey(c), c, 2000);
      store.changed("clocks");
    }
    if (c.entity === s.team || c.csirt === s.team) {
      store.put(s.teamClocks, clockKey(c), c, LIMIT_LOG);
      store.changed("teamClocks");
    }
  },
  incident(i) {
    if (s.session?.observer) {
      store.put(s.incidents, i.incidentId, i, 500);
      store.changed("incidents");
    }
    const mine = !s.session?.observer || s.teamIncidents.has(i.incidentId) || (i.members || []).some((m) => m.sourceOrg === s.team || holds(m.alertId));
    if (mine) {
      store.put(s.teamIncidents, i.incidentId, i, LIMIT_LOG);
      store.changed("teamIncidents");
    }
  },
  attribution(record) {
    if (s.session?.observer) {
      foldAttribution(s.attribution, record, true);
      store.changed("attribution");
    }
    if (!s.session?.observer || PUBLIC_ATTRIBUTION.has(record.kind) || record.by === s.team) {
      foldAttribution(s.teamAttribution, record, false);
      store.changed("teamAttribution");
    }
  },
  "dead-letter"(letter) {
    s.deadLetters.unshift(letter);
    if (s.deadLetters.length > LIMIT_LOG) s.deadLetters.length = LIMIT_LOG;
    store.changed("deadLetters");
  },
};

/** The stream events this page folds (tally is main.js's: it refetches). */
export const EVENT_NAMES = Object.keys(handlers);

export function applyEvent(name, data) {
  handlers[name]?.(data);
}

// ---- snapshots -----------------------------------------------------------------------------

function attributionOf(answer, withVotes) {
  const target = { records: [], proposals: new Map() };
  if (!answer) return target;
  const records = Array.isArray(answer) ? answer : answer.records || answer.list || [];
  for (let i = records.length - 1; i >= 0; i--) foldAttribution(target, records[i], withVotes); // oldest first
  for (const p of Array.isArray(answer) ? [] : answer.proposals || []) {
    target.proposals.set(p.proposalId, { ...target.proposals.get(p.proposalId), ...p, votes: p.votes || target.proposals.get(p.proposalId)?.votes || {} });
  }
  return target;
}

function mapOf(list, key, limit = 2000) {
  const map = new Map();
  for (const item of (list || []).slice().reverse()) store.put(map, key(item), item, limit); // oldest first
  return map;
}

/** Exercise control's and evaluators' view of the whole run, as the server answered it. */
export function loadObserver(parts) {
  if (parts.board) store.set("run", parts.board);
  if (parts.clock) store.set("clock", clockOf(parts.clock));
  store.set("msel", (parts.msel || []).map((inject) => ({ ...inject, expectations: (inject.expectations || []).map((e) => ({ ...e })) })));
  store.set("controlLog", parts.controlLog || []);
  store.set("deadLetters", parts.deadLetters || []);
  store.set("clocks", mapOf(parts.clocks, clockKey));
  store.set("incidents", mapOf(parts.incidents, (i) => i.incidentId, 500));
  store.set("attribution", attributionOf(parts.attribution, true));
  store.set("actions", mapOf(parts.actions, (a) => a.actionId, 500));
}

/** One team's console, as the server answered it for that CERT. */
export function loadTeam(parts) {
  store.set("deliveries", mapOf(parts.deliveries, (d) => d.deliveryId));
  store.set("outcomes", mapOf(parts.outcomes, (o) => o.actionId, LIMIT_LOG));
  for (const id of s.outcomes.keys()) s.pending.delete(id);
  store.changed("pending");
  store.set("teamActions", mapOf(parts.actions, (a) => a.actionId, 500));
  store.set("teamClocks", mapOf(parts.clocks, clockKey, LIMIT_LOG));
  store.set("teamIncidents", mapOf(parts.incidents, (i) => i.incidentId, LIMIT_LOG));
  store.set("teamAttribution", attributionOf(parts.attribution, false));
  store.set("teamExpectations", mapOf((parts.expectations || []).map(teamExpectation), (e) => e.expectationId, LIMIT_LOG));
  store.set("permissionRequests", mapOf(parts.permissionRequests, (p) => p.actionId, LIMIT_LOG));
  store.set("teamMessages", mapOf(parts.messages, (m) => m.injectId, 500));
}

/** Forgets the open team's things (control opens another team's console). */
export function clearTeam() {
  loadTeam({});
  s.pending.clear();
  store.set("selectedAlert", null);
}
