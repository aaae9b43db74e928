package org.liaison.net.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.liaison.net.protocol.Protocol;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;

/**
 * Writes the seats' updates of one picture, each part that several seats share serialised once:
 * a list equal to one already written (the side's zones, actors and messages that
 * {@link SeatFilter} hands every seat of one side, the actions roles of one actor can take, an
 * inbox or log that two seats see alike) and a map already written (the same object). The text is
 * the one {@link Protocol#write} gives the {@link ServerMessage.Update}: its type, its serial,
 * then the view's fields in their declared order, null ones left out.
 *
 * <p>Equal lists of records write the same text, element by element in order; equal maps need
 * not (their order may differ), so maps are matched by identity only.
 */
final class UpdateWriter {
  private static final RecordComponent[] FIELDS = SeatView.class.getRecordComponents();
  private static final String TYPE = "update";

  private final Map<Collection<?>, String> lists = new HashMap<>();
  private final Map<Object, String> maps = new IdentityHashMap<>();
  private final long serial;

  /** A writer for one picture's updates, all numbered {@code serial}. */
  UpdateWriter(long serial) {
    this.serial = serial;
  }

  String write(SeatView view) {
    StringBuilder b = new StringBuilder(16 * 1024);
    b.append("{\"type\":\"").append(TYPE).append("\",\"serial\":").append(serial).append(",\"view\":{");
    boolean first = true;
    for (RecordComponent field : FIELDS) {
      Object value = valueOf(field, view);
      if (value == null) {
        continue;
      }
      if (!first) {
        b.append(',');
      }
      first = false;
      b.append('"').append(field.getName()).append("\":");
      b.append(value instanceof Collection<?> list ? lists.computeIfAbsent(list, Protocol::write)
          : value instanceof Map<?, ?> ? maps.computeIfAbsent(value, Protocol::write) : Protocol.write(value));
    }
    return b.append("}}").toString();
  }

  private static Object valueOf(RecordComponent field, SeatView view) {
    try {
      return field.getAccessor().invoke(view);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read the view's " + field.getName(), e);
    }
  }
}
