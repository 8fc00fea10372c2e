package io.certbadge.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SSRF guard as production runs it ({@code allow-private-targets=false}): every address a
 * webhook could use to reach into the operator's network is refused, however it is written.
 */
class WebhookTargetsTest {

    private final WebhookTargets production = new WebhookTargets(false, InetAddress::getAllByName);

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "100.64.0.1", "100.127.255.254",
        "127.0.0.1", "127.1.2.3", "169.254.169.254", "169.254.0.1", "172.16.0.1", "172.31.255.255", "192.0.0.8",
        "192.168.0.1", "192.168.255.255", "198.18.0.1", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
        "::", "::1", "fc00::1", "fd12:3456:789a::1", "fe80::1", "febf::1", "fec0::1", "ff02::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a00:1",
        "64:ff9b::7f00:1"})
    void shouldClassifyInternalAddresses(String literal) throws UnknownHostException {
        assertTrue(WebhookTargets.internal(InetAddress.getByName(literal)).isPresent(), literal + " is internal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.215.14", "9.255.255.255", "11.0.0.1", "100.63.255.255",
        "100.128.0.1", "172.15.255.255", "172.32.0.1", "169.253.255.255", "192.167.255.255", "223.255.255.255",
        "2001:4860:4860::8888", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"})
    void shouldLetPublicAddressesThrough(String literal) throws UnknownHostException {
        assertEquals(Optional.empty(), WebhookTargets.internal(InetAddress.getByName(literal)), literal + " is public");
    }

    @Test
    void shouldKeepAnIpv4MappedAddressThatJavaDidNotUnwrap() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[15] = 1;
        InetAddress address = java.net.Inet6Address.getByAddress(null, mapped, -1);
        assertTrue(WebhookTargets.internal(address).orElseThrow().contains("IPv4-mapped"), address.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost:8080/hook", "http://[::1]/hook",
        "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "https://[::ffff:192.168.1.1]/hook",
        "https://2130706433/hook", "https://0x7f000001/hook"})
    void shouldRefuseUrlsThatLeadIntoTheInternalNetwork(String url) {
        Optional<String> refusal = production.refusal(URI.create(url));
        assertTrue(refusal.isPresent(), url + " is refused");
    }

    @Test
    void shouldRefuseAHostWithOnePrivateAddressAmongPublicOnes() throws UnknownHostException {
        InetAddress[] both = {InetAddress.getByName("8.8.8.8"), InetAddress.getByName("10.1.2.3")};
        WebhookTargets targets = new WebhookTargets(false, host -> both);
        assertTrue(targets.refusal(URI.create("https://rebinding.example/hook")).orElseThrow().contains("10.1.2.3"));
    }

    @Test
    void shouldRefuseAHostThatDoesNotResolve() {
        WebhookTargets targets = new WebhookTargets(false, host -> {
            throw new UnknownHostException(host);
        });
        assertEquals(Optional.of("the host nowhere.example does not resolve"),
                targets.refusal(URI.create("https://nowhere.example/hook")));
    }

    @Test
    void shouldAcceptAPublicHost() throws UnknownHostException {
        InetAddress[] publicAddress = {InetAddress.getByName("93.184.215.14")};
        WebhookTargets targets = new WebhookTargets(false, host -> publicAddress);
        assertEquals(Optional.empty(), targets.refusal(URI.create("https://hooks.example.com/certbadge")));
    }

    @Test
    void shouldResolveAgainOnEveryCheck() throws UnknownHostException {
        InetAddress[][] answers = {{InetAddress.getByName("93.184.215.14")}, {InetAddress.getByName("127.0.0.1")}};
        int[] lookups = {0};
        WebhookTargets targets = new WebhookTargets(false, host -> answers[lookups[0]++]);
        URI url = URI.create("https://hooks.example.com/certbadge");
        assertEquals(Optional.empty(), targets.refusal(url), "public at registration");
        assertTrue(targets.refusal(url).isPresent(), "refused once the name points at loopback");
    }

    @Test
    void shouldAllowEverythingWhereConfiguredForDevelopment() {
        WebhookTargets development = new WebhookTargets(true, host -> {
            throw new AssertionError("no look-up needed when private targets are allowed");
        });
        assertEquals(Optional.empty(), development.refusal(URI.create("http://127.0.0.1:9999/hook")));
    }
}
