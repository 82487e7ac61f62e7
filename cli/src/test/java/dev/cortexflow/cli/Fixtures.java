package dev.cortexflow.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small descriptors written for these tests. */
final class Fixtures {

  static final String VALID = """
      name: Notify on deploy
      tag: notify-on-deploy
      description: Posts a message.
      isDraft: false
      filter:
        type: GLOBAL
      variables: []
      actions:
      - name: Shape
        slug: shape
        schema:
          type: JQ
          expression: .
        outgoingActions:
        - notify
        isRootAction: true
      - name: Notify
        slug: notify
        schema:
          type: SLACK
          channel: deploys
          message: 'Done: {{actions.shape.outputs.result}}'
        outgoingActions: []
        isRootAction: false
      runRestrictionPolicies: []
      restrictActionCompletionToRunnerUser: false
      """;

  /** Canonical except for key order: the codec puts {@code tag} after {@code name}. */
  static final String NOT_CANONICAL = VALID.replace("name: Notify on deploy\ntag: notify-on-deploy\n",
      "tag: notify-on-deploy\nname: Notify on deploy\n");

  /** {@code notify} names a successor that is no block. */
  static final String BROKEN_EDGE = VALID.replace("  outgoingActions: []\n  isRootAction: false",
      "  outgoingActions:\n  - notfy\n  isRootAction: false");

  static final String BRANCHING = """
      name: Route deploys
      tag: route-deploys
      isDraft: false
      filter:
        type: GLOBAL
      variables: []
      actions:
      - name: Route
        slug: route
        schema:
          type: CONDITIONAL_BRANCH
          branches:
          - name: API call
            slug: api
            expression: context.initiatedBy == null
            outgoingAction: shape
            type: CONDITIONAL
          fallbackBranch:
            name: Anything else
            slug: other
            outgoingAction: notify
            type: FALLBACK
          joiningAction: notify
        outgoingActions:
        - shape
        - notify
        isRootAction: true
      - name: Shape
        slug: shape
        schema:
          type: JQ
          expression: .
        outgoingActions:
        - notify
        isRootAction: false
      - name: Notify
        slug: notify
        schema:
          type: SLACK
          channel: deploys
          message: done
        outgoingActions: []
        isRootAction: false
      runRestrictionPolicies: []
      restrictActionCompletionToRunnerUser: false
      """;

  /** A billion laughs: aliases that expand exponentially (108 of them). */
  static final String ALIAS_BOMB = aliasBomb();

  /** The classic billion laughs: only 81 aliases, but they expand to 9^9 values. */
  static final String BILLION_LAUGHS = """
      a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
      b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
      c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
      d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
      e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
      f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
      g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
      h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
      name: [*h,*h,*h,*h,*h,*h,*h,*h,*h]
      """;

  /** A tag asking for a Java object. */
  static final String JAVA_TAG = "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader []]\n";

  private Fixtures() {}

  private static String aliasBomb() {
    StringBuilder yaml = new StringBuilder("l0: &l0 [\"lol\", \"lol\"]\n");
    for (int level = 1; level <= 9; level++) {
      yaml.append('l').append(level).append(": &l").append(level).append(" [");
      for (int i = 0; i < 12; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
      }
      yaml.append("]\n");
    }
    return yaml.append("name: *l9\n").toString();
  }

  static Path write(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
