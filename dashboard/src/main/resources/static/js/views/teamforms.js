// The forms of a team's actions, one at a time under the alert detail. Buttons carry
// data-action (ACKNOWLEDGE, CLASSIFY, REPORT, REQUEST_REPORT, SHARE, REQUEST_PERMISSION,
// GRANT_PERMISSION, ESCALATE, NOTICE, ALERT, ATTRIBUTE, VOTE, PROPOSE); every field has a name
// and a label. Acknowledge sends at once; the others open their form. Escape closes a form.

import * as store from "../store.js";
import { byId, h, fill, option } from "../dom.js";
import { send, labelOf } from "../actions.js";
import { selectedDelivery } from "./trainee.js";
import { words } from "../format.js";

const TLPS = ["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"];
const PAPS = ["CLEAR", "GREEN", "AMBER", "RED"];
const SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];
const REPORTS = ["EARLY_WARNING", "NOTIFICATION", "INTERMEDIATE", "FINAL", "FEEDBACK"];
const ON_ALERT = ["ACKNOWLEDGE", "CLASSIFY", "SHARE", "REQUEST_PERMISSION", "NOTICE"];
const SPAN = /^\d{1,6}(m|h|d)(\d{1,3}m)?$/;

/**
 * NIS2 Art. 23(4) and (5): what each report says, as the action endpoint names its fields (sent as
 * strings; an optional one left empty is not sent). [name, label, kind, optional]
 */
const REPORT_FIELDS = {
  EARLY_WARNING: [
    ["suspectedMalicious", "Suspected of being caused by unlawful or malicious acts", "yesno"],
    ["crossBorderImpact", "Could have a cross-border impact", "yesno"],
  ],
  NOTIFICATION: [
    ["initialAssessment", "Initial assessment of the incident", "text"],
    ["severityAndImpact", "Its severity and impact", "text"],
    ["indicatorsOfCompromise", "Indicators of compromise, where available", "text", true],
    ["suspectedMalicious", "Update: suspected unlawful or malicious acts", "yesno", true],
    ["crossBorderImpact", "Update: cross-border impact", "yesno", true],
  ],
  INTERMEDIATE: [["statusUpdate", "Relevant status updates", "text"]],
  FINAL: [
    ["detailedDescription", "Detailed description, with its severity and impact", "text"],
    ["threatTypeOrRootCause", "Type of threat or root cause that likely triggered it", "text"],
    ["mitigationMeasures", "Mitigation measures applied and ongoing", "text"],
    ["crossBorderImpact", "Cross-border impact, where applicable", "text", true],
  ],
  FEEDBACK: [
    ["initialFeedback", "Initial feedback on the early warning", "text"],
    ["guidance", "Guidance or operational advice on mitigation (if asked)", "text", true],
  ],
};

let runId = null;

export function mountTeamForms(id) {
  runId = id;
  const alertGroup = h("div", { className: "action-group", attrs: { role: "group", "aria-label": "On the open alert" } },
    button("ACKNOWLEDGE", "Acknowledge"), button("CLASSIFY", "Classify…"), button("SHARE", "Share…"), button("REQUEST_PERMISSION", "Ask the source…"), button("NOTICE", "Derive a notice…"));
  const teamGroup = h("div", { className: "action-group", attrs: { role: "group", "aria-label": "The team's actions" } },
    button("REPORT", "NIS2 report…"), button("REQUEST_REPORT", "Request a report…"), button("GRANT_PERMISSION", "Grant permission…"), button("ESCALATE", "Escalate…"), button("ALERT", "Issue an alert…"), button("ATTRIBUTE", "Attribution…"), button("VOTE", "Vote…"), button("PROPOSE", "Propose…"));
  fill(byId("team-forms"),
    h("div", { id: "actions", className: "actions" }, alertGroup, teamGroup),
    h("div", { id: "action-form-slot" }),
    h("p", { id: "sent-status", className: "sent-status", attrs: { role: "status", "aria-live": "polite" } }));
  store.subscribe(["selectedAlert", "deliveries"], () => {
    const d = selectedDelivery();
    for (const type of ON_ALERT) byId("actions").querySelector(`[data-action="${type}"]`).disabled = !d;
  });
  store.subscribe(["team"], () => closeForm());
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && byId("action-form")) closeForm(true);
  });
}

function button(type, label) {
  return h("button", { type: "button", dataset: { action: type }, on: { click: () => open(type) } }, label);
}

function closeForm(refocus) {
  const form = byId("action-form");
  const opener = form?.dataset.action;
  byId("action-form-slot").replaceChildren();
  if (refocus && opener) byId("actions")?.querySelector(`[data-action="${opener}"]`)?.focus();
}

/** Opens the form of type (prefill: values for its fields, e.g. from a clock or a request). */
export function open(type, prefill = {}) {
  const team = store.get("team");
  const d = selectedDelivery();
  if (type === "ACKNOWLEDGE") {
    if (d) send(runId, team, "ACKNOWLEDGE", { alertId: d.alertId, targets: [d.sourceOrg], note: "" });
    return;
  }
  const spec = FORMS[type];
  const form = h("form", { id: "action-form", className: "action-form form-grid", dataset: { action: type }, noValidate: true, attrs: { "aria-labelledby": "action-form-title" } },
    h("h4", { id: "action-form-title", className: "wide" }, `${labelOf(type)}${d && ON_ALERT.includes(type) ? ` · ${d.alertId}` : ""}`),
    spec.fields(d, prefill, team),
    h("div", { className: "form-buttons wide" }, h("button", { type: "submit", className: "primary" }, spec.submit || "Send"), h("button", { type: "button", on: { click: () => closeForm(true) } }, "Cancel")),
    h("p", { className: "form-error wide", attrs: { role: "alert" }, hidden: true }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = form.querySelector(".form-error");
    let body;
    try {
      body = spec.body(form.elements, d, team);
    } catch (problem) {
      error.textContent = problem.message;
      error.hidden = false;
      return;
    }
    error.hidden = true;
    const submit = form.querySelector("button[type=submit]");
    submit.disabled = true;
    const receipt = await send(runId, team, type === "NOTICE" ? "ALERT" : type, body);
    submit.disabled = false;
    if (receipt) closeForm(true);
  });
  spec.wire?.(form, d, team);
  fill(byId("action-form-slot"), form);
  form.querySelector("input, select, textarea")?.focus();
}

// ---- fields --------------------------------------------------------------------------------

function field(label, control, wide = false) {
  return h("label", { className: wide ? "wide" : "" }, label, control);
}
const input = (name, value = "", extra = {}) => h("input", { name, value: value ?? "", maxLength: 300, autocomplete: "off", ...extra });
const textarea = (name, value = "", rows = 3) => h("textarea", { name, rows, maxLength: 5000, value: value ?? "" });
const choice = (name, values, selected, labels = (v) => v) => h("select", { name }, values.map((v) => option(v, labels(v), v === selected)));
const note = (value) => field("Note (optional)", input("note", value, { maxLength: 1000 }), true);
const targetsField = (value, label = "To (organisation ids, comma-separated)") => field(label, input("targets", value, { attrs: { list: "participant-ids" }, maxLength: 2000 }), true);

function targetsOf(elements, required = true) {
  const ids = elements.targets.value.split(/[,\s]+/).filter(Boolean);
  if (required && !ids.length) throw new Error("Name at least one organisation.");
  const participants = new Set((store.get("run")?.participants || []).map((p) => p.id));
  const unknown = ids.filter((id) => participants.size && !participants.has(id));
  if (unknown.length) throw new Error(`Not a participant of this run: ${unknown.join(", ")}.`);
  return [...new Set(ids)];
}

function required(value, what) {
  const text = String(value || "").trim();
  if (!text) throw new Error(`${what} is needed.`);
  return text;
}

function rsitOf(value) {
  const [rsitClass, rsitType] = required(value, "The RSIT class/type").split("/");
  if (!rsitClass || !rsitType) throw new Error("RSIT is class/type, e.g. malicious-code/infected-system.");
  return { rsitClass, rsitType };
}

function indicatorsOf(text) {
  const out = [];
  for (const line of String(text || "").split("\n").map((l) => l.trim()).filter(Boolean)) {
    const [type, ...value] = line.split(/\s+/);
    if (!value.length) throw new Error(`An indicator is "type value", e.g. "ipv4-addr 203.0.113.7": ${line}`);
    out.push({ type, value: value.join(" ") });
  }
  return out;
}

/** The cross-border incidents the team sees (opaque ids): what an escalation or assessment names. */
function incidentIds() {
  return [...store.get("teamIncidents").keys()];
}

/**
 * What a NIS2 report names: its clock's incident, whose id is the entity's alert (docs/SITUATION.md),
 * so the team's clocks and the open alert are the choices.
 */
function reportedAlerts(d) {
  const ids = new Set();
  for (const c of store.get("teamClocks").values()) ids.add(c.incidentId);
  if (d) ids.add(d.alertId);
  return [...ids];
}

function reportField(selected, d) {
  const ids = reportedAlerts(d);
  return field("Incident (the entity's alert)", h("select", { name: "incidentId" }, ids.length ? ids.map((id) => option(id, id, id === selected)) : option("", "No clock runs and no alert is open")));
}

function incidentOf(alertId) {
  for (const i of store.get("teamIncidents").values()) if ((i.members || []).some((m) => m.alertId === alertId)) return i.incidentId;
  return null;
}

function incidentField(selected, optional = false) {
  const ids = incidentIds();
  const control = h("select", { name: "incidentId" }, optional ? option("", "none") : null, ids.map((id) => option(id, id, id === selected)));
  if (!ids.length && !optional) control.append(option("", "No incident known to the team yet"));
  return field("Incident", control);
}

/** The team's open clock for a report it owes, if any. */
function clockFor(team, report) {
  for (const c of store.get("teamClocks").values()) {
    const owes = report === "FEEDBACK" ? c.csirt : c.entity;
    if (c.report === report && owes === team && c.state !== "MET" && c.state !== "LATE") return c;
  }
  return null;
}

/** Whom a report of the team goes to: the other party of its clock for that incident. */
function reportTarget(team, incidentId, report) {
  for (const c of store.get("teamClocks").values()) {
    if (c.incidentId !== incidentId) continue;
    if (report === "FEEDBACK" && c.csirt === team) return c.entity;
    if (report !== "FEEDBACK" && c.entity === team) return c.csirt;
  }
  return "";
}

function reportFields(report, values = {}) {
  return h("fieldset", { className: "report-fields wide" }, h("legend", {}, `What the ${words(report)} says`),
    REPORT_FIELDS[report].map(([name, label, kind]) =>
      field(label, kind === "yesno" ? choice(`field.${name}`, REPORT_FIELDS[report].find((f) => f[0] === name)[3] ? ["", "yes", "no", "unknown"] : ["yes", "no", "unknown"], values[name], (v) => v || "(not said)") : textarea(`field.${name}`, values[name], 2), kind === "text")));
}

function scrubbed(d) {
  const who = (store.get("run")?.participants || []).find((p) => p.id === d.sourceOrg);
  let text = d.text || "";
  for (const name of [d.sourceOrg, who?.name].filter(Boolean)) text = text.split(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi")).join("a reporting organisation");
  return text;
}

const FORMS = {
  CLASSIFY: {
    fields: (d) => [field("RSIT class/type", input("rsit", d?.rsit, { attrs: { list: "rsit-types" } })), field("Severity", choice("severity", SEVERITIES, d?.severity)), note()],
    body: (f, d) => ({ alertId: d.alertId, ...rsitOf(f.rsit.value), severity: f.severity.value, targets: [], note: f.note.value }),
  },
  SHARE: {
    fields: () => [targetsField("", "Share with (organisation ids, comma-separated)"), note()],
    body: (f, d) => ({ alertId: d.alertId, targets: targetsOf(f), note: f.note.value }),
  },
  REQUEST_PERMISSION: {
    submit: "Ask the source",
    fields: (d) => [h("p", { className: "wide muted" }, `Asks ${d?.sourceOrg || "the source"} for permission to share this alert wider. Its team sees the request and may grant it.`), targetsField("", "Would share with (organisation ids)"), note()],
    body: (f, d) => ({ alertId: d.alertId, targets: targetsOf(f), note: f.note.value }),
  },
  GRANT_PERMISSION: {
    submit: "Grant permission",
    fields: (d, p, team) => [field("Alert of the team", input("alertId", p.alertId || (d?.sourceOrg === team ? d.alertId : ""))), targetsField((p.targets || []).join(", "), "Permit (organisation ids)"), note()],
    body: (f) => ({ alertId: required(f.alertId.value, "The alert"), targets: targetsOf(f), note: f.note.value }),
  },
  REPORT: {
    fields: (d, p, team) => {
      const report = p.report || "EARLY_WARNING";
      const incident = p.incidentId || clockFor(team, report)?.incidentId || d?.alertId || "";
      return [field("Report", choice("report", REPORTS, report, words)), reportField(incident, d), targetsField(reportTarget(team, incident, report), "To (the CSIRT; the entity for feedback)"), h("div", { className: "report-slot wide" }, reportFields(report)), note()];
    },
    wire: (form, d, team) => {
      const refresh = () => {
        const report = form.elements.report.value;
        fill(form.querySelector(".report-slot"), reportFields(report));
        form.elements.targets.value = reportTarget(team, form.elements.incidentId.value, report) || form.elements.targets.value;
      };
      form.elements.report.addEventListener("change", refresh);
      form.elements.incidentId.addEventListener("change", refresh);
    },
    body: (f, d) => {
      const fields = {};
      for (const [name, label, , optional] of REPORT_FIELDS[f.report.value]) {
        const value = f[`field.${name}`].value.trim();
        if (value) fields[name] = value;
        else if (!optional) throw new Error(`${label}: the ${words(f.report.value)} needs it.`);
      }
      // the clocks read a report's alertId as the incident it reports on (docs/SITUATION.md)
      const incidentId = required(f.incidentId.value, "The incident");
      return { report: f.report.value, incidentId, alertId: incidentId, targets: targetsOf(f), fields, note: f.note.value };
    },
  },
  REQUEST_REPORT: {
    submit: "Request it",
    fields: (d, p, team) => {
      const incident = p.incidentId || d?.alertId || reportedAlerts(d)[0] || "";
      return [h("p", { className: "wide muted" }, "As the entity's CSIRT, ask it for an intermediate report."), reportField(incident, d), targetsField(reportTarget(team, incident, "FEEDBACK"), "The entity"), note()];
    },
    body: (f) => {
      const incidentId = required(f.incidentId.value, "The incident");
      return { report: "INTERMEDIATE", incidentId, alertId: incidentId, targets: targetsOf(f), note: f.note.value };
    },
  },
  ESCALATE: {
    fields: (d) => [field("To", choice("escalation", ["CSIRTS_NETWORK", "EU_CYCLONE", "LARGE_SCALE"], "CSIRTS_NETWORK", (v) => ({ CSIRTS_NETWORK: "CSIRTs Network", EU_CYCLONE: "EU-CyCLONe", LARGE_SCALE: "declare large-scale" })[v])), incidentField(d && incidentOf(d.alertId), true), targetsField("", "Notify (organisation ids, optional)"), note()],
    body: (f, d) => ({ escalation: f.escalation.value, incidentId: f.incidentId.value || null, alertId: d?.alertId || null, targets: targetsOf(f, false), note: f.note.value }),
  },
  ALERT: alertForm(false),
  NOTICE: alertForm(true),
  ATTRIBUTE: {
    fields: (d) => [field("Subject (campaign or incident)", input("subject")), field("Actor", input("actor")), field("Confidence", choice("confidence", ["LOW", "MODERATE", "HIGH"], "MODERATE", words)), field("Evidence label", choice("evidenceLabel", TLPS, "TLP:AMBER")), field("Evidence", textarea("evidence"), true), incidentField(d && incidentOf(d.alertId), true), note()],
    body: (f, d) => ({ incidentId: f.incidentId.value || null, alertId: d?.alertId || null, targets: [], assessment: { subject: required(f.subject.value, "The subject"), actor: required(f.actor.value, "The actor"), confidence: f.confidence.value, evidenceLabel: f.evidenceLabel.value, evidence: f.evidence.value }, note: f.note.value }),
  },
  VOTE: {
    fields: (d, p) => {
      const open = [...store.get("teamAttribution").proposals.values()].filter((x) => x.state === "OPEN");
      return [field("Proposal", h("select", { name: "proposalId" }, open.length ? open.map((x) => option(x.proposalId, `${x.proposalId} · ${words(x.measure)} · ${x.subject || ""}`, x.proposalId === p.proposalId)) : option("", "No open proposal"))), field("Vote", choice("choice", ["APPROVE", "OBJECT", "ABSTAIN"], p.choice || "APPROVE", words)), note()];
    },
    body: (f) => ({ targets: [], vote: { proposalId: required(f.proposalId.value, "An open proposal"), choice: f.choice.value }, note: f.note.value }),
  },
  PROPOSE: {
    fields: () => [field("Proposal id", input("proposalId")), field("Measure", choice("measure", ["EU_DECLARATION", "RESTRICTIVE_MEASURES"], "EU_DECLARATION", words)), field("Subject", input("subject")), field("Actor", input("actor")), field("Procedure", choice("procedure", ["UNANIMITY", "SILENCE"], "SILENCE", words)), field("Deadline (span, e.g. 2h)", input("deadline", "2h")), note()],
    body: (f) => {
      if (!SPAN.test(f.deadline.value.trim())) throw new Error("The deadline is a span like 2h or 1h30m.");
      return { targets: [], proposal: { proposalId: required(f.proposalId.value, "The proposal id"), measure: f.measure.value, subject: required(f.subject.value, "The subject"), actor: required(f.actor.value, "The actor"), procedure: f.procedure.value, deadline: f.deadline.value.trim() }, note: f.note.value };
    },
  },
};

function alertForm(derived) {
  return {
    submit: derived ? "Issue the notice" : "Issue the alert",
    fields: (d) => {
      const from = derived && d ? d : null;
      return [
        derived ? h("p", { className: "wide muted" }, "A notice derived from the open alert: the reporter's identity is left out. Check the text before you send it.") : null,
        field("Addressees (organisation ids, comma-separated)", input("addressees", "", { attrs: { list: "participant-ids" }, maxLength: 2000 }), true),
        field("Label (TLP)", choice("tlp", TLPS, from?.tlp || "TLP:AMBER")),
        field("PAP", choice("pap", PAPS, from?.pap || "GREEN")),
        field("RSIT class/type", input("rsit", from?.rsit || "", { attrs: { list: "rsit-types" } })),
        field("Severity", choice("severity", SEVERITIES, from?.severity || "MEDIUM")),
        field("Campaign", input("campaign")),
        field("Text", textarea("text", from ? scrubbed(from) : "", 4), true),
        field("Indicators (one per line: type value)", textarea("indicators", from && !from.redacted ? (from.indicators || []).map((i) => `${i.type} ${i.value}`).join("\n") : "", 2), true),
      ];
    },
    body: (f, d) => {
      const addressees = f.addressees.value.split(/[,\s]+/).filter(Boolean);
      if (!addressees.length) throw new Error("Name at least one addressee.");
      rsitOf(f.rsit.value);
      const participants = new Set((store.get("run")?.participants || []).map((p) => p.id));
      const unknown = addressees.filter((id) => participants.size && !participants.has(id));
      if (unknown.length) throw new Error(`Not a participant of this run: ${unknown.join(", ")}.`);
      return { addressees, tlp: f.tlp.value, pap: `PAP:${f.pap.value}`, rsit: f.rsit.value.trim(), severity: f.severity.value, text: required(f.text.value, "The text"), indicators: indicatorsOf(f.indicators.value), campaign: f.campaign.value.trim() || null, derivedFrom: derived && d ? d.alertId : null };
    },
  };
}

export { REPORT_FIELDS };
