package org.liaison.ui.exercise;

import java.util.List;
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;

/**
 * A note an observer of exercise control took on a participant at one moment, as the decision log
 * keeps it (a control entry), so the review shows the notes of a replayed or resumed exercise too.
 *
 * @param tick the simulated hour it was taken at
 * @param participant who it is about
 * @param by who wrote it
 */
public record ObserverNote(long tick, String participant, String by, String text) {
  /** The notes of a log, in the order they were taken. */
  public static List<ObserverNote> in(DecisionLog log) {
    return log.entries().stream()
        .filter(e -> e.kind() == DecisionLog.Kind.CONTROL && e.taken() && e.control() != null
            && e.control().type() == ControlAct.Type.NOTE)
        .map(e -> new ObserverNote(e.tick(), e.control().participant(), e.by(), e.control().text())).toList();
  }
}
