package io.certbadge.bench.load;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fills a stopped service's database with copies of the newest credential (src/bench/run-load.sh
 * {@code --data N}), so the load phases run against N stored credentials instead of a few hundred.
 * Straight SQL, because issuing 100,000 through the API would take longer than the benchmark:
 * each copy gets its own public id, record id, status list index (reserved at random, as the
 * allocator does; a new list opens at half full, about where the allocator closes one) and ISSUED
 * audit row. The columns are read from the database, so a column added by a later migration is
 * copied too.
 * <pre>Preload JDBC_URL USER COUNT</pre>
 */
public final class Preload {

    private static final int BATCH = 1000;
    private static final Set<String> REPLACED = Set.of("id", "public_id", "record_id", "status_list_id", "status_list_index");

    private final Connection db;
    private final SecureRandom random = new SecureRandom();

    private Preload(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: Preload JDBC_URL USER COUNT");
        }
        try (Connection db = DriverManager.getConnection(args[0], args[1], "")) {
            db.setAutoCommit(false);
            long took = System.nanoTime();
            int copies = new Preload(db).copy(Integer.parseInt(args[2]));
            System.out.printf(Locale.ROOT, "Pre-loaded %,d credentials in %.1f s%n", copies, (System.nanoTime() - took) / 1e9);
        }
    }

    private int copy(int count) throws SQLException {
        long template = single("select max(id) from credential");
        String templatePublicId = text("select public_id from credential where id = " + template);
        List<String> columns = copiedColumns();
        String copyCredential = "insert into credential (public_id, record_id, status_list_id, status_list_index, "
                + String.join(", ", columns) + ") select ?, ?, ?, ?, " + String.join(", ", columns)
                + " from credential where id = " + template;
        String copyEvent = "insert into credential_event (occurred_at, event_type, api_key_name, record_id,"
                + " credential_public_id, signing_key_id, detail) select occurred_at, event_type, api_key_name, ?, ?,"
                + " signing_key_id, detail from credential_event where event_type = 'ISSUED' and credential_public_id = ?";
        String runId = Long.toString(System.currentTimeMillis(), 36);
        int done = 0;
        while (done < count) {
            OpenList list = openList();
            try (PreparedStatement entry = db.prepareStatement(
                         "insert into status_list_entry (status_list_id, list_index) values (?, ?)");
                 PreparedStatement credential = db.prepareStatement(copyCredential);
                 PreparedStatement event = db.prepareStatement(copyEvent)) {
                while (done < count && list.reserved.cardinality() < list.capacity / 2) {
                    int index = list.freeIndex(random);
                    String publicId = publicId();
                    String recordId = "PRELOAD-" + runId + "-" + done;
                    entry.setLong(1, list.id);
                    entry.setInt(2, index);
                    entry.addBatch();
                    credential.setString(1, publicId);
                    credential.setString(2, recordId);
                    credential.setLong(3, list.id);
                    credential.setInt(4, index);
                    credential.addBatch();
                    event.setString(1, recordId);
                    event.setString(2, publicId);
                    event.setString(3, templatePublicId);
                    event.addBatch();
                    if (++done % BATCH == 0) {
                        entry.executeBatch();
                        credential.executeBatch();
                        event.executeBatch();
                        db.commit();
                    }
                }
                entry.executeBatch();
                credential.executeBatch();
                event.executeBatch();
                db.commit();
            }
            if (done < count) {
                markFull(list.id);
            }
        }
        return done;
    }

    /** The list the allocator would use next (the first not full), or a new one. */
    private OpenList openList() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select id, capacity from status_list where is_full = false order by id")) {
            if (rs.next()) {
                long id = rs.getLong(1);
                int capacity = rs.getInt(2);
                return new OpenList(id, capacity, reserved(id));
            }
        }
        try (PreparedStatement insert = db.prepareStatement("insert into status_list (list_id, purpose, capacity, created_at)"
                + " values (?, 'revocation', 131072, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, publicId());
            insert.setObject(2, OffsetDateTime.now());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                db.commit();
                return new OpenList(keys.getLong(1), 131_072, new BitSet());
            }
        }
    }

    private BitSet reserved(long listId) throws SQLException {
        BitSet bits = new BitSet();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select list_index from status_list_entry where status_list_id = " + listId)) {
            while (rs.next()) {
                bits.set(rs.getInt(1));
            }
        }
        return bits;
    }

    private void markFull(long listId) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("update status_list set is_full = true where id = " + listId);
        }
        db.commit();
    }

    private List<String> copiedColumns() throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        List<String> columns = new ArrayList<>();
        for (String table : List.of("credential", "CREDENTIAL")) {
            try (ResultSet rs = meta.getColumns(null, null, table, null)) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    if (!REPLACED.contains(column) && !columns.contains(column)) {
                        columns.add(column);
                    }
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("no columns found for table credential");
        }
        return columns;
    }

    private long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next() || rs.getObject(1) == null) {
                throw new IllegalStateException("nothing to copy: issue one credential first (" + sql + ")");
            }
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String publicId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record OpenList(long id, int capacity, BitSet reserved) {

        int freeIndex(SecureRandom random) {
            while (true) {
                int index = random.nextInt(capacity);
                if (!reserved.get(index)) {
                    reserved.set(index);
                    return index;
                }
            }
        }
    }
}
