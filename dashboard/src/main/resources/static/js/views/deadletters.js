// Records the run's pipeline could not read, parked on its dead-letter topic, with their reasons.

import * as store from "../store.js";
import { byId, h, fill } from "../dom.js";
import { time } from "../format.js";

export function mountDeadLetters() {
  byId("dead-letters-panel").hidden = false;
  store.subscribe(["deadLetters", "run"], ({ deadLetters, run }) => {
    const list = byId("dead-letters");
    const total = run?.deadLetters ?? deadLetters.length;
    byId("dead-letters-heading").textContent = `Dead letters (${total})`;
    if (!deadLetters.length) {
      fill(list, h("li", { className: "muted" }, total ? `${total} parked; the reasons of the last ones show here as they come.` : "None: every record was read."));
      return;
    }
    fill(
      list,
      deadLetters.slice(0, 200).map((d) => h("li", { className: "dead-letter" }, h("time", { className: "muted" }, time(d.at)), " ", h("code", {}, d.topic || "?"), " ", h("span", {}, d.reason || "no reason given"))),
    );
  });
}
