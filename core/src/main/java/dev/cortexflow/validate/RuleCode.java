package dev.cortexflow.validate;

/**
 * The stable code of a {@link Violation}: one of cortexflow's own ({@link ViolationCode}) or one an organisation
 * defines for its own {@link WorkflowRule} with {@link #of(String, String)}. Tools match on {@link #name()}; the
 * command line prints it in every format and SARIF lists it as the rule id with {@link #help()} as its help text.
 */
public interface RuleCode {

  /** The code as printed and matched, e.g. {@code UNKNOWN_TARGET} or {@code APPROVAL_BEFORE_PRODUCTION}. */
  String name();

  /** One sentence saying what the code means and how to fix it, for help texts (SARIF {@code help}). */
  String help();

  /**
   * A code of an organisation's own rule. Two codes are equal when their names and help texts are.
   *
   * <pre class="compilable">{@code
   * static final RuleCode CODE = RuleCode.of("APPROVAL_BEFORE_PRODUCTION",
   *     "A call to a production host needs a MANUAL_APPROVAL block on every path before it.");
   * }</pre>
   *
   * @param name upper-case letters, digits and underscores, starting with a letter; not a {@link ViolationCode}
   * @param help one line, not blank
   * @throws IllegalArgumentException when the name is malformed or is one of cortexflow's codes, or the help is
   *     blank or has a line break
   */
  static RuleCode of(String name, String help) {
    return new OwnRuleCode(name, help);
  }
}
