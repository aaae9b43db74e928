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
import org.liaison.net.protocol.SeatKind;

/**
 * The join screen: server address, join code, the participant's name and, for TLS, the
 * certificate's fingerprint. Once seated it shows the control console (control and observers)
 * or the trainee's seat.
 */
public final class JoinView {
  private final StackPane root = new StackPane();

  public JoinView(NetworkViewModel vm) {
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
      if (w == null) {
        return;
      }
      Parent seat = w.kind() == SeatKind.ROLE ? new SeatScreen(vm).root() : new ControlConsoleView(vm).root();
      BorderPane page = new BorderPane(seat);
      Label line = new Label();
      line.textProperty().bind(vm.statusProperty());
      line.setPadding(new Insets(4, 8, 4, 8));
      page.setBottom(line);
      root.getChildren().setAll(page);
    });
  }

  public Parent root() {
    return root;
  }
}
