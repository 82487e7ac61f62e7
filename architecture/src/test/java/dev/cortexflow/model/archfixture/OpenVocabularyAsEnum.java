package dev.cortexflow.model.archfixture;

/** Breaks the rule that the model holds no vocabulary as an enum (Cortex's vocabularies are open). */
public enum OpenVocabularyAsEnum { GET, POST }
