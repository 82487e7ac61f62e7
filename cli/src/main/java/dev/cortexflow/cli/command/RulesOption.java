package dev.cortexflow.cli.command;

import dev.cortexflow.cli.internal.CliContext;
import dev.cortexflow.cli.internal.CliException;
import dev.cortexflow.cli.internal.Output;
import dev.cortexflow.cli.internal.UserClassPath;
import dev.cortexflow.validate.WorkflowRule;
import dev.cortexflow.validate.WorkflowValidator;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * {@code --rules CLASSPATH} for the commands that validate descriptor files: the organisation rules registered
 * for {@link java.util.ServiceLoader} in the folders and jars of CLASSPATH run after the standard rules.
 */
final class RulesOption {

  @Option(names = "--rules", paramLabel = "CLASSPATH",
      description = "Folders and jars (platform path separator) whose rules, registered in META-INF/services/"
          + "dev.cortexflow.validate.WorkflowRule, run after the standard ones.")
  String classpath;

  /**
   * {@code base} (the standard validator, or the one allowing unknown types), with the rules of {@code --rules}
   * when given; a class path that registers no rule is a usage error, since validating without them would pass
   * what they refuse. The class path stays open for the rest of the command, which the rules may load classes from.
   */
  WorkflowValidator validator(CliContext context, Output output, WorkflowValidator base) {
    if (classpath == null) {
      return base;
    }
    WorkflowValidator validator = UserClassPath.of(context, classpath, "--rules").validator(base);
    if (validator.addedRules().isEmpty()) {
      throw CliException.usage("--rules '" + classpath + "' registers no rule: list the rule classes in "
          + "META-INF/services/" + WorkflowRule.class.getName());
    }
    output.detail("rules: " + validator.addedRules().stream().map(rule -> rule.getClass().getName())
        .collect(Collectors.joining(", ")));
    return validator;
  }
}
