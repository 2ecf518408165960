// A team's console: the inbox (filters: label, severity, source, inject or background noise,
// acted on or not), the open alert in detail, the actions the team may take on it and beyond
// (teamforms.js), and its NIS2 clocks, expectations, requests, incidents and attribution
// (teamside.js). The team's own page acts as the team; exercise control may act for any team it
// opens; evaluators read and have no action rendered at all.
//
// Keyboard: in the inbox, ↑/↓ (or j/k) move between alerts, Home/End to the first/last, Enter
// opens the alert in the detail view; Escape closes an open action form.

import * as store from "../store.js";
import { byId, h, fill, keyed, option, announce } from "../dom.js";
import { time, isoOrEmpty, tlpKey, isNoise, toMillis } from "../format.js";
import { mountTeamForms } from "./teamforms.js";
import { mountTeamSide } from "./teamside.js";
import { mountMessages } from "./messages.js";

const MAX_CARDS = 500;
const filters = { tlp: "", severity: "", source: "", origin: "", acted: "" };

export function mountConsole(runId, { openTeam }) {
  const session = store.get("session");
  const panel = byId("console-panel");
  panel.hidden = false;
  if (session.observer) mountPicker(openTeam);
  fill(
    byId("console"),
    h("div", { className: "console-grid" },
      h("section", { className: "inbox-pane", attrs: { "aria-labelledby": "inbox-heading" } },
        h("section", { id: "team-messages", attrs: { "aria-labelledby": "messages-heading" } }),
        h("h3", { id: "inbox-heading" }, "Inbox ", h("span", { id: "inbox-count", className: "muted" })),
        filterForm(),
        h("ol", { id: "inbox", className: "inbox", attrs: { "aria-label": "Alerts delivered to the team" } }),
        h("p", { id: "inbox-empty", className: "muted" }, "Nothing delivered yet.")),
      h("section", { className: "detail-pane", id: "alert-detail", attrs: { "aria-labelledby": "detail-heading" } },
        h("h3", { id: "detail-heading", tabIndex: -1 }, "No alert open"),
        h("div", { id: "detail-body" }, h("p", { className: "muted" }, "Open an alert of the inbox to read it and act on it.")),
        h("div", { id: "team-forms" })),
      h("aside", { className: "side-pane", id: "team-side", attrs: { "aria-label": "The team's clocks, requests and incidents" } })),
  );
  byId("inbox").addEventListener("keydown", moveInInbox);
  store.subscribe(["team"], ({ team }) => {
    byId("console-heading").textContent = team ? `Console of ${team}` : "Console";
    byId("console").hidden = !team;
  });
  store.subscribe(["deliveries", "teamActions", "outcomes", "selectedAlert"], renderInbox);
  store.subscribe(["deliveries", "selectedAlert", "teamActions", "outcomes"], renderDetail);
  if (!session.replay && (session.control || session.role === "cert")) mountTeamForms(runId);
  mountTeamSide(runId);
  mountMessages(runId);
}

function mountPicker(openTeam) {
  const picker = byId("team-picker");
  picker.hidden = false;
  const input = byId("team-select");
  input.value = store.get("team") || "";
  picker.addEventListener("submit", (event) => {
    event.preventDefault();
    const team = input.value.trim();
    const known = (store.get("run")?.participants || []).some((p) => p.id === team);
    if (!known && store.get("run")?.participants?.length) {
      announce(`${team} is not a participant of this run`);
      input.setCustomValidity(`${team} is not a participant of this run`);
      input.reportValidity();
      return;
    }
    input.setCustomValidity("");
    openTeam(team);
  });
  input.addEventListener("input", () => input.setCustomValidity(""));
}

function select(name, label, choices) {
  const id = `filter-${name}`;
  const node = h("select", { id, name }, option("", "all"), choices.map(([v, l]) => option(v, l)));
  node.addEventListener("change", () => {
    filters[name] = node.value;
    store.changed("deliveries");
  });
  return [h("label", { htmlFor: id }, label), node];
}

function filterForm() {
  const source = h("input", { id: "filter-source", name: "source", type: "search", maxLength: 100, autocomplete: "off", attrs: { list: "inbox-sources" } });
  source.addEventListener("input", () => {
    filters.source = source.value.trim().toLowerCase();
    store.changed("deliveries");
  });
  return h(
    "form",
    { id: "inbox-filters", className: "filters", attrs: { "aria-label": "Filter the inbox" }, on: { submit: (e) => e.preventDefault() } },
    select("tlp", "Label", ["CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"].map((t) => [tlpKey(t), `TLP:${t}`])),
    select("severity", "Severity", ["LOW", "MEDIUM", "HIGH", "CRITICAL"].map((s) => [s, s.toLowerCase()])),
    h("label", { htmlFor: "filter-source" }, "Source"),
    source,
    h("datalist", { id: "inbox-sources" }),
    select("origin", "Origin", [["inject", "exercise injects"], ["noise", "background noise"]]),
    select("acted", "Acted on", [["yes", "acted on"], ["no", "not acted on"]]),
  );
}

/** One card per alert: its latest copy (a fuller copy replaces a redacted one). */
export function inboxAlerts(deliveries) {
  const byAlert = new Map();
  for (const d of deliveries.values()) {
    const held = byAlert.get(d.alertId);
    if (!held || (held.redacted && !d.redacted) || (held.redacted === d.redacted && toMillis(d.deliveredAt) > toMillis(held.deliveredAt))) byAlert.set(d.alertId, d);
  }
  return [...byAlert.values()].sort((a, b) => (toMillis(b.deliveredAt) ?? 0) - (toMillis(a.deliveredAt) ?? 0));
}

function actedOn({ teamActions, outcomes, pending }) {
  const ids = new Set();
  for (const a of teamActions.values()) if (a.alertId) ids.add(a.alertId);
  for (const o of outcomes.values()) if (o.alertId) ids.add(o.alertId);
  for (const p of pending.values()) if (p.alertId) ids.add(p.alertId);
  return ids;
}

function matches(d, acted) {
  if (filters.tlp && tlpKey(d.tlp) !== filters.tlp) return false;
  if (filters.severity && d.severity !== filters.severity) return false;
  if (filters.source && !`${d.sourceOrg} ${d.sourceCountry}`.toLowerCase().includes(filters.source)) return false;
  if (filters.origin && (isNoise(d.alertId) ? "noise" : "inject") !== filters.origin) return false;
  if (filters.acted && acted.has(d.alertId) !== (filters.acted === "yes")) return false;
  return true;
}

function renderInbox(state) {
  const all = inboxAlerts(state.deliveries);
  const acted = actedOn(state);
  const shown = all.filter((d) => matches(d, acted));
  byId("inbox-count").textContent = shown.length === all.length ? `(${all.length})` : `(${shown.length} of ${all.length})`;
  byId("inbox-empty").hidden = shown.length > 0;
  byId("inbox-empty").textContent = all.length ? "No alert matches the filters." : "Nothing delivered yet.";
  keyed(byId("inbox"), shown, (d) => d.alertId, card, (node, d) => updateCard(node, d, acted, state.selectedAlert), MAX_CARDS);
  if (!all.length) drawn.clear(); // another team's console, or a fresh start
  for (const d of all) drawn.add(d.alertId);
  inboxDrawn = all.length > 0;
  fill(byId("inbox-sources"), [...new Set(all.map((d) => d.sourceOrg))].slice(0, 200).map((s) => option(s)));
}

// after the first inbox drawn, an alert not seen before is news: highlighted, and said unless it
// is noise (a filter that shows a card again is not news)
let inboxDrawn = false;
const drawn = new Set();

function card(d) {
  const li = h("li", { className: "card" });
  if (inboxDrawn && !drawn.has(d.alertId)) {
    li.classList.add("fresh");
    if (!isNoise(d.alertId)) announce(`New alert from ${d.sourceOrg}: ${d.tlp}, ${d.severity.toLowerCase()}`);
  }
  li.append(h("button", { type: "button", className: "card-open", on: { click: () => openAlert(d.alertId) } }));
  return li;
}

function updateCard(li, d, acted, selected) {
  const fresh = li.dataset.deliveryId && li.dataset.deliveryId !== d.deliveryId;
  Object.assign(li.dataset, { alertId: d.alertId, deliveryId: d.deliveryId, tlp: tlpKey(d.tlp), severity: d.severity, acted: String(acted.has(d.alertId)), origin: isNoise(d.alertId) ? "noise" : "inject" });
  li.classList.toggle("selected", d.alertId === selected);
  if (fresh) li.classList.add("fresh");
  const button = li.firstElementChild;
  button.setAttribute("aria-current", d.alertId === selected ? "true" : "false");
  fill(
    button,
    h("span", { className: "card-top" }, h("span", { className: "tlp", dataset: { tlp: tlpKey(d.tlp) } }, d.tlp), h("span", { className: "severity", dataset: { severity: d.severity } }, d.severity), acted.has(d.alertId) ? h("span", { className: "acted" }, "acted") : null, h("time", { className: "when", dateTime: isoOrEmpty(d.deliveredAt) }, time(d.deliveredAt))),
    h("span", { className: "source" }, `${d.sourceOrg} · ${d.sourceCountry}`, d.sharedBy ? ` · shared by ${d.sharedBy}` : "", d.redacted ? " · redacted" : ""),
    h("span", { className: "rsit" }, d.rsit, d.sector ? ` · ${d.sector}` : ""),
    h("span", { className: "text" }, d.text),
  );
}

export function openAlert(alertId) {
  store.set("selectedAlert", alertId);
  requestAnimationFrame(() => byId("detail-heading")?.focus());
}

function moveInInbox(event) {
  const buttons = [...byId("inbox").querySelectorAll("button.card-open")];
  const at = buttons.indexOf(document.activeElement);
  const to = { ArrowDown: at + 1, j: at + 1, ArrowUp: at - 1, k: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (to === undefined || !buttons.length) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, to))].focus();
}

/** The alert open in the detail view, as the team holds it; null when none is open. */
export function selectedDelivery() {
  const id = store.get("selectedAlert");
  return id ? inboxAlerts(store.get("deliveries")).find((d) => d.alertId === id) || null : null;
}

function renderDetail(state) {
  const d = selectedDelivery();
  const heading = byId("detail-heading");
  const body = byId("detail-body");
  if (!d) {
    heading.textContent = "No alert open";
    fill(body, h("p", { className: "muted" }, "Open an alert of the inbox to read it and act on it."));
    return;
  }
  heading.textContent = `Alert ${d.alertId}`;
  const fact = (label, ...value) => h("div", {}, h("dt", {}, label), h("dd", {}, ...value));
  const mine = [...state.teamActions.values()].filter((a) => a.alertId === d.alertId);
  fill(
    body,
    h("div", { className: "detail-badges" }, h("span", { className: "tlp", dataset: { tlp: tlpKey(d.tlp) } }, d.tlp), h("span", { className: "pap" }, `PAP:${d.pap}`), h("span", { className: "severity", dataset: { severity: d.severity } }, d.severity)),
    h("dl", { className: "detail-facts" },
      fact("Source", `${d.sourceOrg} (${d.sourceCountry})`),
      fact("RSIT", d.rsit),
      d.sector ? fact("Sector", d.sector) : null,
      fact("Reported", time(d.reportedAt)),
      fact("Delivered", time(d.deliveredAt)),
      fact("Why delivered", h("code", {}, d.reason)),
      d.sharedBy ? fact("Shared by", d.sharedBy) : null,
      fact("Origin", isNoise(d.alertId) ? "background noise" : "exercise inject or scenario alert")),
    h("p", { className: "detail-text" }, d.text),
    d.redacted
      ? h("p", { className: "redacted" }, `Redacted: the PAP rule withheld this copy's indicators (PAP:${d.pap}).`)
      : d.indicators?.length
        ? h("ul", { className: "indicators", attrs: { "aria-label": "Indicators of compromise" } }, d.indicators.map((i) => h("li", {}, h("span", { className: "indicator-type" }, i.type), " ", h("code", { className: "indicator-value" }, i.value))))
        : null,
    h("h4", {}, "The team's actions on it"),
    mine.length ? h("ul", { className: "mini-log" }, mine.map((a) => h("li", { dataset: { actionId: a.actionId, type: a.type } }, `${time(a.at)} ${a.type}${a.report ? ` ${a.report}` : ""}${a.targets?.length ? ` → ${a.targets.join(", ")}` : ""}`))) : h("p", { className: "muted" }, "None yet."),
  );
}
