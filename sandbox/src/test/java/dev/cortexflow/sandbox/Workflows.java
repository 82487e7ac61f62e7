package dev.cortexflow.sandbox;

/** Small descriptor texts used across the tests. */
final class Workflows {
  private Workflows() {}

  static String global(String tag, String name) {
    return "{\"name\":\"" + name + "\",\"tag\":\"" + tag + "\",\"description\":\"About " + name + "\","
        + "\"isDraft\":false,\"filter\":{\"type\":\"GLOBAL\"},"
        + "\"actions\":[{\"name\":\"Pass\",\"slug\":\"pass\",\"schema\":{\"type\":\"JQ\",\"expression\":\".\"},"
        + "\"outgoingActions\":[],\"isRootAction\":true}]}";
  }

  static final String ASYNC_YAML =
      "name: Deploy\n"
          + "tag: deploy\n"
          + "isDraft: false\n"
          + "isRunnableViaApi: true\n"
          + "filter:\n"
          + "  type: GLOBAL\n"
          + "variables:\n"
          + "  - slug: env\n"
          + "    type: STRING\n"
          + "    defaultValue: staging\n"
          + "actions:\n"
          + "  - name: Start deploy\n"
          + "    slug: start-deploy\n"
          + "    isRootAction: true\n"
          + "    outgoingActions: [wait-deploy]\n"
          + "    schema:\n"
          + "      type: HTTP_REQUEST\n"
          + "      httpMethod: POST\n"
          + "      url: https://deploy.example.com/{{variables.env}}\n"
          + "      headers:\n"
          + "        Authorization: 'Bearer {{context.secrets.deploy-key}}'\n"
          + "      payload: '{\"service\": \"{{{context.initialContext.service}}}\"}'\n"
          + "  - name: Wait for deploy\n"
          + "    slug: wait-deploy\n"
          + "    isRootAction: false\n"
          + "    outgoingActions: [notify]\n"
          + "    schema:\n"
          + "      type: HTTP_REQUEST_ASYNC\n"
          + "      httpMethod: POST\n"
          + "      url: https://ci.example.com/hooks\n"
          + "      headers: {}\n"
          + "      payload: '{\"callback\": \"{{{callbackUrl}}}\"}'\n"
          + "  - name: Notify\n"
          + "    slug: notify\n"
          + "    isRootAction: false\n"
          + "    outgoingActions: []\n"
          + "    schema:\n"
          + "      type: SLACK\n"
          + "      channel: deploys\n"
          + "      message: 'Deployed to {{variables.env}}: {{actions.wait-deploy.outputs.result.output.version}}'\n";
}
