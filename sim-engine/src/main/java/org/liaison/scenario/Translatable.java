package org.liaison.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text a person reads: in a file it may be one text, in the scenario's language, or a
 * mapping from language tag to text. Only fields so marked take such a mapping, so that an id
 * that happens to look like a language tag is never read as one. The records hold the text
 * already chosen for the reader's language, so code reads it as a plain string.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Translatable {}
