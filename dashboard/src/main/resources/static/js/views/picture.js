// The situation picture for exercise control and evaluators: participants by country, the
// sharing flows as a graph (edges by deliveries, coloured by label; refused attempts dashed),
// incidents and large-scale escalations, attribution and votes, and charts: alerts over time by
// label, time to acknowledge per team, clock compliance. Nothing here grows with the number of
// organisations: the server answers /picture with bounded lists (a country or a search narrows
// them), and the page shows what it got.

import * as store from "../store.js";
import { byId, h, fill, option } from "../dom.js";
import { time, span, words } from "../format.js";
import { chart, TLP_COLOURS, REFUSED_COLOUR, STATE_COLOURS } from "../charts.js";

const SEARCH_DEBOUNCE_MS = 400;

/** ECharts writes tooltips as HTML: names from the scenario go in escaped. */
const esc = (text) => String(text ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function mountPicture(refresh) {
  byId("picture-panel").hidden = false;
  const root = byId("picture");
  const country = h("select", { id: "picture-country", name: "country" }, option("", "All countries"));
  const search = h("input", { id: "picture-q", name: "q", type: "search", maxLength: 100, placeholder: "Organisation id or name", autocomplete: "off" });
  let timer = null;
  const changedFilter = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      store.set("pictureQuery", { country: country.value, q: search.value.trim() });
      refresh();
    }, SEARCH_DEBOUNCE_MS);
  };
  country.addEventListener("change", changedFilter);
  search.addEventListener("input", changedFilter);
  fill(
    root,
    h("form", { className: "picture-filters", attrs: { role: "search" }, on: { submit: (e) => e.preventDefault() } },
      h("label", { htmlFor: "picture-country" }, "Country"), country,
      h("label", { htmlFor: "picture-q" }, "Search"), search,
      h("span", { id: "picture-scope", className: "muted" })),
    h("div", { className: "picture-grid" },
      figure("Sharing flows (deliveries by label; drag to move, wheel to zoom)", "chart-flows", "chart-tall", flowKey()),
      h("section", { className: "picture-block", attrs: { "aria-labelledby": "countries-heading" } }, h("h3", { id: "countries-heading" }, "Participants by country"), h("div", { id: "picture-countries", className: "table-scroll", tabIndex: 0, attrs: { role: "region", "aria-label": "Participants by country" } })),
      figure("Alerts over time by label", "chart-alerts"),
      figure("Time to acknowledge per team", "chart-ack"),
      figure("NIS2 clock compliance", "chart-clocks"),
      h("section", { className: "picture-block", attrs: { "aria-labelledby": "participants-heading" } }, h("h3", { id: "participants-heading" }, "Participants"), h("div", { id: "picture-participants", className: "table-scroll", tabIndex: 0, attrs: { role: "region", "aria-label": "Participants" } })),
      h("section", { className: "picture-block", attrs: { "aria-labelledby": "incidents-heading" } }, h("h3", { id: "incidents-heading" }, "Incidents and escalations"), h("div", { id: "picture-incidents" })),
      h("section", { className: "picture-block", attrs: { "aria-labelledby": "attribution-heading" } }, h("h3", { id: "attribution-heading" }, "Attribution and votes"), h("div", { id: "picture-attribution" })),
    ),
    h("details", { className: "flows-table" }, h("summary", {}, "The sharing flows as a table"), h("div", { id: "picture-flows" })),
  );
  store.subscribe(["picture"], ({ picture }) => {
    byId("picture-scope").textContent = picture ? "" : "The server has no picture of this run yet.";
    if (!picture) return;
    renderCountries(picture, country);
    renderParticipants(picture);
    renderFlows(picture);
    renderSeries(picture);
  });
  store.subscribe(["incidents", "picture"], renderIncidents);
  store.subscribe(["attribution", "picture"], renderAttribution);
}

/** The flow graph's key: its edges are links of a graph series, which ECharts gives no legend. */
function flowKey() {
  return h("p", { className: "flow-key", attrs: { "aria-hidden": "true" } },
    Object.keys(TLP_COLOURS).map((label) => h("span", { className: "key-line", dataset: { tlp: label } }, label)),
    h("span", { className: "key-line", dataset: { tlp: "refused" } }, "refused attempts (dashed)"));
}

function figure(title, id, extra = "", key = null) {
  const headingId = `${id}-heading`;
  return h("figure", { className: "picture-block chart-figure", attrs: { "aria-labelledby": headingId } }, h("figcaption", { id: headingId }, title), key, h("div", { id, className: `chart ${extra}` }));
}

function table(headers, rows, empty) {
  if (!rows.length) return h("p", { className: "muted" }, empty);
  return h("table", { className: "compact" }, h("thead", {}, h("tr", {}, headers.map((t) => h("th", { scope: "col" }, t)))), h("tbody", {}, rows));
}

function renderCountries(picture, select) {
  const countries = picture.countries || [];
  const current = select.value;
  fill(select, option("", "All countries"), countries.map((c) => option(c.country, `${c.country} (${c.participants})`, c.country === current)));
  fill(
    byId("picture-countries"),
    table(["Country", "Participants", "EU", "Alerts sent", "received"], countries.map((c) => h("tr", { dataset: { country: c.country } }, h("th", { scope: "row" }, c.country), h("td", { className: "num" }, String(c.participants)), h("td", {}, c.euMember ? "yes" : "no"), h("td", { className: "num" }, String(c.alertsSent ?? 0)), h("td", { className: "num" }, String(c.alertsReceived ?? 0)))), "No participant yet."),
  );
}

function renderParticipants(picture) {
  const list = picture.participants || [];
  const query = store.get("pictureQuery") || {};
  byId("picture-scope").textContent = `${list.length} participant${list.length === 1 ? "" : "s"} shown${query.country || query.q ? " (filtered)" : ""}; flows ${query.country || query.q ? "by organisation" : "by country"}`;
  fill(
    byId("picture-participants"),
    table(["Id", "Name", "Country", "Kind", "Sent", "Received"], list.map((p) => h("tr", { dataset: { participant: p.id } }, h("th", { scope: "row" }, p.id), h("td", {}, p.name), h("td", {}, p.country), h("td", {}, p.kind), h("td", { className: "num" }, String(p.sent ?? 0)), h("td", { className: "num" }, String(p.received ?? 0)))), "No participant matches."),
  );
}

function renderFlows(picture) {
  const flows = picture.flows || [];
  const nodes = new Map();
  const weigh = (id, n) => nodes.set(id, (nodes.get(id) || 0) + n);
  for (const f of flows) {
    weigh(f.from, f.count + (f.refused || 0));
    weigh(f.to, f.count + (f.refused || 0));
  }
  const links = [];
  for (const f of flows) {
    if (f.count > 0) links.push({ source: f.from, target: f.to, value: f.count, label: f.label, lineStyle: { color: TLP_COLOURS[f.label] || "#8a96a6", width: Math.min(1 + Math.log2(f.count + 1), 8), opacity: 0.75, curveness: 0.15 }, tooltip: { formatter: `${esc(f.from)} → ${esc(f.to)}<br>${esc(f.label)}: ${f.count} delivered` } });
    if (f.refused > 0) links.push({ source: f.from, target: f.to, value: f.refused, lineStyle: { color: REFUSED_COLOUR, type: "dashed", width: Math.min(1 + Math.log2(f.refused + 1), 6), curveness: -0.2 }, tooltip: { formatter: `${esc(f.from)} → ${esc(f.to)}<br>${esc(f.label)}: ${f.refused} refused` } });
  }
  const max = Math.max(1, ...nodes.values());
  const few = nodes.size <= 12; // a national drill: spread the few nodes over the figure
  chart(byId("chart-flows"), {
    tooltip: {},
    series: [
      {
        type: "graph",
        layout: nodes.size > 80 ? "circular" : "force",
        force: few ? { repulsion: 900, edgeLength: [180, 320] } : { repulsion: 180, edgeLength: [60, 160] },
        roam: true,
        draggable: nodes.size <= 80,
        label: { show: nodes.size <= 60, color: "#e3e9f0", fontSize: few ? 13 : 11, position: few ? "right" : "inside" },
        edgeSymbol: ["none", "arrow"],
        edgeSymbolSize: 6,
        data: [...nodes].map(([id, weight]) => ({ name: id, value: weight, symbolSize: (few ? 16 : 8) + (few ? 40 : 24) * Math.sqrt(weight / max), itemStyle: { color: "#4da3ff" } })),
        links,
        emphasis: { focus: "adjacency" },
      },
    ],
  });
  fill(
    byId("picture-flows"),
    table(["From", "To", "Label", "Delivered", "Refused"], flows.map((f) => h("tr", {}, h("td", {}, f.from), h("td", {}, f.to), h("td", {}, h("span", { className: "tlp", dataset: { tlp: f.label } }, f.label)), h("td", { className: "num" }, String(f.count)), h("td", { className: "num" }, String(f.refused || 0)))), "No alert has been shared yet."),
  );
}

function renderSeries(picture) {
  const series = picture.series || {};
  const labels = series.labels || Object.keys(TLP_COLOURS);
  const points = series.alertsOverTime || [];
  chart(byId("chart-alerts"), {
    tooltip: { trigger: "axis" },
    legend: { data: labels, textStyle: { color: "#c9d1d9" }, top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: "time" },
    yAxis: { type: "value", minInterval: 1 },
    series: labels.map((label) => ({ name: label, type: "bar", stack: "alerts", itemStyle: { color: TLP_COLOURS[label] }, data: points.map((p) => [p.t, p[label] || 0]) })),
  });
  const ack = picture.timeToAcknowledge || [];
  chart(byId("chart-ack"), {
    tooltip: { trigger: "axis", valueFormatter: (v) => span(v * 1000) },
    grid: { left: 90, right: 16, top: 16, bottom: 28 },
    xAxis: { type: "value", name: "median s", axisLabel: { formatter: (v) => span(v * 1000) } },
    yAxis: { type: "category", data: ack.map((a) => a.team) },
    series: [{ type: "bar", data: ack.map((a) => a.medianSeconds), itemStyle: { color: "#4da3ff" } }],
  });
  const compliance = picture.clockCompliance || {};
  const clocks = ["met", "late", "missed", "open"].reduce((n, k) => n + (compliance[k] || 0), 0);
  chart(byId("chart-clocks"), {
    // no clock yet: an empty ring and a sentence, not four equal slices of nothing
    title: clocks ? undefined : { text: "No NIS2 clock in this run yet", left: "center", top: "middle", textStyle: { color: "#8a96a6", fontSize: 13, fontWeight: "normal" } },
    tooltip: { trigger: "item" },
    legend: { bottom: 0, textStyle: { color: "#c9d1d9" } },
    series: [{ type: "pie", radius: ["40%", "70%"], stillShowZeroSum: false, label: { show: clocks > 0 }, labelLine: { show: clocks > 0 }, data: ["met", "late", "missed", "open"].map((k) => ({ name: k, value: compliance[k] || 0, itemStyle: { color: STATE_COLOURS[k] } })) }],
  });
}

function renderIncidents({ incidents, picture }) {
  const list = [...incidents.values()].sort((a, b) => String(b.lastSeen).localeCompare(String(a.lastSeen)));
  const total = Math.max(list.length, picture?.incidents?.total || 0);
  const largeScale = list.filter((i) => i.largeScale).length || picture?.incidents?.largeScale || 0;
  const shown = list.length ? list : picture?.incidents?.list || [];
  fill(
    byId("picture-incidents"),
    h("p", {}, `${total} incident${total === 1 ? "" : "s"}, ${largeScale} declared large-scale`),
    table(["Incident", "Countries", "Members", "Highest", "Last seen", "Escalation"], shown.slice(0, 20).map((i) => h("tr", { dataset: { incidentId: i.incidentId, largeScale: String(Boolean(i.largeScale)) } }, h("th", { scope: "row" }, i.incidentId), h("td", {}, (i.countries || []).join(", ")), h("td", { className: "num" }, String(i.memberCount ?? (i.members || []).length)), h("td", {}, i.highestSeverity || "–"), h("td", {}, time(i.lastSeen)), h("td", {}, i.largeScale ? `large-scale: ${i.largeScale.reason || ""} (by ${i.largeScale.declaredBy || "?"})` : i.mergedInto ? `merged into ${i.mergedInto}` : "–"))), "No incident yet."),
  );
}

function renderAttribution({ attribution, picture }) {
  const proposals = [...attribution.proposals.values()];
  const shown = proposals.length ? proposals : picture?.attribution?.proposals || [];
  const live = attribution.records.filter((r) => r.kind === "COORDINATED_ATTRIBUTION");
  const coordinated = live.length ? live : picture?.attribution?.coordinated || [];
  fill(
    byId("picture-attribution"),
    table(["Proposal", "Measure", "Subject", "Procedure", "Deadline", "State", "Votes"], shown.slice(0, 20).map((p) => h("tr", { dataset: { proposalId: p.proposalId, state: p.state } }, h("th", { scope: "row" }, p.proposalId), h("td", {}, words(p.measure)), h("td", {}, `${p.subject || ""}${p.actor && p.actor !== p.subject ? ` (${p.actor})` : ""}`), h("td", {}, words(p.procedure)), h("td", {}, time(p.deadline)), h("td", {}, h("span", { className: "state-badge", dataset: { state: p.state } }, words(p.state))), h("td", {}, Object.entries(p.votes || {}).map(([who, choice]) => `${who} ${words(choice)}`).join(", ") || "–"))), "No toolbox proposal yet."),
    coordinated.length ? h("p", {}, "Coordinated attributions: ", coordinated.slice(0, 10).map((r) => `${r.subject} → ${r.actor} (${(r.memberStates || []).join(", ")})`).join("; ")) : null,
  );
}
