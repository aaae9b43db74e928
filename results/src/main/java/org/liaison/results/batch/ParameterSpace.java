package org.liaison.results.batch;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.read.ParameterRanges;

/**
 * The model parameters seen as named numbers: what experiments override and sweep, and what
 * every output row lists. Whole-number parameters must be given whole values; booleans are 0 or 1.
 */
public final class ParameterSpace {
  private static final RecordComponent[] COMPONENTS = Parameters.class.getRecordComponents();
  private static final List<String> NAMES = Arrays.stream(COMPONENTS).map(RecordComponent::getName).toList();

  private ParameterSpace() {}

  /** Every parameter name, in the order of the {@link Parameters} record (the column order of outputs). */
  public static List<String> names() {
    return NAMES;
  }

  /** Whether {@code name} is a model parameter. */
  public static boolean isParameter(String name) {
    return NAMES.contains(name);
  }

  /** Why {@code value} cannot be given to parameter {@code name}, or null when it can. */
  public static String problemWith(String name, double value) {
    Class<?> type = COMPONENTS[NAMES.indexOf(name)].getType();
    if (!Double.isFinite(value)) {
      return "value is not finite; expected an ordinary number";
    }
    if (type == Boolean.class) {
      return value == 0 || value == 1 ? null : format(value) + " is not allowed; " + name + " is a switch: 0 (false) or 1 (true)";
    }
    if (type == Integer.class && value != Math.rint(value)) {
      return format(value) + " is not a whole number; " + name + " takes whole numbers";
    }
    double[] range = ParameterRanges.rangeOf(name);
    if (range != null && !(value >= range[0] && value <= range[1])) {
      return format(value) + " is out of range; allowed: " + format(range[0]) + " to " + format(range[1]);
    }
    return null;
  }

  /** The allowed range of a parameter: [0, 1] for switches. */
  public static double[] rangeOf(String name) {
    double[] range = ParameterRanges.rangeOf(name);
    return range == null ? new double[] {0, 1} : range.clone();
  }

  /** Whether a parameter takes whole numbers (integers and switches). */
  public static boolean isWhole(String name) {
    Class<?> type = COMPONENTS[NAMES.indexOf(name)].getType();
    return type == Integer.class || type == Boolean.class;
  }

  /** {@code base} with the named values replaced; the values must have passed {@link #problemWith}. */
  public static Parameters apply(Parameters base, Map<String, Double> values) {
    Object[] args = new Object[COMPONENTS.length];
    Class<?>[] types = new Class<?>[COMPONENTS.length];
    for (int i = 0; i < COMPONENTS.length; i++) {
      RecordComponent component = COMPONENTS[i];
      types[i] = component.getType();
      Double given = values.get(component.getName());
      args[i] = given == null ? read(base, component) : convert(component.getType(), given);
    }
    try {
      Constructor<Parameters> canonical = Parameters.class.getDeclaredConstructor(types);
      return canonical.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build parameters", e);
    }
  }

  /** The values of every parameter, in {@link #names()} order, as Double, Integer or Boolean. */
  public static List<Object> values(Parameters parameters) {
    List<Object> values = new ArrayList<>(COMPONENTS.length);
    for (RecordComponent component : COMPONENTS) {
      values.add(read(parameters, component));
    }
    return values;
  }

  private static Object convert(Class<?> type, double value) {
    if (type == Integer.class) {
      return (int) Math.rint(value);
    }
    if (type == Boolean.class) {
      return value != 0;
    }
    return value;
  }

  private static Object read(Parameters parameters, RecordComponent component) {
    try {
      return component.getAccessor().invoke(parameters);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }

  static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }
}
