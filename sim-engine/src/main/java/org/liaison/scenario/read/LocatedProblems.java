package org.liaison.scenario.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems one checking stage finds, each located through the tree by its JSON pointer.
 *
 * <p>A hostile file could yield hundreds of thousands of problems, so at most
 * {@link ScenarioReader#MAX_PROBLEMS_KEPT} are kept and the rest only counted.
 */
final class LocatedProblems {
  private final String file;
  private final LocatedTree tree;
  private final List<Problem> kept = new ArrayList<>();
  private int omitted;

  LocatedProblems(String file, LocatedTree tree) {
    this.file = file;
    this.tree = tree;
  }

  void report(String pointer, ProblemText text) {
    if (kept.size() >= ScenarioReader.MAX_PROBLEMS_KEPT) {
      omitted++;
      return;
    }
    LocatedTree.Position at = tree.positionOf(pointer);
    kept.add(new Problem(file, at.line(), at.column(), Pointers.toPath(pointer), text));
  }

  /** The problems kept, followed by a line counting those omitted, if any were. */
  List<Problem> list() {
    List<Problem> all = new ArrayList<>(kept);
    if (omitted > 0) {
      all.add(ScenarioReader.omitted(file, omitted));
    }
    return List.copyOf(all);
  }
}
