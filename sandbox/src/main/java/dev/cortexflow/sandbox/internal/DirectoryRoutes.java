package dev.cortexflow.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Read-only Teams ({@code AllTeamsResponse}, {@code TeamResponse}) and Secrets (paged) look-ups. */
final class DirectoryRoutes {
  private static final Set<MediaType> JSON_ONLY = Set.of(MediaType.JSON);

  private final Directory directory;

  DirectoryRoutes(Directory directory) {
    this.directory = directory;
  }

  void listTeams(Call call) throws IOException {
    MediaType accept = MediaType.negotiate(call.header("Accept"), JSON_ONLY);
    String teamTag = call.queryParam("teamTag");
    if (teamTag != null && !teamTag.isBlank()) {
      // documented: with teamTag the answer is the single team, not a list
      call.send(200, requireTeam(teamTag), accept);
      return;
    }
    ObjectNode body = Codec.object();
    body.putArray("teams").addAll(directory.teams());
    call.send(200, body, accept);
  }

  void getTeam(Call call, String tagOrId) throws IOException {
    MediaType accept = MediaType.negotiate(call.header("Accept"), JSON_ONLY);
    call.send(200, requireTeam(tagOrId), accept);
  }

  private ObjectNode requireTeam(String tagOrId) {
    return directory
        .team(tagOrId)
        .orElseThrow(() -> ApiException.notFound("Team with tag or id '" + tagOrId + "' not found"));
  }

  void listSecrets(Call call) throws IOException {
    MediaType accept = MediaType.negotiate(call.header("Accept"), JSON_ONLY);
    int page = call.intParam("page", 0, 0, Integer.MAX_VALUE);
    int pageSize = call.intParam("pageSize", 250, 1, 1000);
    List<ObjectNode> all = directory.secrets();
    ObjectNode body = Codec.object();
    body.put("page", page);
    body.putArray("secrets")
        .addAll(all.subList((int) Math.min(all.size(), (long) page * pageSize),
            (int) Math.min(all.size(), (long) page * pageSize + pageSize)));
    body.put("total", all.size());
    body.put("totalPages", (all.size() + pageSize - 1) / pageSize);
    call.send(200, body, accept);
  }

  void getSecret(Call call, String tagOrId) throws IOException {
    MediaType accept = MediaType.negotiate(call.header("Accept"), JSON_ONLY);
    ObjectNode secret =
        directory
            .secret(tagOrId)
            .orElseThrow(() -> ApiException.notFound("Secret with tag or id '" + tagOrId + "' not found"));
    call.send(200, secret, accept);
  }
}
