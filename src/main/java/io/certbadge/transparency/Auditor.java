package io.certbadge.transparency;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The watchdog's command: audits a certbadge issuance log and remembers what it saw.
 * <pre>java -cp target/quarkus-app/app/certbadge-1.0.0-SNAPSHOT.jar io.certbadge.transparency.Auditor \
 *     https://badges.example.com [state-file]</pre>
 * Exit status 0: the log is consistent; 1: the log misbehaved (details on stderr); 2: could not audit.
 */
public final class Auditor {

    static final String DEFAULT_STATE = "certbadge-log-audit.properties";

    private Auditor() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2 || !args[0].matches("https?://.+")) {
            err.println("usage: Auditor <base-url> [state-file]   (state file default: ./" + DEFAULT_STATE + ")");
            return 2;
        }
        String base = args[0].replaceAll("/+$", "");
        Path stateFile = Path.of(args.length == 2 ? args[1] : DEFAULT_STATE);
        out.println("auditing    " + base + "/log (state " + stateFile + ")");
        try {
            Optional<AuditState> previous = AuditState.read(stateFile);
            LogAudit.Result result = new LogAudit(http(base), out::println).run(previous);
            new AuditState(result.key().encoded(), result.note()).write(stateFile);
            out.println("OK          tree size " + result.checkpoint().size() + " recorded in " + stateFile);
            return 0;
        } catch (LogAudit.AuditFailure e) {
            err.println("FAILED      " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("could not audit: " + e);
            return 2;
        }
    }

    private static LogAudit.Fetcher http(String base) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return path -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/log/" + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "*/*").GET().build();
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 404) {
                    return Optional.empty();
                }
                if (response.statusCode() != 200) {
                    throw new IOException("GET " + request.uri() + " answered " + response.statusCode());
                }
                return Optional.of(response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        };
    }
}
