package io.certbadge.transparency;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class LogLeafRepository implements PanacheRepository<LogLeaf> {

    /** The oldest pending leaves, in the order they were appended. */
    public List<LogLeaf> pending(int max) {
        return find("leafIndex is null order by id").page(0, max).list();
    }

    public Optional<LogLeaf> findByData(byte[] leafData) {
        return find("leafData", (Object) leafData).firstResultOptional();
    }
}
