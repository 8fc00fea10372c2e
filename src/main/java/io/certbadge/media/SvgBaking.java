package io.certbadge.media;

import io.certbadge.media.SvgCredentialReader.Scan;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open Badges 3.0 baking of SVG images (§5.3.2): an {@code <openbadges:credential verify="…"/>}
 * element right after the opening {@code <svg>} tag, its prefix bound to the OB 3.0 namespace.
 * Baking edits the text rather than re-serialising a DOM, so the artwork stays byte for byte as drawn.
 */
@ApplicationScoped
public class SvgBaking {

    static final int MAX_SVG_BYTES = 5 * 1024 * 1024;

    private static final int MAX_CREDENTIAL_CHARS = 1024 * 1024;
    private static final String ATTRIBUTES = "(?:[^>\"'/]|/(?!>)|\"[^\"]*+\"|'[^']*+')*+";
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final int DECLARATION_SNIFF_BYTES = 256;
    private static final Pattern DECLARED_ENCODING = Pattern.compile(
            "\\A(?:\u00EF\u00BB\u00BF)?<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");
    private static final Pattern EXISTING_CREDENTIAL = Pattern.compile(
            "<openbadges:credential\\b" + ATTRIBUTES + "(?:/>|>.*?</openbadges:credential\\s*>)", Pattern.DOTALL);

    /** The SVG with {@code compactJwt} baked in, replacing any credential it held. */
    public String bake(String svg, String compactJwt) {
        requireCredential(compactJwt);
        requireSize(svg == null ? 0 : svg.getBytes(StandardCharsets.UTF_8).length);
        Scan scan = SvgCredentialReader.scan(svg);
        String boundNamespace = scan.rootOpenbadgesNamespace();
        if (boundNamespace != null && !SvgCredentialReader.OB_NAMESPACE.equals(boundNamespace)) {
            throw new BadgeImageException(
                    "The SVG file uses the openbadges prefix for another namespace, so it cannot be baked.");
        }
        String withoutCredential = EXISTING_CREDENTIAL.matcher(svg).replaceAll("");
        String baked = insertCredential(withoutCredential, compactJwt, boundNamespace == null);
        if (!SvgCredentialReader.scan(baked).credentials().equals(List.of(compactJwt.strip()))) {
            throw new BadgeImageException(
                    "The SVG file holds a credential in a form that cannot be replaced, so it cannot be baked.");
        }
        return baked;
    }

    /** The credential baked into the SVG: a compact VC-JWT, or an Open Badges JSON credential. */
    public String unbake(byte[] svg) {
        requireSize(svg == null ? 0 : svg.length);
        List<String> credentials = SvgCredentialReader.scan(decode(svg)).credentials();
        if (credentials.isEmpty()) {
            throw new BadgeImageException("The SVG file has no Open Badges credential baked in.");
        }
        if (credentials.size() > 1) {
            throw new BadgeImageException(
                    "The SVG file has more than one Open Badges credential baked in, so it is ambiguous.");
        }
        return credentials.get(0);
    }

    private static void requireSize(int bytes) {
        if (bytes == 0) {
            throw new BadgeImageException("The file is empty.");
        }
        if (bytes > MAX_SVG_BYTES) {
            throw new BadgeImageException("The SVG file is larger than 5 MiB, which is not accepted.");
        }
    }

    /**
     * Decodes before parsing because the JDK parser prints encoding errors to stderr on top of
     * throwing; a decoder only throws. A byte order mark or the XML declaration names the charset.
     */
    private static String decode(byte[] svg) {
        Charset charset = charsetOf(svg);
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(svg))
                    .toString();
            return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadgeImageException("The SVG file is not valid " + charset.name() + " text.", e);
        }
    }

    private static Charset charsetOf(byte[] svg) {
        boolean utf16Mark = svg.length >= 2
                && ((svg[0] == (byte) 0xFE && svg[1] == (byte) 0xFF) || (svg[0] == (byte) 0xFF && svg[1] == (byte) 0xFE));
        if (utf16Mark) {
            return StandardCharsets.UTF_16;
        }
        String head = new String(svg, 0, Math.min(svg.length, DECLARATION_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(head);
        if (declared.find() && Charset.isSupported(declared.group(1))) {
            return Charset.forName(declared.group(1));
        }
        return StandardCharsets.UTF_8;
    }

    private static void requireCredential(String compactJwt) {
        if (compactJwt == null || compactJwt.isBlank() || compactJwt.length() > MAX_CREDENTIAL_CHARS) {
            throw new IllegalArgumentException("the credential to bake must be 1 character to 1 MiB");
        }
    }

    private static String insertCredential(String svg, String compactJwt, boolean declareNamespace) {
        RootTag root = RootTag.locate(svg);
        String credential = "<" + SvgCredentialReader.PREFIX + ":" + SvgCredentialReader.CREDENTIAL + " "
                + SvgCredentialReader.VERIFY + "=\"" + Xml.escape(compactJwt) + "\"/>";
        StringBuilder out = new StringBuilder(svg.length() + credential.length() + 64);
        out.append(svg, 0, root.nameEnd());
        if (declareNamespace) {
            out.append(" xmlns:").append(SvgCredentialReader.PREFIX)
                    .append("=\"").append(SvgCredentialReader.OB_NAMESPACE).append('"');
        }
        if (root.selfClosing()) {
            out.append(svg, root.nameEnd(), root.end() - 2).append('>')
                    .append(credential)
                    .append("</").append(root.name()).append('>');
        } else {
            out.append(svg, root.nameEnd(), root.end()).append(credential);
        }
        return out.append(svg, root.end(), svg.length()).toString();
    }

    /**
     * Where the root element's start tag is in a document the secure reader has already accepted:
     * {@code nameEnd} just after its name, {@code end} just after its closing {@code >}.
     */
    private record RootTag(String name, int nameEnd, int end, boolean selfClosing) {

        static RootTag locate(String xml) {
            int at = xml.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
            while (true) {
                at = skipWhitespace(xml, at);
                if (xml.startsWith("<?", at)) {
                    at = xml.indexOf("?>", at) + 2;
                } else if (xml.startsWith("<!--", at)) {
                    at = xml.indexOf("-->", at) + 3;
                } else if (xml.startsWith("<!", at)) {
                    at = endOfTag(xml, at);
                } else {
                    break;
                }
            }
            int nameEnd = at + 1;
            while (nameEnd < xml.length() && !Character.isWhitespace(xml.charAt(nameEnd))
                    && xml.charAt(nameEnd) != '>' && xml.charAt(nameEnd) != '/') {
                nameEnd++;
            }
            int end = endOfTag(xml, at);
            return new RootTag(xml.substring(at + 1, nameEnd), nameEnd, end, xml.charAt(end - 2) == '/');
        }

        private static int skipWhitespace(String xml, int at) {
            while (at < xml.length() && Character.isWhitespace(xml.charAt(at))) {
                at++;
            }
            return at;
        }

        /** Just after the {@code >} that closes the tag at {@code start}, skipping quoted values. */
        private static int endOfTag(String xml, int start) {
            char quote = 0;
            for (int i = start; i < xml.length(); i++) {
                char c = xml.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return i + 1;
                }
            }
            throw new BadgeImageException("The SVG file is not well-formed XML.");
        }
    }
}
