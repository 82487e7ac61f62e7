package dev.cortexflow.sandbox.internal;

/** One problem the server-like checks found: where (JSON pointer), which rule (title), what (message). */
record Finding(String pointer, String title, String message) {}
