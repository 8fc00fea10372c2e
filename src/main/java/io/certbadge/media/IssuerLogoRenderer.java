package io.certbadge.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * The issuer's own logo, for the Profile {@code image} when no logo URL is configured: a dark tile
 * with a hexagon and a check mark, the badges' motif without text, so it reads at favicon size.
 * Each part is one Java2D shape; the PNG fills and strokes the shapes, the SVG writes their paths.
 */
@ApplicationScoped
public class IssuerLogoRenderer {

    public static final int CANVAS = 256;
    public static final int PNG_SIZE = 512;
    /** Favicon size: sharp on high-density screens, a few hundred bytes. */
    public static final int ICON_SIZE = 64;

    private static final double CENTRE = CANVAS / 2.0;
    private static final double CORNER_RADIUS = 48;
    private static final double HEXAGON_RADIUS = 88;
    private static final float HEXAGON_WIDTH = 14;
    private static final float CHECK_WIDTH = 16;
    private static final double[][] CHECK_POINTS = {{96, 130}, {119, 153}, {162, 108}};

    private static final Shape TILE = new RoundRectangle2D.Double(0, 0, CANVAS, CANVAS, 2 * CORNER_RADIUS, 2 * CORNER_RADIUS);
    private static final Shape HEXAGON = hexagon();
    private static final Shape CHECK = polyline(CHECK_POINTS);

    static {
        Rendering.ensureHeadless();
    }

    public String svg(String issuerName) {
        String ink = Colours.hex(Colours.INK);
        String white = Colours.hex(Colours.WHITE);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + CANVAS + "\" height=\"" + CANVAS
                + "\" viewBox=\"0 0 " + CANVAS + " " + CANVAS + "\" role=\"img\">"
                + "<title>" + Xml.escape(issuerName) + "</title>"
                + "<path d=\"" + svgPath(TILE) + "\" fill=\"" + ink + "\"/>"
                + "<path d=\"" + svgPath(HEXAGON) + "\" fill=\"none\"" + svgStroke(white, HEXAGON_WIDTH) + "/>"
                + "<path d=\"" + svgPath(CHECK) + "\" fill=\"none\"" + svgStroke(white, CHECK_WIDTH) + "/>"
                + "</svg>";
    }

    /** A {@value #PNG_SIZE} px square PNG, transparent outside the tile's rounded corners. */
    public byte[] png() {
        return png(PNG_SIZE);
    }

    public byte[] png(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = Rendering.antialiased(image);
        try {
            graphics.scale(size / (double) CANVAS, size / (double) CANVAS);
            graphics.setColor(Colours.INK);
            graphics.fill(TILE);
            graphics.setColor(Color.WHITE);
            graphics.setStroke(stroke(HEXAGON_WIDTH));
            graphics.draw(HEXAGON);
            graphics.setStroke(stroke(CHECK_WIDTH));
            graphics.draw(CHECK);
        } finally {
            graphics.dispose();
        }
        return Rendering.png(image);
    }

    private static BasicStroke stroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static String svgStroke(String colour, float width) {
        return " stroke=\"" + colour + "\" stroke-width=\"" + Shapes.number(width)
                + "\" stroke-linecap=\"round\" stroke-linejoin=\"round\"";
    }

    private static Shape hexagon() {
        Path2D path = new Path2D.Double();
        for (int corner = 0; corner < 6; corner++) {
            double angle = Math.toRadians(-90 + 60 * corner);
            double x = CENTRE + HEXAGON_RADIUS * Math.cos(angle);
            double y = CENTRE + HEXAGON_RADIUS * Math.sin(angle);
            if (corner == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    private static Shape polyline(double[][] points) {
        Path2D path = new Path2D.Double();
        path.moveTo(points[0][0], points[0][1]);
        for (int i = 1; i < points.length; i++) {
            path.lineTo(points[i][0], points[i][1]);
        }
        return path;
    }

    /** The shape's outline as SVG path data, so both formats draw from one geometry. */
    private static String svgPath(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] coords = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int segment = it.currentSegment(coords);
            switch (segment) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(points(coords, 1));
                case PathIterator.SEG_LINETO -> d.append('L').append(points(coords, 1));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(points(coords, 2));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(points(coords, 3));
                default -> d.append('Z');
            }
        }
        return d.toString();
    }

    private static String points(double[] coords, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 2 * count; i++) {
            out.append(i == 0 ? "" : " ").append(Shapes.number(coords[i]));
        }
        return out.toString();
    }
}
