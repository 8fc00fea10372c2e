package io.certbadge.transparency;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;

/** Hash tiles and entry bundles, as stored; the sequencer alone writes them, holding the log lock. */
@ApplicationScoped
public class LogTileRepository implements PanacheRepository<LogTile> {

    public Optional<byte[]> hashes(int level, long index) {
        return find("level = ?1 and tileIndex = ?2", level, index).firstResultOptional().map(tile -> tile.hashes);
    }

    public Optional<byte[]> bundle(long index) {
        return bundleRow(index).map(bundle -> bundle.entries);
    }

    /** Writes what an append changed: new tiles and bundles are inserted, grown ones replaced. */
    public void save(Map<TileAppender.TileKey, byte[]> tiles, Map<Long, byte[]> bundles) {
        tiles.forEach((key, hashes) -> {
            LogTile tile = find("level = ?1 and tileIndex = ?2", key.level(), key.index()).firstResultOptional()
                    .orElseGet(LogTile::new);
            tile.level = key.level();
            tile.tileIndex = key.index();
            tile.hashes = hashes;
            persist(tile);
        });
        bundles.forEach((index, entries) -> {
            LogEntryBundle bundle = bundleRow(index).orElseGet(LogEntryBundle::new);
            bundle.bundleIndex = index;
            bundle.entries = entries;
            getEntityManager().persist(bundle);
        });
    }

    private Optional<LogEntryBundle> bundleRow(long index) {
        return getEntityManager().createQuery("from LogEntryBundle where bundleIndex = ?1", LogEntryBundle.class)
                .setParameter(1, index).getResultStream().findFirst();
    }
}
