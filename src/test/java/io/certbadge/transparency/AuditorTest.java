package io.certbadge.transparency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.test.common.http.TestHTTPResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AuditorTest {

    /** Where the test server listens (the public base URL is only a name in tests). */
    @TestHTTPResource("/")
    URL server;

    @ConfigProperty(name = "certbadge.log.key-file")
    Path logKeyFile;

    @Inject
    TransparencyLog log;

    @Inject
    LogSequencer sequencer;

    @TempDir
    Path dir;

    @Test
    void shouldPassAHonestLogAndThenCheckEachRunExtendsTheLast() throws Exception {
        Path state = dir.resolve("audit.properties");
        appendAndIntegrate(3);
        Run first = audit(state);
        assertEquals(0, first.status(), first.all());
        assertThat(first.out(), containsString("signature OK"));
        assertThat(first.out(), containsString("matches the checkpoint"));
        assertThat(first.out(), containsString("first run"));
        assertTrue(Files.readString(state).contains("checkpoint="), "the checkpoint is remembered");

        appendAndIntegrate(260);
        Run second = audit(state);
        assertEquals(0, second.status(), second.all());
        assertThat(second.out(), containsString("consistent"));
    }

    @Test
    void shouldReportALogThatSignedAnotherHistory() throws Exception {
        Path state = dir.resolve("forked.properties");
        appendAndIntegrate(2);
        long size = PublishedLog.head().size();
        // What a log serving two views would do: sign, with its own key, a tree of the same size with another root.
        NoteSigner logKey = NoteSigner.fromSeed(PublishedLog.key().name(), LogKey.seed(Files.readString(logKeyFile), logKeyFile));
        String forked = SignedNote.sign(new Checkpoint(logKey.verifierKey().name(), size, new byte[32]).text(), logKey);
        new AuditState(logKey.verifierKey().encoded(), forked).write(state);

        Run run = audit(state);
        assertEquals(1, run.status(), run.all());
        assertThat(run.err(), containsString("rewrote its history"));
    }

    @Test
    void shouldReportANewNoteKeyInsteadOfTrustingIt() throws Exception {
        Path state = dir.resolve("other-key.properties");
        NoteSigner other = NoteSigner.fromSeed(PublishedLog.key().name(), new byte[32]);
        new AuditState(other.verifierKey().encoded(),
                SignedNote.sign(new Checkpoint(other.verifierKey().name(), 0, MerkleHashes.emptyRoot()).text(), other))
                .write(state);
        Run run = audit(state);
        assertEquals(1, run.status(), run.all());
        assertThat(run.err(), containsString("note key changed"));
    }

    @Test
    void shouldRunAsACommandOnTheJdkAlone() throws Exception {
        Path state = dir.resolve("command.properties");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", "target/classes", Auditor.class.getName(), base(), state.toString())
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the auditor finishes");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertThat(output, containsString("OK"));
    }

    @Test
    void shouldExplainItsUsage() {
        Run run = run(new String[] {"not-a-url"});
        assertEquals(2, run.status());
        assertThat(run.err(), containsString("usage"));
    }

    private record Run(int status, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Run audit(Path state) {
        return run(new String[] {base(), state.toString()});
    }

    private String base() {
        return server.toString().replaceAll("/+$", "");
    }

    private static Run run(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Auditor.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void appendAndIntegrate(int count) {
        Random random = new Random();
        List<byte[]> leaves = java.util.stream.IntStream.range(0, count).mapToObj(i -> LogResourceTest.randomLeaf(random)).toList();
        QuarkusTransaction.requiringNew().run(() -> leaves.forEach(log::append));
        sequencer.integrateNow();
    }
}
