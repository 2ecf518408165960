package org.certex.dashboard.control;

/**
 * The dashboard's answer to a control request the broker has: the page then waits on the live
 * stream for the engine's answer (a {@code control} event with the same {@code requestId}), which
 * says whether it was applied or why not.
 *
 * @param command the command as the page sent it (TRIGGER, not the record's TRIGGER_INJECT)
 */
record ControlReceipt(String requestId, String command) {}
