package org.liaison.ui.exercise;

import org.liaison.scenario.read.ProblemText;

/**
 * A saved exercise that read well but cannot be replayed on its scenario; its text is a code with
 * arguments, so the trainer says it in its own language.
 */
public final class ResumeException extends IllegalStateException {
  private static final long serialVersionUID = 1L;
  private final transient ProblemText text;

  public ResumeException(ProblemText text, Throwable cause) {
    super(text.english(), cause);
    this.text = text;
  }

  public ProblemText text() {
    return text;
  }
}
