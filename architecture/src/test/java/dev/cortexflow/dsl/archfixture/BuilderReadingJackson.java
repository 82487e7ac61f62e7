package dev.cortexflow.dsl.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks the rule that the builder does not see Jackson. */
final class BuilderReadingJackson {
  ObjectMapper mapper;
}
