package dev.cortexflow.sandbox.internal;

import java.io.IOException;
import java.util.List;

/** Maps a method and path to its route; 404 for unknown paths, 405 for a known path with another method. */
final class Router {
  private final WorkflowRoutes workflows;
  private final RunRoutes runs;
  private final DirectoryRoutes directory;

  Router(WorkflowRoutes workflows, RunRoutes runs, DirectoryRoutes directory) {
    this.workflows = workflows;
    this.runs = runs;
    this.directory = directory;
  }

  void route(Call call) throws IOException {
    List<String> s = call.segments();
    String method = call.method();
    if (s.size() < 3 || !s.get(0).equals("api") || !s.get(1).equals("v1")) {
      throw noRoute(call);
    }
    String resource = s.get(2);
    int size = s.size();
    if (resource.equals("workflows")) {
      if (size == 3) {
        dispatch(call, "GET, POST", method.equals("GET") ? () -> workflows.list(call)
            : method.equals("POST") ? () -> workflows.createOrUpdate(call) : null);
      } else if (size == 4 && s.get(3).equals("validate") && method.equals("POST")) {
        workflows.validate(call);
      } else if (size == 4) {
        dispatch(call, "GET, DELETE" + (s.get(3).equals("validate") ? ", POST" : ""),
            method.equals("GET") ? () -> workflows.get(call, s.get(3))
            : method.equals("DELETE") ? () -> workflows.delete(call, s.get(3)) : null);
      } else if (size == 6 && s.get(4).equals("callback")) {
        dispatch(call, "POST", method.equals("POST") ? () -> runs.callback(call, s.get(3), s.get(5)) : null);
      } else if (size == 5 && s.get(4).equals("runs")) {
        dispatch(call, "POST", method.equals("POST") ? () -> runs.start(call, s.get(3)) : null);
      } else if (size == 6 && s.get(4).equals("runs")) {
        dispatch(call, "GET", method.equals("GET") ? () -> runs.get(call, s.get(3), s.get(5)) : null);
      } else {
        throw noRoute(call);
      }
    } else if (resource.equals("teams") && size <= 4) {
      dispatch(call, "GET", !method.equals("GET") ? null
          : size == 3 ? () -> directory.listTeams(call) : () -> directory.getTeam(call, s.get(3)));
    } else if (resource.equals("secrets") && size <= 4) {
      dispatch(call, "GET", !method.equals("GET") ? null
          : size == 3 ? () -> directory.listSecrets(call) : () -> directory.getSecret(call, s.get(3)));
    } else {
      throw noRoute(call);
    }
  }

  private interface Route {
    void run() throws IOException;
  }

  private static void dispatch(Call call, String allowed, Route route) throws IOException {
    if (route == null) {
      call.setHeader("Allow", allowed);
      throw new ApiException(
          405, "BAD_REQUEST", "Method '" + call.method() + "' is not supported on '" + call.path() + "'");
    }
    route.run();
  }

  private static ApiException noRoute(Call call) {
    return ApiException.notFound("No endpoint " + call.method() + " " + call.path());
  }
}
