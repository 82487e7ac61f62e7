package dev.cortexflow.cloudflare.internal;

import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/** {@code /accounts/{account_id}/workflows}: every method returns the response body as text. */
public interface CloudflareApi {

  String WORKFLOWS = "/accounts/{account}/workflows";
  String WORKFLOW = WORKFLOWS + "/{workflow}";
  String INSTANCES = WORKFLOW + "/instances";
  String INSTANCE = INSTANCES + "/{instance}";

  @RequestLine(value = "GET " + WORKFLOWS, decodeSlash = false)
  @Headers("Accept: application/json")
  String listWorkflows(@Param("account") String account, @QueryMap Map<String, Object> query);

  @RequestLine(value = "GET " + WORKFLOW, decodeSlash = false)
  @Headers("Accept: application/json")
  String getWorkflow(@Param("account") String account, @Param("workflow") String workflow);

  @RequestLine(value = "PUT " + WORKFLOW, decodeSlash = false)
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  String putWorkflow(@Param("account") String account, @Param("workflow") String workflow, String body);

  @RequestLine(value = "DELETE " + WORKFLOW, decodeSlash = false)
  @Headers("Accept: application/json")
  String deleteWorkflow(@Param("account") String account, @Param("workflow") String workflow);

  @RequestLine(value = "GET " + INSTANCES, decodeSlash = false)
  @Headers("Accept: application/json")
  String listInstances(@Param("account") String account, @Param("workflow") String workflow,
      @QueryMap Map<String, Object> query);

  @RequestLine(value = "POST " + INSTANCES, decodeSlash = false)
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  String createInstance(@Param("account") String account, @Param("workflow") String workflow, String body);

  @RequestLine(value = "POST " + INSTANCES + "/batch", decodeSlash = false)
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  String createInstances(@Param("account") String account, @Param("workflow") String workflow, String body);

  @RequestLine(value = "GET " + INSTANCE, decodeSlash = false)
  @Headers("Accept: application/json")
  String getInstance(@Param("account") String account, @Param("workflow") String workflow,
      @Param("instance") String instance);

  @RequestLine(value = "PATCH " + INSTANCE + "/status", decodeSlash = false)
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  String changeStatus(@Param("account") String account, @Param("workflow") String workflow,
      @Param("instance") String instance, String body);

  @RequestLine(value = "POST " + INSTANCE + "/events/{eventType}", decodeSlash = false)
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  String sendEvent(@Param("account") String account, @Param("workflow") String workflow,
      @Param("instance") String instance, @Param("eventType") String eventType, String body);

  @RequestLine(value = "GET " + WORKFLOW + "/versions", decodeSlash = false)
  @Headers("Accept: application/json")
  String listVersions(@Param("account") String account, @Param("workflow") String workflow,
      @QueryMap Map<String, Object> query);

  @RequestLine(value = "GET " + WORKFLOW + "/versions/{version}", decodeSlash = false)
  @Headers("Accept: application/json")
  String getVersion(@Param("account") String account, @Param("workflow") String workflow,
      @Param("version") String version);
}
