package dev.cortexflow.cli.command;

import dev.cortexflow.validate.WorkflowValidator;
import picocli.CommandLine.Option;

/**
 * {@code --allow-unknown-types} for the commands that read or build descriptors for a workspace: a block, input,
 * override, variable source or filter type cortexflow does not know is then a WARNING instead of an ERROR, for the
 * day Cortex adds one before cortexflow does. The server still decides whether it accepts it.
 */
final class UnknownTypesOption {

  @Option(names = "--allow-unknown-types",
      description = "Accept block, input, override, source and filter types cortexflow does not know yet "
          + "(UNKNOWN_TYPE is then a warning, not an error).")
  boolean allow;

  /** The validator the command starts from: {@link WorkflowValidator#standard()}, or the one allowing unknown types. */
  WorkflowValidator validator() {
    return allow ? WorkflowValidator.allowingUnknownTypes() : WorkflowValidator.standard();
  }
}
