package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The read-only Teams and Secrets of the sandbox workspace, as {@code TeamResponse} / {@code SecretResponse}. */
public final class Directory {
  private final Map<String, ObjectNode> teams;
  private final Map<String, ObjectNode> secrets;

  private Directory(Map<String, ObjectNode> teams, Map<String, ObjectNode> secrets) {
    this.teams = Collections.unmodifiableMap(teams);
    this.secrets = Collections.unmodifiableMap(secrets);
  }

  /** Collects seeds; keeps tag order so listings are deterministic. */
  public static final class Builder {
    private final Map<String, ObjectNode> teams = new TreeMap<>();
    private final Map<String, ObjectNode> secrets = new TreeMap<>();

    public void team(String tag, String name, Optional<String> id, Optional<String> description) {
      ObjectNode team = Codec.object();
      team.put("catalogEntityTag", tag);
      team.put("id", id.orElse(Ids.cid("te", tag)));
      team.put("isArchived", false);
      team.putArray("links");
      ObjectNode metadata = team.putObject("metadata");
      metadata.put("name", name);
      description.ifPresent(d -> metadata.put("description", d));
      team.putArray("slackChannels");
      team.put("teamTag", tag);
      team.put("type", "CORTEX");
      team.putObject("cortexTeam").putArray("members");
      teams.put(tag, team);
    }

    public void secret(String tag, String name, Optional<String> id) {
      ObjectNode secret = Codec.object();
      secret.put("id", id.orElse(Ids.cid("se", tag)));
      secret.put("name", name);
      secret.put("tag", tag);
      secrets.put(tag, secret);
    }

    /** Reads {@code teams: [{tag, name, id?, description?}]} and {@code secrets: [{tag, name, id?}]} (JSON or YAML). */
    public void seedFile(Path file) {
      JsonNode root;
      try {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        root = (name.endsWith(".json") ? Codec.json() : Codec.yaml()).readTree(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read seed file '" + file + "'", e);
      }
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("seed file '" + file + "' must hold an object with 'teams' and 'secrets'");
      }
      JsonNode teamList = root.path("teams");
      for (int i = 0; i < teamList.size(); i++) {
        JsonNode t = teamList.get(i);
        String tag = required(t, "tag", file, "teams[" + i + "]");
        team(tag, t.path("name").asText(tag), text(t, "id"), text(t, "description"));
      }
      JsonNode secretList = root.path("secrets");
      for (int i = 0; i < secretList.size(); i++) {
        JsonNode s = secretList.get(i);
        String tag = required(s, "tag", file, "secrets[" + i + "]");
        secret(tag, s.path("name").asText(tag), text(s, "id"));
      }
    }

    private static String required(JsonNode node, String field, Path file, String where) {
      if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
        throw new IllegalArgumentException("seed file '" + file + "': " + where + " has no '" + field + "'");
      }
      return node.path(field).asText();
    }

    private static Optional<String> text(JsonNode node, String field) {
      return node.path(field).isTextual() ? Optional.of(node.path(field).asText()) : Optional.empty();
    }

    public Directory build() {
      return new Directory(new TreeMap<>(teams), new TreeMap<>(secrets));
    }
  }

  List<ObjectNode> teams() {
    return List.copyOf(teams.values());
  }

  List<ObjectNode> secrets() {
    return List.copyOf(secrets.values());
  }

  Optional<ObjectNode> team(String tagOrId) {
    return find(teams, tagOrId);
  }

  Optional<ObjectNode> secret(String tagOrId) {
    return find(secrets, tagOrId);
  }

  private static Optional<ObjectNode> find(Map<String, ObjectNode> byTag, String tagOrId) {
    ObjectNode direct = byTag.get(tagOrId);
    if (direct != null) {
      return Optional.of(direct);
    }
    return byTag.values().stream().filter(n -> n.path("id").asText().equals(tagOrId)).findFirst();
  }
}
