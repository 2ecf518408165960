// The MSEL as the engine plays it: every planned inject (timeline, contingency, branch) with its
// state, and under it the expectations it sets with theirs, live from inject and expectation
// events; manual injects at the end as they fire.

import * as store from "../store.js";
import { byId, h, fill, keyed } from "../dom.js";
import { time, duration, words, isoOrEmpty } from "../format.js";

export function mountMsel() {
  byId("msel-panel").hidden = false;
  const scroller = byId("msel").closest(".table-scroll");
  // the table follows the play (the next pending inject near its top) until someone scrolls it
  let following = true;
  for (const event of ["wheel", "pointerdown", "keydown", "touchstart"]) scroller.addEventListener(event, () => (following = false), { passive: true });
  store.subscribe(["msel"], ({ msel }) => {
    const body = byId("msel").tBodies[0];
    if (!msel.length) {
      fill(body, h("tr", {}, h("td", { colSpan: 7, className: "muted" }, "This run's record carries no MSEL (yet).")));
      return;
    }
    keyed(body, msel, (inject) => inject.injectId, row, update, 1000);
    if (following) followPlay(scroller, body);
  });
}

/** Scrolls the MSEL to the last inject fired before the first pending one. */
function followPlay(scroller, body) {
  const next = body.querySelector("tr[data-state=PENDING]");
  const shown = next?.previousElementSibling || next;
  if (shown) scroller.scrollTop = shown.offsetTop - byId("msel").tHead.offsetHeight;
}

function row(inject) {
  const tr = h("tr", { dataset: { injectId: inject.injectId } });
  update(tr, inject);
  return tr;
}

function update(tr, inject) {
  const state = inject.state || "PENDING";
  tr.dataset.state = state;
  tr.dataset.placement = inject.placement || "TIMELINE";
  fill(
    tr,
    h("th", { scope: "row" }, h("code", {}, inject.injectId)),
    h("td", {}, when(inject)),
    h("td", {}, h("span", { className: "placement", dataset: { placement: inject.placement } }, words(inject.placement || "timeline"))),
    h("td", {}, `${inject.sender || "–"} → ${(inject.recipients || []).join(", ") || "–"}`, inject.kind ? h("span", { className: "muted" }, ` (${inject.kind})`) : null),
    h("td", {}, inject.summary || "", inject.objective ? h("div", { className: "muted" }, `Objective: ${inject.objective}`) : null, inject.controller ? h("div", { className: "muted" }, `Controller: ${inject.controller}`) : null),
    h("td", {}, h("span", { className: "state-badge", dataset: { state } }, state === "FIRED" ? "fired" : "pending"), inject.cause ? h("div", { className: "muted" }, inject.cause) : null, inject.alertId ? h("div", { className: "muted" }, `alert ${inject.alertId}`) : null),
    h("td", {}, expectations(inject.expectations || [])),
  );
}

function when(inject) {
  if (inject.state === "FIRED" && inject.firedAt) return h("time", { dateTime: isoOrEmpty(inject.firedAt) }, time(inject.firedAt));
  if (inject.offset) return `+${duration(inject.offset)}`;
  return inject.placement === "MANUAL" ? "manual" : "on its trigger";
}

function expectations(list) {
  if (!list.length) return h("span", { className: "muted" }, "–");
  return h(
    "ul",
    { className: "expectations" },
    list.map((e) => {
      const state = e.state || "NOT_OPEN";
      return h(
        "li",
        { dataset: { expectationId: e.expectationId, state }, attrs: { title: e.description || "" } },
        h("span", { className: "state-badge", dataset: { state } }, words(state)),
        ` ${e.who || "?"}: ${e.action || ""}`,
        e.within ? h("span", { className: "muted" }, ` within ${duration(e.within)}`) : null,
        e.deadline && state === "OPEN" ? h("span", { className: "muted" }, ` · by ${time(e.deadline)}`) : null,
        e.settledAt && state !== "OPEN" && state !== "NOT_OPEN" ? h("span", { className: "muted" }, ` · ${time(e.settledAt)}`) : null,
        e.contingency ? h("span", { className: "muted" }, ` · if missed: ${e.contingency}`) : null,
        e.description ? h("div", { className: "expectation-description" }, e.description) : null,
      );
    }),
  );
}
