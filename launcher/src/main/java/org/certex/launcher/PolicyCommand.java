package org.certex.launcher;

import picocli.CommandLine.Command;

/** {@code certex policy}: the sharing policy, without running anything. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "Explain the sharing policy's decisions for alerts on a scenario.",
    subcommands = {PolicyExplain.class})
final class PolicyCommand {}
