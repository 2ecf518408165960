// Live scores for evaluators and exercise control: expectations met, late, missed and open per
// team and per objective, time to acknowledge, notify and share per team, refused shares and
// the NIS2 clocks' compliance. main.js refetches /scores on tally events (debounced).

import * as store from "../store.js";
import { byId, h, fill } from "../dom.js";
import { span } from "../format.js";

export function mountScores() {
  byId("scores-panel").hidden = false;
  store.subscribe(["scores"], ({ scores }) => {
    if (scores) render(scores);
  });
}

/** A timing: median (max, how many timed), and how many alerts still wait for that action. */
function seconds(timing) {
  if (!timing) return "–";
  const timed = timing.count ? `${span((timing.medianSeconds ?? 0) * 1000)} (max ${span((timing.maxSeconds ?? 0) * 1000)}, n=${timing.count})` : "";
  const open = timing.open ? `${timing.open} open` : "";
  return [timed, open].filter(Boolean).join(" · ") || "–";
}

function counts(row) {
  return [row.met, row.late, row.missed, row.open].map((n, i) => h("td", { className: "num", dataset: { count: ["met", "late", "missed", "open"][i] } }, String(n ?? 0)));
}

function render(scores) {
  const teams = scores.teams || [];
  const objectives = scores.objectives || [];
  fill(
    byId("scores"),
    h(
      "table",
      { className: "scores" },
      h("caption", {}, "Per team"),
      h("thead", {}, h("tr", {}, ["Team", "Met", "Late", "Missed", "Open", "Time to acknowledge", "Time to notify", "Time to share", "Refused shares"].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        teams.length
          ? teams.map((t) => h("tr", { dataset: { team: t.team } }, h("th", { scope: "row" }, t.team), counts(t), h("td", {}, seconds(t.timeToAcknowledge)), h("td", {}, seconds(t.timeToNotify)), h("td", {}, seconds(t.timeToShare)), h("td", { className: "num" }, String(t.refusedShares ?? 0))))
          : h("tr", {}, h("td", { colSpan: 9, className: "muted" }, "No team has an expectation yet.")),
      ),
    ),
    objectives.length
      ? h(
          "table",
          { className: "scores" },
          h("caption", {}, "Per objective"),
          h("thead", {}, h("tr", {}, ["Objective", "Met", "Late", "Missed", "Open"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", {}, objectives.map((o) => h("tr", { dataset: { objective: o.objective } }, h("th", { scope: "row" }, o.objective), counts(o)))),
        )
      : null,
    h(
      "div",
      { className: "score-facts" },
      scores.clocks ? h("p", {}, `NIS2 clocks: ${scores.clocks.met ?? 0} met, ${scores.clocks.late ?? 0} late, ${scores.clocks.missed ?? 0} missed, ${scores.clocks.open ?? 0} open`) : null,
      (scores.refusals || []).length ? h("p", {}, "Refused shares by reason: ", (scores.refusals || []).map((r) => `${r.reason} ${r.count}`).join(" · ")) : null,
    ),
  );
}
