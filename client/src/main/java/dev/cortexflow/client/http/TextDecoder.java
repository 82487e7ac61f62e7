package dev.cortexflow.client.http;

import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Every API method returns its body as text; parsing happens in each client's JSON reader, where errors carry context. */
final class TextDecoder implements Decoder {

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (type != String.class) {
      throw new IllegalStateException("API methods return String, not " + type);
    }
    if (response.body() == null) {
      return "";
    }
    try (InputStream in = response.body().asInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
