package dev.cortexflow.client.internal;

import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/** {@code /api/v1/workflows}: every method returns the response body as text. */
public interface WorkflowsApi {

  @RequestLine("GET /api/v1/workflows")
  @Headers("Accept: application/json")
  String list(@QueryMap Map<String, Object> query);

  @RequestLine(value = "GET /api/v1/workflows/{tagOrId}", decodeSlash = false)
  @Headers("Accept: {accept}")
  String get(@Param("tagOrId") String tagOrId, @Param("accept") String accept);

  @RequestLine("POST /api/v1/workflows")
  @Headers({"Content-Type: {contentType}", "Accept: application/json"})
  String createOrUpdate(@Param("contentType") String contentType, String body);

  @RequestLine("POST /api/v1/workflows/validate")
  @Headers({"Content-Type: {contentType}", "Accept: application/json"})
  String validate(@Param("contentType") String contentType, String body);

  @RequestLine(value = "DELETE /api/v1/workflows/{tagOrId}", decodeSlash = false)
  @Headers("Accept: application/json")
  void delete(@Param("tagOrId") String tagOrId);

  @RequestLine(value = "POST /api/v1/workflows/{tagOrId}/callback/{callbackId}", decodeSlash = false)
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  void callback(@Param("tagOrId") String tagOrId, @Param("callbackId") String callbackId, String body);

  @RequestLine(value = "POST /api/v1/workflows/{tagOrId}/runs", decodeSlash = false)
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  String startRun(@Param("tagOrId") String tagOrId, String body);

  @RequestLine(value = "GET /api/v1/workflows/{tagOrId}/runs/{runId}", decodeSlash = false)
  @Headers("Accept: application/json")
  String getRun(@Param("tagOrId") String tagOrId, @Param("runId") String runId);
}
