package dev.cortexflow.withcortex.internal;

import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/** {@code /apps/{app_id}/workflows}: every method returns the response body as text. */
public interface WithCortexApi {

  String WORKFLOWS = "/apps/{app}/workflows";
  String WORKFLOW = WORKFLOWS + "/{workflow}";
  String RUN = WORKFLOW + "/runs/{run}";
  String DISCOVER = WORKFLOWS + "/discover";

  @RequestLine(value = "GET " + WORKFLOWS, decodeSlash = false)
  @Headers("Accept: application/json")
  String listWorkflows(@Param("app") String app, @QueryMap Map<String, Object> query);

  @RequestLine(value = "GET " + WORKFLOW, decodeSlash = false)
  @Headers("Accept: application/json")
  String getWorkflow(@Param("app") String app, @Param("workflow") String workflow);

  @RequestLine(value = "GET " + WORKFLOW + "/runs", decodeSlash = false)
  @Headers("Accept: application/json")
  String listRuns(@Param("app") String app, @Param("workflow") String workflow, @QueryMap Map<String, Object> query);

  @RequestLine(value = "POST " + WORKFLOW + "/runs", decodeSlash = false)
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  String run(@Param("app") String app, @Param("workflow") String workflow, String body);

  @RequestLine(value = "GET " + RUN, decodeSlash = false)
  @Headers("Accept: application/json")
  String getRun(@Param("app") String app, @Param("workflow") String workflow, @Param("run") String run);

  @RequestLine(value = "POST " + RUN + "/cancel", decodeSlash = false)
  @Headers("Accept: application/json")
  String cancel(@Param("app") String app, @Param("workflow") String workflow, @Param("run") String run);

  @RequestLine(value = "POST " + RUN + "/replay", decodeSlash = false)
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  String replay(@Param("app") String app, @Param("workflow") String workflow, @Param("run") String run, String body);

  @RequestLine(value = "GET " + WORKFLOW + "/versions", decodeSlash = false)
  @Headers("Accept: application/json")
  String listVersions(@Param("app") String app, @Param("workflow") String workflow,
      @QueryMap Map<String, Object> query);

  @RequestLine(value = "GET " + WORKFLOW + "/versions/{version}", decodeSlash = false)
  @Headers("Accept: application/json")
  String getVersion(@Param("app") String app, @Param("workflow") String workflow, @Param("version") String version);

  @RequestLine(value = "GET " + DISCOVER, decodeSlash = false)
  @Headers("Accept: application/json")
  String discover(@Param("app") String app, @QueryMap Map<String, Object> query);

  @RequestLine(value = "GET " + DISCOVER + "/{workflow}", decodeSlash = false)
  @Headers("Accept: application/json")
  String getDiscoverable(@Param("app") String app, @Param("workflow") String workflow);

  @RequestLine(value = "GET " + DISCOVER + "/{workflow}/versions/{version}", decodeSlash = false)
  @Headers("Accept: application/json")
  String getDiscoverableVersion(@Param("app") String app, @Param("workflow") String workflow,
      @Param("version") String version);

  @RequestLine(value = "POST " + DISCOVER + "/{workflow}/runs", decodeSlash = false)
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  String runDiscoverable(@Param("app") String app, @Param("workflow") String workflow, String body);

  @RequestLine(value = "POST " + DISCOVER + "/{workflow}/runs/{run}/cancel", decodeSlash = false)
  @Headers("Accept: application/json")
  String cancelDiscoverable(@Param("app") String app, @Param("workflow") String workflow, @Param("run") String run);
}
