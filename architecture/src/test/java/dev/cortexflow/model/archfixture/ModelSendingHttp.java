package dev.cortexflow.model.archfixture;

import java.net.http.HttpClient;

/** Breaks the rule that the dsl module uses no HTTP library. */
final class ModelSendingHttp {
  HttpClient http;
}
