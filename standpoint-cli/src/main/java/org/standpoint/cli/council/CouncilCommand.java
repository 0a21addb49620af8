package org.standpoint.cli.council;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code standpoint council}: groups the Security Council subcommands; alone it prints their usage. */
@Command(name = "council", description = "The UN Security Council: members, the record of failed drafts, and whip counts.",
        subcommands = {CouncilMembersCommand.class, CouncilHistoryCommand.class, CouncilProjectCommand.class, CouncilBacktestCommand.class})
public final class CouncilCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
