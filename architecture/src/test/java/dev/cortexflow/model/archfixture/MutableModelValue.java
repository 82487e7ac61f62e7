package dev.cortexflow.model.archfixture;

/** Breaks the rule that public model values are interfaces, records or final. */
public class MutableModelValue {
  public String name;
}
