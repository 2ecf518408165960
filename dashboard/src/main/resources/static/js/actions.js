// What a team's console sends: one TraineeAction per request, or the team's own alert. The page
// says "sent" only once the server answered 202 (the broker has the record); what it led to
// (a clock met, a share delivered or refused, an expectation met) comes back on the stream.

import * as api from "./api.js";
import * as store from "./store.js";
import { byId, announce } from "./dom.js";
import { words } from "./format.js";

const LABELS = {
  ACKNOWLEDGE: "Acknowledgement",
  CLASSIFY: "Classification",
  REPORT: "Report",
  REQUEST_REPORT: "Request for an intermediate report",
  SHARE: "Share",
  REQUEST_PERMISSION: "Request for permission",
  GRANT_PERMISSION: "Permission",
  ESCALATE: "Escalation",
  ATTRIBUTE: "Attribution assessment",
  VOTE: "Vote",
  PROPOSE: "Proposal",
  ALERT: "Alert",
  NOTICE: "Notice derived from the alert",
};

export const labelOf = (type, body = {}) => (type === "REPORT" && body.report ? words(body.report).replace(/^./, (c) => c.toUpperCase()) : LABELS[type] || type);

function status(state, text) {
  const node = byId("sent-status");
  if (!node) return;
  node.dataset.state = state;
  node.textContent = text;
}

/** Posts body as the team's action (or, for ALERT, its own alert); resolves to the receipt or null. */
export async function send(runId, team, type, body) {
  const label = labelOf(type, body);
  status("sending", `Sending: ${label}…`);
  const path = type === "ALERT" ? `${api.certPath(runId, team)}/alerts` : `${api.certPath(runId, team)}/actions`;
  try {
    const receipt = await api.post(path, type === "ALERT" ? body : { type, ...body });
    const actionId = receipt.actionId || receipt.alertId;
    store.put(store.get("pending"), actionId, { actionId, type: type === "ALERT" ? "NOTIFY" : type, alertId: body.alertId || receipt.alertId || body.derivedFrom || null, targets: body.targets || body.addressees || [], at: receipt.at || null }, 200);
    // the stream may bring the action (or its outcome) before the 202 reaches the page
    const recorded = store.get("teamActions").has(actionId) && type !== "SHARE" && type !== "GRANT_PERMISSION";
    if (recorded || store.get("outcomes").has(actionId)) store.get("pending").delete(actionId);
    store.changed("pending");
    const sentence = `Sent: ${label}${body.alertId ? ` on ${body.alertId}` : ""}${receipt.alertId && type === "ALERT" ? ` as alert ${receipt.alertId}` : ""} (action ${actionId}).`;
    status("sent", sentence);
    announce(sentence);
    return receipt;
  } catch (error) {
    const sentence = error.status === 403 ? "This page may not act for this team." : error.message;
    status("refused", `Not sent: ${label}. ${sentence}`);
    announce(`Not sent: ${sentence}`);
    return null;
  }
}
