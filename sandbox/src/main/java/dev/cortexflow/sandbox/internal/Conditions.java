package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Evaluates the trivially evaluable branch expressions: literals ({@code true}, {@code 1}, {@code "x"},
 * {@code null}), state paths ({@code variables["env"]}, {@code actions.ask.outputs.ok}), {@code ==},
 * {@code !=}, {@code !}, {@code &&}, {@code ||} and parentheses. Anything else (functions, {@code <},
 * arithmetic, {@code in}, …) is not evaluated: {@link #evaluate} answers empty and the run takes the fallback.
 */
final class Conditions {
  private final String text;
  private final JsonNode state;
  private int pos;

  private Conditions(String text, JsonNode state) {
    this.text = text;
    this.state = state;
  }

  /** True or false when the expression is evaluable over {@code state}, else empty. */
  static Optional<Boolean> evaluate(String expression, JsonNode state) {
    Conditions parser = new Conditions(expression, state);
    try {
      JsonNode value = parser.or();
      parser.skipSpaces();
      if (parser.pos != parser.text.length() || !value.isBoolean()) {
        return Optional.empty();
      }
      return Optional.of(value.asBoolean());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private JsonNode or() {
    JsonNode left = and();
    while (consume("||")) {
      JsonNode right = and();
      left = bool(truth(left) || truth(right));
    }
    return left;
  }

  private JsonNode and() {
    JsonNode left = comparison();
    while (consume("&&")) {
      JsonNode right = comparison();
      left = bool(truth(left) && truth(right));
    }
    return left;
  }

  private JsonNode comparison() {
    JsonNode left = unary();
    if (consume("==")) {
      return bool(same(left, unary()));
    }
    if (consume("!=")) {
      return bool(!same(left, unary()));
    }
    return left;
  }

  private JsonNode unary() {
    skipSpaces();
    if (peek() == '!' && !text.startsWith("!=", pos)) {
      pos++;
      return bool(!truth(unary()));
    }
    if (peek() == '(') {
      pos++;
      JsonNode inner = or();
      if (!consume(")")) {
        throw new IllegalArgumentException("unclosed parenthesis");
      }
      return inner;
    }
    return operand();
  }

  private JsonNode operand() {
    skipSpaces();
    char c = peek();
    if (c == '"' || c == '\'') {
      int end = text.indexOf(c, pos + 1);
      if (end < 0) {
        throw new IllegalArgumentException("unclosed string");
      }
      String value = text.substring(pos + 1, end);
      pos = end + 1;
      return Codec.NODES.textNode(value);
    }
    int start = pos;
    if (c == '-' || Character.isDigit(c)) {
      pos++;
      while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
        pos++;
      }
      return Codec.NODES.numberNode(new java.math.BigDecimal(text.substring(start, pos)));
    }
    while (pos < text.length() && isPathChar(text.charAt(pos))) {
      if (text.charAt(pos) == '[') {
        int close = text.indexOf(']', pos);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed bracket");
        }
        pos = close + 1;
      } else {
        pos++;
      }
    }
    String word = text.substring(start, pos);
    switch (word) {
      case "":
        throw new IllegalArgumentException("operand expected at " + pos);
      case "true":
      case "false":
        return bool(Boolean.parseBoolean(word));
      case "null":
        return Codec.NODES.nullNode();
      default:
        skipSpaces();
        if (peek() == '(' || StatePath.parse(word).isEmpty()) {
          throw new IllegalArgumentException("not a path: " + word);
        }
        JsonNode value = StatePath.resolve(state, word);
        return value.isMissingNode() ? Codec.NODES.nullNode() : value;
    }
  }

  private static boolean isPathChar(char c) {
    return StatePath.isNameChar(c) || c == '.' || c == '[';
  }

  private static boolean same(JsonNode left, JsonNode right) {
    if (left.isNumber() && right.isNumber()) {
      return left.decimalValue().compareTo(right.decimalValue()) == 0;
    }
    return left.equals(right);
  }

  private static boolean truth(JsonNode value) {
    if (!value.isBoolean()) {
      throw new IllegalArgumentException("not a boolean: " + value);
    }
    return value.asBoolean();
  }

  private static JsonNode bool(boolean value) {
    return Codec.NODES.booleanNode(value);
  }

  private boolean consume(String token) {
    skipSpaces();
    if (text.startsWith(token, pos)) {
      pos += token.length();
      return true;
    }
    return false;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }
}
