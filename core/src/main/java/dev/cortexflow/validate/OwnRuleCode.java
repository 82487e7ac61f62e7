package dev.cortexflow.validate;

import java.util.Objects;
import java.util.regex.Pattern;

/** A {@link RuleCode} of an organisation's own rule, made by {@link RuleCode#of(String, String)}. */
record OwnRuleCode(String name, String help) implements RuleCode {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  OwnRuleCode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(help, "help");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("code '" + name + "' is not valid: use upper-case letters, digits and"
          + " underscores, starting with a letter, e.g. APPROVAL_BEFORE_PRODUCTION");
    }
    for (ViolationCode own : ViolationCode.values()) {
      if (own.name().equals(name)) {
        throw new IllegalArgumentException("code '" + name + "' is one of cortexflow's own codes: give the rule"
            + " a code of its own");
      }
    }
    if (help.isBlank() || help.indexOf('\n') >= 0 || help.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("the help of code '" + name + "' must be one line of text");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
