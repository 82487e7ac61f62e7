package dev.cortexflow.client.internal;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Read-only {@code /api/v1/teams} and {@code /api/v1/secrets}: every method returns the response body as text. */
public interface DirectoryApi {

  @RequestLine("GET /api/v1/teams?includeTeamsWithoutMembers=true")
  @Headers("Accept: application/json")
  String listTeams();

  @RequestLine(value = "GET /api/v1/teams/{tagOrId}", decodeSlash = false)
  @Headers("Accept: application/json")
  String getTeam(@Param("tagOrId") String tagOrId);

  @RequestLine(value = "GET /api/v1/secrets?page={page}&pageSize={pageSize}", decodeSlash = false)
  @Headers("Accept: application/json")
  String listSecrets(@Param("page") int page, @Param("pageSize") int pageSize);

  @RequestLine(value = "GET /api/v1/secrets/{tagOrId}", decodeSlash = false)
  @Headers("Accept: application/json")
  String getSecret(@Param("tagOrId") String tagOrId);
}
