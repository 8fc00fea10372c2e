package io.certbadge.media;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an untrusted SVG with the JDK's own StAX parser, locked down: DTDs are never processed or
 * fetched, so no entity is ever declared, let alone expanded (no XXE, no billion laughs); a DOCTYPE
 * is accepted only as the bare declaration drawing tools write ({@code <!DOCTYPE svg PUBLIC "…" "…">}).
 * StAX has no XInclude, so an {@code xi:include} element is just an element.
 */
final class SvgCredentialReader {

    /** What {@link SvgBaking} needs to know of a document. */
    record Scan(String rootOpenbadgesNamespace, List<String> credentials) {
    }

    static final String OB_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";
    static final String PREFIX = "openbadges";
    static final String CREDENTIAL = "credential";
    static final String VERIFY = "verify";

    private static final String SVG = "svg";
    private static final String QUOTED = "(?:\"[^\"]*\"|'[^']*')";
    private static final Pattern BARE_DOCTYPE = Pattern.compile(
            "<!DOCTYPE\\s+[\\w:.-]+(?:\\s+(?:PUBLIC\\s+" + QUOTED + "\\s+" + QUOTED + "|SYSTEM\\s+" + QUOTED + "))?\\s*>");

    private SvgCredentialReader() {
    }

    static Scan scan(String svg) {
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new StringReader(svg));
            return scan(reader);
        } catch (XMLStreamException e) {
            throw new BadgeImageException("The SVG file is not well-formed XML.", e);
        } finally {
            close(reader);
        }
    }

    private static Scan scan(XMLStreamReader reader) throws XMLStreamException {
        String rootNamespace = null;
        boolean seenRoot = false;
        List<String> credentials = new ArrayList<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                requireBareDoctype(reader.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (!seenRoot) {
                    requireSvgRoot(reader);
                    rootNamespace = reader.getNamespaceContext().getNamespaceURI(PREFIX);
                    seenRoot = true;
                }
                if (OB_NAMESPACE.equals(reader.getNamespaceURI()) && CREDENTIAL.equals(reader.getLocalName())) {
                    credentials.add(credential(reader));
                }
            }
        }
        return new Scan(rootNamespace == null || rootNamespace.isEmpty() ? null : rootNamespace, credentials);
    }

    private static XMLInputFactory factory() {
        // the JDK's parser whatever else is on the class path, so these settings mean what they say
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private static void requireBareDoctype(String doctype) {
        if (doctype == null || !BARE_DOCTYPE.matcher(doctype.strip()).matches()) {
            throw new BadgeImageException(
                    "The SVG file declares a DOCTYPE with its own declarations, which is not accepted.");
        }
    }

    private static void requireSvgRoot(XMLStreamReader reader) {
        if (!SVG.equals(reader.getLocalName())) {
            throw new BadgeImageException("The file is not an SVG image.");
        }
    }

    /** The {@code verify} attribute holds a VC-JWT; without it the element's text holds the JSON credential. */
    private static String credential(XMLStreamReader reader) throws XMLStreamException {
        String verify = reader.getAttributeValue(null, VERIFY);
        String text = elementText(reader);
        String credential = verify != null && !verify.isBlank() ? verify : text;
        if (credential.isBlank()) {
            throw new BadgeImageException("The Open Badges credential baked into the SVG file is empty.");
        }
        return credential.strip();
    }

    private static String elementText(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> throw new BadgeImageException(
                        "The Open Badges credential in the SVG file holds markup instead of a credential.");
                default -> {
                    // comments and processing instructions inside the element carry nothing
                }
            }
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing is left to release: the document was read from memory
        }
    }
}
