package dev.cortexflow.model.archfixture;

/** Breaks the rule that the model has no enums (Cortex's vocabularies are open). */
public enum OpenVocabularyAsEnum { GET, POST }
