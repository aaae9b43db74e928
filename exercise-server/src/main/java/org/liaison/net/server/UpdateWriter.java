package org.liaison.net.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.liaison.net.protocol.Protocol;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;

/**
 * Serialises the seats' views of each picture into their parts, and writes a connection's update
 * from them: the whole view for its first update, then only what changed since the update before
 * it on the same connection (see {@link ServerMessage.Update}).
 *
 * <p>A part that several seats share is serialised once per picture: a list equal to one already
 * written (the side's zones, actors and messages that {@link SeatFilter} hands every seat of one
 * side, the actions of roles of one actor, an inbox or log that two seats see alike) and a map
 * already written (the same object). A list equal to one of the picture before keeps that
 * picture's text, so most of a picture costs a lookup, and a log line is serialised once in the
 * exercise. Equal lists of records write the same text, element by element in order; equal maps
 * need not (their order may differ), so maps are matched by identity only.
 *
 * <p>A whole view's text is the one {@link Protocol#write} gives the {@link ServerMessage.Update}:
 * its type, its serial, then the view's fields in their declared order, null ones left out.
 */
final class UpdateWriter {
  private static final RecordComponent[] FIELDS = SeatView.class.getRecordComponents();
  private static final String LOG = "log";
  /**
   * The fields an update may leave out as kept: the lists and maps. The clock, the status, the
   * speed, the log's size and the budget are short and always sent, so that a view's primitives
   * are never missing.
   */
  private static final java.util.Set<String> KEEPABLE = java.util.Arrays.stream(FIELDS)
      .filter(f -> Collection.class.isAssignableFrom(f.getType()) || Map.class.isAssignableFrom(f.getType()))
      .map(RecordComponent::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** Log lines whose text is kept: enough for every seat's latest lines in a long exercise. */
  private static final int CACHED_LINES = 50 * SeatView.LOG_LINES;

  private Map<Collection<?>, String> lists = new HashMap<>();
  private Map<Collection<?>, String> previousLists = new HashMap<>();
  private final Map<Object, String> maps = new IdentityHashMap<>();
  private final Map<SeatView.LogLine, String> lines = new LinkedHashMap<>(256, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<SeatView.LogLine, String> eldest) {
      return size() > CACHED_LINES;
    }
  };

  /**
   * One seat's view of one picture, serialised field by field.
   *
   * @param names the view's fields that are not null, in declared order
   * @param texts each field's JSON text, null for the log, whose lines are apart
   * @param logSeqs the log lines' decision-log numbers, ascending
   * @param logLines each log line's JSON text
   */
  record Parts(String[] names, String[] texts, int[] logSeqs, String[] logLines) {
    private String text(String name) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return texts[i];
        }
      }
      return null;
    }

    private boolean hasLog() {
      return logSeqs != null;
    }

    private String wholeLog() {
      return "[" + String.join(",", logLines) + "]";
    }
  }

  /** Starts a new picture: lists of the one before are still found, maps are not. */
  void next() {
    previousLists = lists;
    lists = new HashMap<>();
    maps.clear();
  }

  Parts parts(SeatView view) {
    List<String> names = new ArrayList<>(FIELDS.length);
    List<String> texts = new ArrayList<>(FIELDS.length);
    int[] logSeqs = null;
    String[] logLines = null;
    for (RecordComponent field : FIELDS) {
      Object value = valueOf(field, view);
      if (value == null) {
        continue;
      }
      names.add(field.getName());
      if (field.getName().equals(LOG)) {
        List<SeatView.LogLine> log = view.log();
        logSeqs = new int[log.size()];
        logLines = new String[log.size()];
        for (int i = 0; i < log.size(); i++) {
          logSeqs[i] = log.get(i).seq();
          logLines[i] = lines.computeIfAbsent(log.get(i), Protocol::write);
        }
        texts.add(null);
      } else if (value instanceof Collection<?> list) {
        texts.add(lists.computeIfAbsent(list, l -> {
          String before = previousLists.get(l);
          return before != null ? before : Protocol.write(l);
        }));
      } else if (value instanceof Map<?, ?>) {
        texts.add(maps.computeIfAbsent(value, Protocol::write));
      } else {
        texts.add(Protocol.write(value));
      }
    }
    return new Parts(names.toArray(String[]::new), texts.toArray(String[]::new), logSeqs, logLines);
  }

  /**
   * A connection's update: the whole view if {@code before} is null, else the fields that differ
   * from {@code before}'s, the others named as kept, and the log's new lines alone if the log only
   * grew.
   *
   * @param before the parts of the update sent before on the same connection, or null
   */
  static String text(long serial, Parts now, Parts before) {
    StringBuilder b = new StringBuilder(4 * 1024);
    b.append("{\"type\":\"update\",\"serial\":").append(serial).append(",\"view\":{");
    List<String> kept = new ArrayList<>();
    boolean appended = false;
    boolean first = true;
    for (int i = 0; i < now.names().length; i++) {
      String name = now.names()[i];
      String text;
      if (name.equals(LOG)) {
        int grown = before == null || !before.hasLog() ? -1 : grownBy(now, before);
        if (grown == 0) {
          kept.add(name);
          continue;
        }
        if (grown > 0) {
          String[] added = java.util.Arrays.copyOfRange(now.logLines(), now.logLines().length - grown,
              now.logLines().length);
          text = "[" + String.join(",", added) + "]";
          appended = true;
        } else {
          text = now.wholeLog();
        }
      } else {
        text = now.texts()[i];
        if (before != null && KEEPABLE.contains(name) && Objects.equals(text, before.text(name))) {
          kept.add(name);
          continue;
        }
      }
      if (!first) {
        b.append(',');
      }
      first = false;
      b.append('"').append(name).append("\":").append(text);
    }
    b.append('}');
    if (!kept.isEmpty()) {
      b.append(",\"kept\":").append(Protocol.write(kept));
    }
    if (appended) {
      b.append(",\"appended\":[\"").append(LOG).append("\"]");
    }
    return b.append('}').toString();
  }

  /**
   * How many lines the log gained since {@code before}, if it only gained lines (its older lines
   * are the end of {@code before}'s, and a client trimming to {@link SeatView#LOG_LINES} gets it
   * exactly), else -1.
   */
  private static int grownBy(Parts now, Parts before) {
    int[] seqs = now.logSeqs();
    int last = before.logSeqs().length == 0 ? Integer.MIN_VALUE : before.logSeqs()[before.logSeqs().length - 1];
    int old = 0;
    while (old < seqs.length && seqs[old] <= last) {
      old++;
    }
    int from = before.logLines().length - old;
    if (from < 0) {
      return -1;
    }
    for (int i = 0; i < old; i++) {
      if (!now.logLines()[i].equals(before.logLines()[from + i])) {
        return -1;
      }
    }
    int grown = seqs.length - old;
    boolean trimmedAlike = Math.min(SeatView.LOG_LINES, before.logLines().length + grown) == seqs.length;
    return trimmedAlike ? grown : -1;
  }

  private static Object valueOf(RecordComponent field, SeatView view) {
    try {
      return field.getAccessor().invoke(view);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read the view's " + field.getName(), e);
    }
  }
}
