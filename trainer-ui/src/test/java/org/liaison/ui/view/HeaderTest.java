package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen's header on one line where its heading has room, on two where it has not (the heading,
 * then the controls), its heading never broken inside a word, and the content below giving up the
 * height the second line takes: at 150% text, a French heading and four buttons in a wide window
 * and in a narrow one.
 */
@ExtendWith(ApplicationExtension.class)
class HeaderTest {
  private Stage stage;
  private Header header;
  private ScrollPane content;
  private BorderPane screen;
  private List<Button> buttons;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new BorderPane(), 1400, 500));
    stage.show();
  }

  /** The screen in a new scene of this width, as a window of that size shows it. */
  private void show(FxRobot robot, double width) {
    robot.interact(() -> {
      Label heading = new Label("Bibliothèque de scénarios");
      heading.getStyleClass().add("h1");
      buttons = List.of(new Button("Projecteur"), new Button("Français"), new Button("Ouvrir un dossier…"),
          new Button("Reprendre un exercice enregistré…"));
      Node[] nodes = new Node[buttons.size() + 1];
      nodes[0] = heading;
      for (int i = 0; i < buttons.size(); i++) {
        nodes[i + 1] = buttons.get(i);
      }
      header = Bars.header(heading, nodes);
      Region tall = new Region();
      tall.setPrefHeight(2000);
      content = new ScrollPane(tall);
      screen = new BorderPane(content);
      screen.setTop(header);
      screen.getStyleClass().add("screen");
      screen.setStyle("-fx-font-size: 19.5px;");
      Scene scene = new Scene(screen, width, 500);
      scene.getStylesheets().add(MainView.class.getResource("/org/liaison/ui/liaison.css").toExternalForm());
      stage.setScene(scene);
      screen.applyCss();
      screen.layout();
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(width, stage.getScene().getWidth(), 0.5);
  }

  private static Bounds scene(Node n) {
    return n.localToScene(n.getLayoutBounds());
  }

  @Test
  void oneLineWhereTheHeadingHasRoomTwoWhereItHasNotAndTheContentGivesUpTheHeight(FxRobot robot) {
    show(robot, 1400);
    assertTrue(header.oneLine(), "a wide window has room for all on one line");
    Bounds heading = scene(header.getChildrenUnmodifiable().get(0));
    for (Button b : buttons) {
      double middle = scene(b).getCenterY();
      assertTrue(middle > heading.getMinY() && middle < heading.getMaxY(), b.getText() + " beside the heading");
    }
    assertEquals(List.of(), LayoutCheck.problems(stage.getScene()));
    double wideContent = content.getHeight();

    show(robot, 700);
    assertFalse(header.oneLine(), "in a narrow window the heading would have a few letters' room");
    heading = scene(header.getChildrenUnmodifiable().get(0));
    for (Button b : buttons) {
      assertTrue(scene(b).getMinY() >= heading.getMaxY(), b.getText() + " below the heading");
    }
    assertEquals(List.of(), LayoutCheck.problems(stage.getScene()), "nothing cut, outside or broken");
    Bounds below = scene(content);
    assertTrue(below.getMinY() >= scene(header).getMaxY() - 0.5, "the content starts below the header");
    assertEquals(stage.getScene().getHeight() - screen.snappedBottomInset(), below.getMaxY(), 1.5,
        "and ends at the screen's bottom");
    assertTrue(content.getHeight() < wideContent - 20, "it gave up the second line's height: " + content.getHeight()
        + " of " + wideContent);
  }
}
