package io.certbadge.media;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Paths and numbers drawn the same way in Java2D and in SVG, so a PNG and its SVG match. */
final class Shapes {

    private Shapes() {
    }

    static List<Point2D> points(double[][] coordinates) {
        List<Point2D> points = new ArrayList<>(coordinates.length);
        for (double[] xy : coordinates) {
            points.add(new Point2D.Double(xy[0], xy[1]));
        }
        return points;
    }

    static Path2D path2d(List<Point2D> points, boolean closed) {
        Path2D path = new Path2D.Double();
        path.moveTo(points.get(0).getX(), points.get(0).getY());
        points.stream().skip(1).forEach(point -> path.lineTo(point.getX(), point.getY()));
        if (closed) {
            path.closePath();
        }
        return path;
    }

    static String svgPath(List<Point2D> points, boolean closed, String paint) {
        StringBuilder path = new StringBuilder("<path d=\"");
        for (int i = 0; i < points.size(); i++) {
            Point2D point = points.get(i);
            path.append(i == 0 ? 'M' : 'L').append(number(point.getX())).append(' ').append(number(point.getY()));
        }
        return path.append(closed ? "Z" : "").append("\" ").append(paint).append("/>").toString();
    }

    static String svgStroke(String colour, float width) {
        return "stroke=\"" + colour + "\" stroke-width=\"" + number(width) + "\""
                + " stroke-linecap=\"round\" stroke-linejoin=\"round\"";
    }

    /** One decimal is finer than any screen needs and keeps the SVG short. */
    static String number(double value) {
        String rounded = String.format(Locale.ROOT, "%.1f", value);
        return rounded.endsWith(".0") ? rounded.substring(0, rounded.length() - 2) : rounded;
    }
}
