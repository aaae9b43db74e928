package org.liaison.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A pane holding a canvas that fills it and is redrawn when resized or asked to. Its text size and
 * palette come from the style sheet as a label's do: the font is inherited from the screen's
 * {@code -fx-font-size} (Ctrl+= and the projector mode change it), and
 * {@code -liaison-canvas-palette} ({@code standard} or {@code projector}) picks the
 * {@link CanvasPalette}; a change of either draws the picture again.
 */
public abstract class CanvasPane extends Pane {
  private static final FontCssMetaData<CanvasPane> FONT = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
    @Override
    public boolean isSettable(CanvasPane p) {
      return !p.font.isBound();
    }

    @Override
    public StyleableProperty<Font> getStyleableProperty(CanvasPane p) {
      return p.font;
    }
  };

  private static final CssMetaData<CanvasPane, CanvasPalette.Choice> PALETTE = new CssMetaData<>(
      "-liaison-canvas-palette", StyleConverter.getEnumConverter(CanvasPalette.Choice.class),
      CanvasPalette.Choice.STANDARD, true) {
    @Override
    public boolean isSettable(CanvasPane p) {
      return !p.palette.isBound();
    }

    @Override
    public StyleableProperty<CanvasPalette.Choice> getStyleableProperty(CanvasPane p) {
      return p.palette;
    }
  };

  private static final List<CssMetaData<? extends Styleable, ?>> CSS;

  static {
    List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Pane.getClassCssMetaData());
    all.add(FONT);
    all.add(PALETTE);
    CSS = List.copyOf(all);
  }

  protected final Canvas canvas = new Canvas();
  private final StyleableObjectProperty<Font> font = new SimpleStyleableObjectProperty<>(FONT, this, "font",
      Font.getDefault());
  private final StyleableObjectProperty<CanvasPalette.Choice> palette = new SimpleStyleableObjectProperty<>(PALETTE,
      this, "palette", CanvasPalette.Choice.STANDARD);
  private final List<MapRenderer.PlacedLabel> texts = new ArrayList<>();
  private CanvasFonts fonts;

  protected CanvasPane() {
    getStyleClass().add("canvas-pane");
    getChildren().add(canvas);
    canvas.widthProperty().bind(widthProperty());
    canvas.heightProperty().bind(heightProperty());
    canvas.widthProperty().addListener(o -> redraw());
    canvas.heightProperty().addListener(o -> redraw());
    font.addListener(o -> {
      fontChanged();
      redraw();
    });
    palette.addListener(o -> redraw());
    setMinSize(50, 50);
  }

  public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
    return CSS;
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return CSS;
  }

  /** Draws the whole picture again. */
  public final void redraw() {
    if (getWidth() > 0 && getHeight() > 0) {
      texts.clear();
      draw(canvas.getGraphicsContext2D(), getWidth(), getHeight());
    }
  }

  /** The text size of the screen around this canvas, in pixels. */
  public double em() {
    return font.get().getSize();
  }

  /** The fonts this canvas writes in, from {@link #em()}. */
  public CanvasFonts fonts() {
    if (fonts == null || fonts.em() != em()) {
      fonts = CanvasFonts.of(em());
    }
    return fonts;
  }

  /** The palette the style sheet chose for this canvas. */
  public CanvasPalette palette() {
    return palette.get().palette();
  }

  /** Each text the last frame wrote with {@link #write}, with its box, in the order written. */
  public List<MapRenderer.PlacedLabel> texts() {
    return List.copyOf(texts);
  }

  protected abstract void draw(GraphicsContext g, double width, double height);

  /** Called when the text size changes, before the picture is drawn again. */
  protected void fontChanged() {
  }

  /**
   * The box a text written with {@link #write} would take: x is its left, right or centre as
   * aligned, y its top, centre, bottom or baseline as given.
   */
  protected final MapRenderer.PlacedLabel box(String text, Font font, double x, double y, TextAlignment align,
      VPos baseline) {
    javafx.geometry.Bounds b = CanvasFonts.bounds(text, font);
    double w = b.getWidth();
    double h = b.getHeight();
    double left = switch (align) {
      case RIGHT -> x - w;
      case CENTER -> x - w / 2;
      default -> x;
    };
    double top = switch (baseline) {
      case CENTER -> y - h / 2;
      case TOP -> y;
      case BOTTOM -> y - h;
      default -> y - h * 0.8;
    };
    return new MapRenderer.PlacedLabel(text, left, top, w, h);
  }

  /** Writes a text in the context's fill and records its {@link #box}. */
  protected final void write(GraphicsContext g, String text, Font font, double x, double y, TextAlignment align,
      VPos baseline) {
    g.setFont(font);
    g.setTextAlign(align);
    g.setTextBaseline(baseline);
    g.fillText(text, x, y);
    texts.add(box(text, font, x, y, align, baseline));
  }
}
