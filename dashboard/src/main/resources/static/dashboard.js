// certex live monitoring: folds what the dashboard's API serves into the page.
// Vanilla JS, no build step. Every value from the server is written with textContent.
//
// The page opens one run with the link exercise control handed out: a CERT's link
// (?run=RUN&cert=ORG&key=KEY) opens that CERT's inbox only, the run's control link (?run=RUN&key=KEY)
// the board of every CERT. The server exchanges the key for a session cookie and drops it from the
// address; the page's calls carry the cookie, and its POSTs the CSRF token /api/session gives.
// The server enforces access; the page only asks for what its grant opens.
//
// On a CERT's page the team acts: "Share…" on any card, "Grant permission…" on the cards of its
// own alerts. The sharing policy decides; its outcome, per target, appears under "Share requests
// and permissions" of that CERT only (and on exercise control's board).
(function () {
  "use strict";

  const MAX_CARDS_PER_COLUMN = 500;
  const RUN_LIST_REFRESH_MS = 15000;
  const RECONNECT_MIN_MS = 1000;
  const RECONNECT_MAX_MS = 30000;

  const params = new URLSearchParams(window.location.search);
  const certOnly = params.get("cert");
  let csrf = null; // {header, token} from /api/session, for POSTs
  const el = (id) => document.getElementById(id);

  const state = {
    runId: params.get("run"), // keys are per run: the page never leaves this one
    control: false, // whether the key is the run's control key, as /access said
    run: null,
    connectingTo: null,
    source: null,
    generation: 0,
    reconnectDelay: RECONNECT_MIN_MS,
    reconnectTimer: null,
    refreshTimer: null,
    columns: new Map(), // org -> {section, list, count, ids:Set, requests, requestList, requestItems:Map}
    buffered: null, // live events ([name, data]) that arrived while a snapshot loads
    pending: new Map(), // actionId -> request this page submitted, until its outcome arrives
    latest: null,
  };

  const KIND_LABELS = {
    SHARE: "Share",
    GRANT_PERMISSION: "Permission",
    SHARE_REQUEST: "Share",
    PERMISSION_GRANT: "Permission",
  };

  // ---- formatting ------------------------------------------------------------------------

  function toDate(value) {
    if (value === null || value === undefined) return null;
    if (typeof value === "number") return new Date(value < 1e11 ? value * 1000 : value);
    const date = new Date(value);
    return isNaN(date) ? null : date;
  }

  function scenarioTime(value) {
    const date = toDate(value);
    return date ? date.toISOString().slice(0, 16).replace("T", " ") : "–";
  }

  function tlpKey(label) {
    return String(label || "").replace(/^TLP:/, "").replace("+", "-").toLowerCase();
  }

  function api(path, body) {
    const headers = { Accept: "application/json" };
    const init = { headers, cache: "no-store", credentials: "same-origin" };
    if (body !== undefined) {
      init.method = "POST";
      headers["Content-Type"] = "application/json";
      if (csrf && csrf.token) headers[csrf.header] = csrf.token;
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then((r) => {
      if (!r.ok) {
        return r
          .json()
          .catch(() => ({}))
          .then((problem) => {
            const error = new Error(problem.detail || path + " answered " + r.status);
            error.status = r.status;
            throw error;
          });
      }
      return r.json();
    });
  }

  function runPath(runId) {
    return "/api/runs/" + encodeURIComponent(runId);
  }

  function certPath(runId, org) {
    return runPath(runId) + "/certs/" + encodeURIComponent(org);
  }

  // A link to this page for another view of the same run: the session's grant opens it.
  function pageLink(org) {
    const query = new URLSearchParams();
    query.set("run", state.runId);
    if (org) query.set("cert", org);
    return "?" + query.toString();
  }

  function setConnection(stateName, text) {
    el("connection").dataset.state = stateName;
    el("connection-text").textContent = text;
  }

  // ---- access ----------------------------------------------------------------------------

  function accessPath() {
    return (certOnly ? certPath(state.runId, certOnly) : runPath(state.runId)) + "/access";
  }

  // Asks what the key opens before anything else: no data, and no streams that would be refused.
  function checkAccess() {
    api("/api/session")
      .then((session) => {
        csrf = session.csrf;
        return api(accessPath());
      })
      .then((access) => {
        state.control = access.control === true;
        el("run-picker").hidden = false;
        renderRunSelect(null);
        refreshRun();
        state.refreshTimer = setInterval(refreshRun, RUN_LIST_REFRESH_MS);
        connect(state.runId);
      })
      .catch((error) => {
        if (error.status === 403) {
          showAccessNeeded();
        } else {
          setConnection("down", "Dashboard unreachable · retrying");
          setTimeout(checkAccess, RECONNECT_MAX_MS);
        }
      });
  }

  function showAccessNeeded() {
    state.generation++;
    disconnect();
    clearInterval(state.refreshTimer);
    el("access-needed").hidden = false;
    el("empty").hidden = true;
    el("run-summary").hidden = true;
    el("run-picker").hidden = true;
    el("board").replaceChildren();
    setConnection("idle", "No access");
  }

  // ---- the run ---------------------------------------------------------------------------

  // The public run list says whether the page's run is recorded yet; other runs are not shown.
  function refreshRun() {
    return api("/api/runs")
      .then((runs) => {
        const run = runs.find((candidate) => candidate.runId === state.runId);
        renderRunSelect(run);
        el("empty").hidden = Boolean(run || state.run);
        if (run && !state.run && state.reconnectTimer) {
          // recorded while the stream waits to retry: do not make the page wait longer
          disconnect();
          state.reconnectDelay = RECONNECT_MIN_MS;
          connect(state.runId);
        }
      })
      .catch(() => setConnection("down", "Dashboard unreachable"));
  }

  function renderRunSelect(run) {
    const label = run
      ? (run.title || run.runId) + " · " + run.status + " · " + scenarioTime(run.startedAt)
      : state.runId + " (not recorded yet)";
    el("run-select").replaceChildren(new Option(label, state.runId, true, true));
  }

  // ---- live stream -----------------------------------------------------------------------

  function connect(runId) {
    disconnect();
    const generation = ++state.generation;
    state.connectingTo = runId;
    state.run = null;
    resetBoard();
    setConnection("connecting", "Connecting…");
    const path = certOnly ? certPath(runId, certOnly) + "/stream" : runPath(runId) + "/stream";
    const source = new EventSource(path); // same origin: the session cookie goes with it
    state.source = source;
    source.addEventListener("open", () => {
      if (generation !== state.generation) return;
      state.reconnectDelay = RECONNECT_MIN_MS;
      setConnection("live", "Live");
      loadSnapshot(runId, generation);
    });
    source.addEventListener("run", (event) => {
      if (generation === state.generation) showRun(JSON.parse(event.data));
    });
    source.addEventListener("delivery", (event) => {
      if (generation !== state.generation) return;
      const delivery = JSON.parse(event.data);
      if (state.buffered) state.buffered.push(["delivery", delivery]);
      else addDelivery(delivery, true);
    });
    source.addEventListener("outcome", (event) => {
      if (generation !== state.generation) return;
      const outcome = JSON.parse(event.data);
      if (state.buffered) state.buffered.push(["outcome", outcome]);
      else addOutcome(outcome, true);
    });
    source.addEventListener("error", () => {
      if (generation !== state.generation) return;
      if (source.readyState === EventSource.CLOSED) {
        scheduleReconnect(runId, generation);
      } else {
        setConnection("connecting", "Reconnecting…");
      }
    });
  }

  function disconnect() {
    clearTimeout(state.reconnectTimer);
    state.reconnectTimer = null;
    if (state.source) state.source.close();
    state.source = null;
  }

  function scheduleReconnect(runId, generation) {
    const delay = state.reconnectDelay;
    state.reconnectDelay = Math.min(delay * 2, RECONNECT_MAX_MS);
    setConnection("down", "Offline · retrying in " + Math.round(delay / 1000) + " s");
    state.reconnectTimer = setTimeout(() => {
      state.reconnectTimer = null;
      if (generation !== state.generation) return;
      // A refused stream looks like a broken one: ask whether the key still opens the run
      // (a dashboard restarted without a configured secret forgets its keys).
      api(accessPath())
        .then(() => {
          if (generation === state.generation) connect(runId);
        })
        .catch((error) => {
          if (generation !== state.generation) return;
          if (error.status === 403) showAccessNeeded();
          else scheduleReconnect(runId, generation);
        });
    }, delay);
  }

  // On every (re)connect: the stream is open first, then the inboxes are loaded, and whatever
  // arrived live in between is merged on top, so nothing falls into the gap. A stream the server
  // dropped (this browser stopped reading and fell behind) reconnects by itself with
  // Last-Event-ID and is replayed what it missed where the server still has it; the reload makes
  // the page whole whether or not it had. If the reload fails, the page reconnects and tries again
  // rather than show a board with a hole in it.
  function loadSnapshot(runId, generation) {
    state.buffered = [];
    // Exercise control's board knows every recipient; a CERT's page knows the public facts only.
    api(certOnly ? runPath(runId) : runPath(runId) + "/board")
      .then((run) => {
        if (generation !== state.generation) return;
        showRun(run);
        const orgs = certOnly ? [certOnly] : Array.from(state.columns.keys());
        return Promise.all(
          orgs.map((org) =>
            Promise.all([
              api(certPath(runId, org) + "/deliveries"),
              api(certPath(runId, org) + "/outcomes"),
            ]).then(([list, outcomes]) => [org, list, outcomes])
          )
        );
      })
      .then((columns) => {
        if (!columns || generation !== state.generation) return;
        for (const [org, list, outcomes] of columns) {
          const column = columnFor(org);
          column.list.replaceChildren();
          column.ids.clear();
          for (let i = list.length - 1; i >= 0; i--) addDelivery(list[i], false);
          column.requestList.replaceChildren();
          column.requestItems.clear();
          for (let i = outcomes.length - 1; i >= 0; i--) addOutcome(outcomes[i], false);
        }
        state.pending.forEach((request) => showPending(request));
        return true;
      })
      .catch(() => false)
      .then((loaded) => {
        if (generation !== state.generation) return;
        const live = state.buffered || [];
        state.buffered = null;
        live.forEach(([name, data]) => (name === "outcome" ? addOutcome(data, true) : addDelivery(data, true)));
        updateTotals();
        if (loaded === false) {
          disconnect();
          scheduleReconnect(runId, generation);
        }
      });
  }

  // ---- rendering -------------------------------------------------------------------------

  function resetBoard() {
    state.columns.clear();
    state.latest = null;
    const board = el("board");
    board.replaceChildren();
    board.classList.toggle("single", Boolean(certOnly));
    el("run-summary").hidden = true;
  }

  function showRun(run) {
    state.run = run;
    state.connectingTo = null;
    el("run-summary").hidden = false;
    el("empty").hidden = true;
    renderRunSelect(run);
    el("run-title").textContent = run.title || run.runId;
    document.title = (run.title || run.runId) + " · certex";
    const status = el("run-status");
    status.textContent = run.status;
    status.dataset.status = run.status;
    el("run-id").textContent = run.runId;
    el("run-scenario").textContent = run.scenarioId || "–";
    el("run-start").textContent = run.scenarioStart ? scenarioTime(run.scenarioStart) + " UTC" : "–";
    // a run whose process died and that carried on from its log, or why a run ended early
    el("run-resumed-box").hidden = !run.resumedFrom;
    el("run-resumed").textContent = run.resumedFrom
      ? "after an interruption, at scenario time " + scenarioTime(run.resumedFrom) + " UTC"
      : "";
    el("run-end-reason-box").hidden = !run.endReason;
    el("run-end-reason").textContent = run.endReason || "";
    const deadLetters = el("dead-letters-box");
    deadLetters.hidden = run.deadLetters === undefined; // exercise control's board only
    el("run-dead-letters").textContent = String(run.deadLetters ?? 0);
    deadLetters.dataset.alert = String(run.deadLetters > 0);
    if (run.lastDeadLetterReason) deadLetters.title = "Latest: " + run.lastDeadLetterReason;
    else deadLetters.removeAttribute("title");
    showPipeline(run);
    const scope = el("scope");
    scope.hidden = !certOnly;
    el("all-certs").hidden = !(certOnly && state.control); // a CERT's key opens no other inbox
    if (certOnly) scope.textContent = "Inbox of " + certOnly;
    if (certOnly && state.control) el("all-certs").href = pageLink(null);
    ensureColumns(run);
  }

  // Exercise control's board carries the pipeline's report (why it failed, on which record);
  // anyone else's view of the run only its state, and the page shows no more than it gets.
  function showPipeline(run) {
    const report = run.pipeline || null;
    const pipelineState = report ? report.state : run.pipelineState || null;
    const box = el("pipeline-state-box");
    box.dataset.state = pipelineState || "";
    el("run-pipeline").textContent = pipelineState || "–";
    const failed = pipelineState === "FAILED";
    el("pipeline-alert").hidden = !failed;
    if (!failed) return;
    const reason = el("pipeline-reason");
    const record = el("pipeline-record");
    if (!report) {
      reason.textContent =
        "The sharing pipeline of this run has stopped, and exercise control has been told. " +
        "Alerts and the outcomes of your requests arrive again once it runs.";
      record.hidden = true;
      return;
    }
    reason.textContent =
      (report.reason || "No reason given") +
      (report.host ? " · reported by " + report.host : "") +
      (report.at ? " at " + toDate(report.at)?.toISOString() : "");
    const failedOn = report.failedRecord;
    record.hidden = !failedOn;
    if (failedOn) {
      record.textContent =
        "Failed on " + failedOn.topic + " partition " + failedOn.partition + " offset " + failedOn.offset +
        (failedOn.key !== null && failedOn.key !== undefined ? " key " + failedOn.key : "");
    }
  }

  function ensureColumns(run) {
    if (certOnly) {
      columnFor(certOnly);
      return;
    }
    for (const participant of run.participants) columnFor(participant.id);
    for (const recipient of run.recipients || []) columnFor(recipient);
  }

  function participant(org) {
    return (state.run?.participants || []).find((p) => p.id === org);
  }

  function columnFor(org) {
    let column = state.columns.get(org);
    if (column) return column;
    const section = el("column-template").content.firstElementChild.cloneNode(true);
    const who = participant(org);
    section.querySelector(".org-name").textContent = who ? who.name : org;
    section.querySelector(".org-country").textContent = who ? who.country : "";
    section.querySelector(".org-id").textContent = org;
    section.querySelector(".org-kind").textContent = who ? who.kind : "not a participant";
    const link = section.querySelector(".org-link");
    link.href = pageLink(org);
    column = {
      section,
      list: section.querySelector(".inbox"),
      count: section.querySelector(".count"),
      ids: new Set(),
      requests: section.querySelector(".requests"),
      requestList: section.querySelector(".request-list"),
      requestItems: new Map(), // actionId -> li
    };
    state.columns.set(org, column);
    el("board").append(section);
    return column;
  }

  function addDelivery(delivery, fresh) {
    if (certOnly && delivery.recipient !== certOnly) return; // the stream never sends these anyway
    const column = columnFor(delivery.recipient);
    if (column.ids.has(delivery.deliveryId)) return;
    column.ids.add(delivery.deliveryId);
    const card = renderCard(delivery);
    if (fresh) card.classList.add("fresh");
    column.list.prepend(card);
    while (column.list.children.length > MAX_CARDS_PER_COLUMN) {
      const last = column.list.lastElementChild;
      column.ids.delete(last.dataset.deliveryId);
      last.remove();
    }
    column.section.classList.add("has-deliveries");
    column.count.textContent = String(column.list.children.length);
    const at = toDate(delivery.deliveredAt);
    if (at && (!state.latest || at > state.latest)) state.latest = at;
    if (fresh) updateTotals();
  }

  function renderCard(d) {
    const card = el("card-template").content.firstElementChild.cloneNode(true);
    const tlp = tlpKey(d.tlp);
    card.dataset.deliveryId = d.deliveryId;
    card.dataset.tlp = tlp;
    const badge = card.querySelector(".tlp");
    badge.textContent = d.tlp;
    badge.dataset.tlp = tlp;
    const severity = card.querySelector(".severity");
    severity.textContent = d.severity;
    severity.dataset.severity = d.severity;
    const when = card.querySelector(".when");
    when.textContent = scenarioTime(d.deliveredAt);
    when.dateTime = toDate(d.deliveredAt)?.toISOString() || "";
    when.title = "Delivered (scenario time, UTC) · reported " + scenarioTime(d.reportedAt);
    card.querySelector(".source-org").textContent = d.sourceOrg;
    card.querySelector(".source-country").textContent = d.sourceCountry;
    card.querySelector(".rsit").textContent = d.rsit;
    card.querySelector(".sector").textContent = d.sector || "";
    card.querySelector(".text").textContent = d.text;
    card.querySelector(".alert-id").textContent = d.alertId;
    card.querySelector(".pap").textContent = "PAP:" + d.pap;
    const reason = card.querySelector(".reason");
    reason.textContent = d.reason;
    reason.title = "Why the sharing policy delivered it";
    renderProvenance(card, d);
    renderActions(card, d);
    card.addEventListener("click", (event) => {
      if (!event.target.closest(".card-actions, .act-form")) card.classList.toggle("open");
    });
    return card;
  }

  // Who shared the copy onward, and whether it came without indicators (PAP rule).
  function renderProvenance(card, d) {
    card.querySelector(".provenance").hidden = !d.sharedBy && !d.redacted;
    const sharedBy = card.querySelector(".shared-by");
    sharedBy.hidden = !d.sharedBy;
    if (d.sharedBy) {
      const who = participant(d.sharedBy);
      sharedBy.textContent = "shared by " + d.sharedBy + (who ? " · " + who.name : "");
    }
    const redacted = card.querySelector(".redacted");
    redacted.hidden = !d.redacted;
    card.classList.toggle("is-redacted", Boolean(d.redacted));
    if (d.redacted) redacted.textContent = "redacted: indicators withheld, PAP:" + d.pap;
    const indicators = card.querySelector(".indicators");
    const list = d.redacted ? [] : d.indicators || [];
    indicators.hidden = list.length === 0;
    indicators.replaceChildren(
      ...list.map((indicator) => {
        const item = document.createElement("li");
        const type = document.createElement("span");
        type.className = "indicator-type";
        type.textContent = indicator.type;
        const value = document.createElement("span");
        value.className = "indicator-value";
        value.textContent = indicator.value;
        item.append(type, value);
        return item;
      })
    );
  }

  // ---- acting: share and grant permission (a CERT's own page only) ------------------------

  function renderActions(card, d) {
    if (!certOnly || d.recipient !== certOnly) return;
    card.querySelector(".card-actions").hidden = false;
    card.querySelector(".act-share").addEventListener("click", () => openActForm(card, d, "SHARE"));
    const grant = card.querySelector(".act-grant");
    grant.hidden = d.sourceOrg !== certOnly; // only the source may permit wider sharing
    grant.addEventListener("click", () => openActForm(card, d, "GRANT_PERMISSION"));
  }

  function openActForm(card, d, type) {
    card.querySelector(".act-form")?.remove();
    const form = el("act-form-template").content.firstElementChild.cloneNode(true);
    form.dataset.type = type;
    form.querySelector(".act-title").textContent =
      type === "SHARE"
        ? "Share " + d.alertId + " (" + d.tlp + ") with:"
        : "Permit these organisations to receive " + d.alertId + " (" + d.tlp + "):";
    const targets = form.querySelector(".act-targets");
    for (const p of state.run?.participants || []) {
      if (p.id === certOnly) continue;
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.className = "act-target";
      box.value = p.id;
      label.append(box, " " + p.id + " · " + p.name);
      targets.append(label);
    }
    const submit = form.querySelector(".act-submit");
    submit.textContent = type === "SHARE" ? "Share" : "Grant permission";
    form.querySelector(".act-cancel").addEventListener("click", () => form.remove());
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      submitAction(form, d, type);
    });
    card.querySelector(".card-actions").after(form);
  }

  function submitAction(form, d, type) {
    const targets = Array.from(form.querySelectorAll(".act-target:checked")).map((box) => box.value);
    const error = form.querySelector(".act-error");
    if (targets.length === 0) {
      error.textContent = "Pick at least one organisation.";
      error.hidden = false;
      return;
    }
    const submit = form.querySelector(".act-submit");
    submit.disabled = true;
    error.hidden = true;
    const note = form.querySelector(".act-note").value;
    api(certPath(state.runId, certOnly) + "/actions", { type, alertId: d.alertId, targets, note })
      .then((receipt) => {
        const request = { actionId: receipt.actionId, requestedBy: certOnly, type, alertId: d.alertId, targets };
        state.pending.set(receipt.actionId, request);
        showPending(request);
        form.remove();
      })
      .catch((failure) => {
        error.textContent = failure.status === 403 ? "This page's link no longer opens this inbox." : failure.message;
        error.hidden = false;
        submit.disabled = false;
      });
  }

  // ---- outcomes of the team's requests ---------------------------------------------------

  // A request this page submitted, until the sharing policy's decision replaces it.
  function showPending(request) {
    const column = columnFor(request.requestedBy);
    if (column.requestItems.has(request.actionId)) return;
    const item = requestItem(column, request.actionId, request.type, request.alertId, null);
    item.classList.add("pending");
    for (const target of request.targets) {
      item.querySelector(".verdicts").append(verdictRow(target, "pending", null, "Waiting for the sharing policy"));
    }
  }

  function addOutcome(outcome, fresh) {
    if (certOnly && outcome.requestedBy !== certOnly) return; // the stream never sends these anyway
    state.pending.delete(outcome.actionId);
    const column = columnFor(outcome.requestedBy);
    column.requestItems.get(outcome.actionId)?.remove();
    const item = requestItem(column, outcome.actionId, outcome.trigger, outcome.alertId, outcome.decidedAt);
    if (fresh) item.classList.add("fresh");
    for (const v of outcome.verdicts) {
      // A target that holds the alert already is nothing to refuse: it simply needs no copy.
      const held = v.reason === "RECIPIENT_ALREADY_HOLDS";
      const kind = v.delivered ? "delivered" : held ? "held" : "refused";
      const verdict = v.delivered ? (v.redacted ? "delivered redacted" : "delivered") : held ? "already holds" : "refused";
      const row = verdictRow(v.target, kind, v.reason, v.explanation);
      row.querySelector(".verdict-word").textContent = verdict;
      item.querySelector(".verdicts").append(row);
    }
  }

  function requestItem(column, actionId, kind, alertId, decidedAt) {
    const item = el("request-template").content.firstElementChild.cloneNode(true);
    item.dataset.actionId = actionId;
    item.querySelector(".request-kind").textContent = KIND_LABELS[kind] || kind;
    item.querySelector(".request-alert").textContent = alertId;
    const when = item.querySelector(".request-when");
    when.textContent = decidedAt ? scenarioTime(decidedAt) : "pending";
    when.title = decidedAt ? "Decided (scenario time, UTC)" : "Submitted; not decided yet";
    column.requestList.prepend(item);
    column.requestItems.set(actionId, item);
    column.requests.hidden = false;
    return item;
  }

  function verdictRow(target, verdict, reason, explanation) {
    const row = document.createElement("li");
    row.className = "verdict";
    row.dataset.target = target;
    row.dataset.verdict = verdict;
    const who = document.createElement("span");
    who.className = "verdict-target";
    who.textContent = target;
    const what = document.createElement("span");
    what.className = "verdict-word";
    what.textContent = verdict;
    row.append(who, what);
    if (reason) {
      const code = document.createElement("code");
      code.className = "reason-code";
      code.textContent = reason;
      row.append(code);
    }
    if (explanation) {
      const sentence = document.createElement("span");
      sentence.className = "explanation";
      sentence.textContent = explanation;
      row.append(sentence);
    }
    return row;
  }

  function updateTotals() {
    let total = 0;
    state.columns.forEach((column) => (total += column.list.children.length));
    el("run-deliveries").textContent = String(total);
    el("run-latest").textContent = state.latest ? scenarioTime(state.latest) + " UTC" : "–";
  }

  // ---- start -----------------------------------------------------------------------------

  // Without its run the page asks the server for nothing; with it, the session says what it opens.
  if (state.runId) checkAccess();
  else showAccessNeeded();
})();
