package org.cmmm.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for {@code <p:chart value>}. PrimeFaces 15 removed its Java chart models and takes the
 * configuration as JSON; building it with Jakarta JSON-P escapes the labels and needs no extra library. Missing
 * values ({@code null}: a figure hidden by small-cell protection, say) are JSON nulls, which Chart.js leaves out.
 */
public final class Charts {

    /** One series of a chart: its legend label, its values in label order, its colour (an rgb(…) triple). */
    public record Series(String label, List<? extends Number> values, String rgb) {
    }

    /**
     * The page's font for the text Chart.js draws on its canvas (labels, ticks, legend): the canvas does not inherit
     * the stylesheet, and the browsers' default canvas font has no Chinese glyphs on many machines.
     */
    static final String FONT = "'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

    /** The size of the radar's labels in CSS pixels: the platform's small text, not Chart.js' 9-pixel default. */
    static final int LABEL_SIZE = 13;

    /** Colours of the platform, in the order series take them. */
    public static final List<String> COLOURS = List.of("11, 79, 156", "217, 119, 6", "22, 163, 74", "147, 51, 234");

    private Charts() {
    }

    /** A radar of sub-domain scores on a fixed scale 0–{@code max}, so two charts look alike only when the scores do. */
    public static String radar(List<String> labels, List<Series> series, double max, boolean legend) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series one : series) {
            datasets.add(dataset(one, labels.size())
                    .add("fill", true)
                    .add("backgroundColor", "rgba(" + one.rgb() + ", 0.15)")
                    .add("borderColor", "rgb(" + one.rgb() + ")")
                    .add("pointBackgroundColor", "rgb(" + one.rgb() + ")"));
        }
        return chart("radar", labels, datasets, Json.createObjectBuilder().add("r", Json.createObjectBuilder()
                .add("min", 0).add("max", max)
                // labels readable at a glance (13 px), tick values hidden: drawn on the shape they covered it, and
                // the table beside the chart gives every value
                .add("pointLabels", Json.createObjectBuilder().add("font", font().add("size", LABEL_SIZE)))
                .add("ticks", Json.createObjectBuilder().add("stepSize", max / 5).add("display", false))), legend);
    }

    /** Vertical bars, one group per label, one bar per series. */
    public static String bar(List<String> labels, List<Series> series, boolean legend) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series one : series) {
            datasets.add(dataset(one, labels.size()).add("backgroundColor", "rgba(" + one.rgb() + ", 0.75)")
                    .add("maxBarThickness", 48));
        }
        return chart("bar", labels, datasets, cartesian(), legend);
    }

    /** A line per series over the labels (points in time). */
    public static String line(List<String> labels, List<Series> series, boolean legend) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series one : series) {
            datasets.add(dataset(one, labels.size()).add("borderColor", "rgb(" + one.rgb() + ")")
                    .add("backgroundColor", "rgb(" + one.rgb() + ")").add("tension", 0.2));
        }
        return chart("line", labels, datasets, cartesian(), legend);
    }

    private static JsonObjectBuilder cartesian() {
        return Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("ticks", Json.createObjectBuilder().add("font", font())))
                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("font", font())));
    }

    private static JsonObjectBuilder font() {
        return Json.createObjectBuilder().add("family", FONT);
    }

    private static JsonObjectBuilder dataset(Series series, int labels) {
        if (series.values().size() != labels) {
            throw new IllegalArgumentException(labels + " labels for " + series.values().size() + " values of " + series.label());
        }
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Number value : series.values()) {
            if (value == null) {
                values.addNull();
            } else if (value instanceof BigDecimal decimal) {
                values.add(decimal);
            } else {
                values.add(value.doubleValue());
            }
        }
        return Json.createObjectBuilder().add("label", series.label()).add("data", values);
    }

    private static String chart(String type, List<String> labels, JsonArrayBuilder datasets, JsonObjectBuilder scales,
                                boolean legend) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        // PrimeFaces writes the configuration into the page's script as it is
        JsonObject config = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", scales)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", legend)
                                        .add("labels", Json.createObjectBuilder().add("font", font())))))
                .build();
        return ScriptJson.of(config);
    }
}
