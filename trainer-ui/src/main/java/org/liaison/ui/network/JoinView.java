package org.liaison.ui.network;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.application.Platform;
import org.liaison.net.protocol.SeatKind;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.view.MainView;

/**
 * The join screen: server address, join code, the participant's name and, for TLS, the
 * certificate's fingerprint. Once seated it shows the control console (control and observers)
 * or, for a trainee, the exercise screen on what the server lets the role see.
 */
public final class JoinView {
  private final StackPane root = new StackPane();
  private boolean seated;

  public JoinView(NetworkViewModel vm) {
    root.getStylesheets().add(MainView.class.getResource("/org/liaison/ui/liaison.css").toExternalForm());
    var t = vm.text();
    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(10);
    form.setPadding(new Insets(24));
    Label title = new Label(t.getString("join.title"));
    title.getStyleClass().add("title");
    form.add(title, 0, 0, 2, 1);
    TextField address = new TextField();
    address.setId("join-address");
    address.textProperty().bindBidirectional(vm.addressProperty());
    PasswordField code = new PasswordField();
    code.setId("join-code");
    code.textProperty().bindBidirectional(vm.codeProperty());
    TextField name = new TextField();
    name.setId("join-participant");
    name.textProperty().bindBidirectional(vm.participantProperty());
    TextField fingerprint = new TextField();
    fingerprint.setId("join-fingerprint");
    fingerprint.textProperty().bindBidirectional(vm.fingerprintProperty());
    form.addRow(1, new Label(t.getString("join.address")), address);
    form.addRow(2, new Label(t.getString("join.code")), code);
    form.addRow(3, new Label(t.getString("join.participant")), name);
    form.addRow(4, new Label(t.getString("join.fingerprint")), fingerprint);
    Button join = new Button(t.getString("join.button"));
    join.setId("join-button");
    join.setDefaultButton(true);
    join.disableProperty().bind(vm.busyProperty());
    join.setOnAction(e -> vm.join());
    Label status = new Label();
    status.setId("join-status");
    status.textProperty().bind(vm.statusProperty());
    status.setWrapText(true);
    form.add(join, 1, 5);
    form.add(status, 0, 6, 2, 1);
    root.getChildren().add(form);
    vm.welcomeProperty().addListener((o, was, w) -> {
      if (w != null && w.kind() != SeatKind.ROLE) {
        // The console says the network's status under its own live adjustments, so it has no status line.
        show(vm, new ControlConsoleView(vm).root(), false);
      } else {
        seatIfReady(vm);
      }
    });
    vm.viewProperty().addListener((o, was, v) -> seatIfReady(vm));
  }

  /** A trainee plays the same exercise screen as at a hot seat, once the seat's first picture is in. */
  private void seatIfReady(NetworkViewModel vm) {
    ServerMessage.Welcome w = vm.welcomeProperty().get();
    if (!seated && w != null && w.kind() == SeatKind.ROLE && vm.session() != null && vm.session().latest() != null) {
      seated = true;
      show(vm, new MainView(AppViewModel.seat(vm.session(), Platform::runLater)), true);
    }
  }

  private void show(NetworkViewModel vm, Parent seat, boolean statusLine) {
    BorderPane page = new BorderPane(seat);
    if (statusLine) {
      Label line = new Label();
      line.setId("network-status");
      line.textProperty().bind(vm.statusProperty());
      line.setPadding(new Insets(4, 8, 4, 8));
      page.setBottom(line);
    }
    root.getChildren().setAll(page);
  }

  public Parent root() {
    return root;
  }
}
